import { type EmitOutcome, generatesCleanly, type SpecResult } from './corpus-harness.js';

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

function roundTripCells(result: SpecResult): [string, string] {
  const trip = result.roundTrip;
  if (trip === undefined) return ['n/a', ''];
  if (!trip.ok) return ['failed', escapeCell(trip.message).slice(0, 80)];
  return [String(trip.differences), trip.kinds.join(', ')];
}

/** The median round-trip difference count over the specs whose round trip was computed. */
function medianDifferences(results: SpecResult[]): number {
  const counts = results
    .flatMap((result) => (result.roundTrip?.ok ? [result.roundTrip.differences] : []))
    .sort((a, b) => a - b);
  if (counts.length === 0) return 0;
  const middle = Math.floor(counts.length / 2);
  return counts.length % 2 === 1
    ? (counts[middle] as number)
    : ((counts[middle - 1] as number) + (counts[middle] as number)) / 2;
}

/**
 * The committed per-spec report (markdown). Deterministic: no timings, so it only changes when an outcome does.
 */
export function renderReport(results: SpecResult[], global: string[]): string {
  const strictOk = results.filter((result) => result.strict.ok).length;
  const lenientOk = results.filter(generatesCleanly).length;
  const tripped = results.filter((result) => result.roundTrip?.ok && result.roundTrip.differences === 0);
  const compared = results.filter((result) => result.roundTrip?.ok).length;
  const lines = [
    '# Code generator on the OpenAPI 3.1 corpus',
    '',
    'Written by `test/corpus/corpus.test.ts` (do not edit): every spec of `test/corpus/specs` (origins in',
    '`specs/SOURCES.md`) generated in strict mode (the default) and in lenient mode (`--lenient`, `strict: false`:',
    'OpenAPI 3.0 leftovers are translated, one warning per translated node), client types emitted, and all outputs',
    '(lenient server, client, and the strict server files where they differ from the lenient ones) type-checked by',
    '`tsc --noEmit` with `tsconfig.base.json` (whole specs in parallel groups, incrementally: see',
    '`corpus-type-check.ts`).',
    '',
    `- **strict mode: ${strictOk} of ${results.length} specs generate.** The others (see Details) are invalid OpenAPI`,
    '  3.1 (3.0 leftovers, a schema nested under `type`) or valid 3.1 shapes the generator refuses (recursion through',
    '  composition or array items, `unevaluatedProperties`), each reported with the pointer of the first offending node.',
    `- **lenient mode: ${lenientOk} of ${results.length} specs generate and type-check with 0 tsc errors.**`,
    `- **server round trip: computed for all ${compared} specs that generate; ${tripped.length} with 0 differences,`,
    `  median ${medianDifferences(results)}.**`,
    '  The emitted document (`getOpenAPI31Document` of the generated routes, lenient output) is compared with the',
    '  source after the same normalisation as `test/round-trip` (rules R1–R12 in `test/round-trip/normalize-document.ts`).',
    '  Differences are counted as JSON-pointer leaves; "main kinds" are the most frequent last pointer tokens. Known',
    '  causes: `webhooks` are not emitted; a required property or parameter with a `default` is published as optional;',
    '  `maxLength` next to `enum` is dropped; a `oneOf` that is not a discriminated union is published as `anyOf`;',
    '  `type`/`required` next to `allOf` move into it; operations without `operationId` get a derived one; a path',
    "  item's own `summary`/`description` is not emitted; vendor extensions (`x-*`) outside operations and",
    '  parameters are dropped. In lenient mode every translated node',
    '  (`nullable`, boolean `exclusiveMinimum`, `examples` maps) also differs from its source by construction.',
    '',
    ...markdownTable(
      [
        'spec',
        'KB',
        'strict',
        'lenient',
        'translated',
        'client',
        'tsc errors',
        'round-trip diffs',
        'main kinds',
      ],
      [false, true, false, false, true, false, true, true, false],
      results.map((result) => [
        result.spec,
        String(Math.round(result.bytes / 1024)),
        cell(result.strict),
        cell(result.server),
        String(result.translated),
        cell(result.client),
        String(Object.values(result.tscErrors).reduce((sum, n) => sum + n, 0)),
        ...roundTripCells(result),
      ]),
    ),
    '',
  ];
  const details = results.filter(
    (result) => !result.strict.ok || !generatesCleanly(result) || result.roundTrip?.ok === false,
  );
  if (details.length > 0) {
    lines.push('## Details', '');
    for (const result of details) {
      lines.push(`### ${result.spec}`, '');
      for (const [label, outcome] of [
        ['strict', result.strict],
        ['lenient', result.server],
        ['client', result.client],
      ] as const) {
        if (!outcome.ok)
          lines.push(
            `- ${label}: ${outcome.kind} at \`${outcome.pointer || '(root)'}\`: ${escapeCell(outcome.message)}`,
          );
      }
      for (const [side, first] of Object.entries(result.firstTscError))
        lines.push(
          `- ${side} tsc errors (${result.tscErrors[side as keyof typeof result.tscErrors]}), first: ${escapeCell(first)}`,
        );
      if (result.roundTrip?.ok === false)
        lines.push(`- round trip failed: ${escapeCell(result.roundTrip.message)}`);
      lines.push('');
    }
  }
  if (global.length > 0)
    lines.push('## Diagnostics outside any spec', '', ...global.map((text) => `- ${escapeCell(text)}`), '');
  return lines.join('\n');
}
