import { type EmitOutcome, outcomeOf, type SpecResult } from './corpus-harness.js';

function cell(outcome: EmitOutcome): string {
  return outcome.ok ? 'ok' : `${outcome.kind} \`${outcome.pointer || '(root)'}\``;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A markdown table padded the way the repository's formatter (Biome) prints one, so the report stays lint-clean. */
function markdownTable(header: string[], rightAligned: boolean[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(3, title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (rightAligned[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0))).join(' | ')} |`;
  const rule = widths.map((width, column) =>
    rightAligned[column] ? `${'-'.repeat(width - 1)}:` : '-'.repeat(width),
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)];
}

/**
 * The committed per-spec report (markdown). Deterministic: no timings, so it only changes when an outcome does.
 */
export function renderReport(results: SpecResult[], global: string[]): string {
  const ok = results.filter((result) => outcomeOf(result) === 'ok').length;
  const lines = [
    '# Code generator on the OpenAPI 3.1 corpus',
    '',
    'Written by `test/corpus/corpus.test.ts` (do not edit): every spec of `../shared/specs/oas-3.1-corpus` generated',
    '(server + client) and all outputs type-checked in one `tsc --noEmit` program with `tsconfig.base.json`.',
    '',
    `**${ok} of ${results.length} specs generate and type-check cleanly.**`,
    '',
    ...markdownTable(
      ['spec', 'KB', 'server', 'server tsc errors', 'client', 'client tsc errors'],
      [false, true, false, true, false, true],
      results.map((result) => [
        result.spec,
        String(Math.round(result.bytes / 1024)),
        cell(result.server),
        String(result.tscErrors.server),
        cell(result.client),
        String(result.tscErrors.client),
      ]),
    ),
    '',
  ];
  const failing = results.filter((result) => outcomeOf(result) !== 'ok');
  if (failing.length > 0) {
    lines.push('## Details', '');
    for (const result of failing) {
      lines.push(`### ${result.spec}`, '');
      for (const side of ['server', 'client'] as const) {
        const outcome = result[side];
        if (!outcome.ok)
          lines.push(
            `- ${side}: ${outcome.kind} at \`${outcome.pointer || '(root)'}\`: ${escapeCell(outcome.message)}`,
          );
        const first = result.firstTscError[side];
        if (first)
          lines.push(`- ${side} tsc errors (${result.tscErrors[side]}), first: ${escapeCell(first)}`);
      }
      lines.push('');
    }
  }
  if (global.length > 0)
    lines.push('## Diagnostics outside any spec', '', ...global.map((text) => `- ${escapeCell(text)}`), '');
  return lines.join('\n');
}
