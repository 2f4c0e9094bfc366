import type { Outcome } from '../checks/check-types.js';
import type { ResultSet } from '../run/run-types.js';
import { cell, combine, countRun, formatCounts, gridOperations } from './outcome-grid.js';

const MARK: Record<Outcome, string> = { pass: '.', fail: 'F', skip: 's' };

/**
 * The human summary: a legend of numbered checks, the operations × checks matrix ('.' pass, 'F' fail, 's' skip,
 * ' ' not run), every failure with its request, response excerpt, schema path and curl line, then totals and the
 * seed to rerun with.
 */
export function formatSummary(set: ResultSet): string {
  const lines: string[] = [];
  const numbers = set.checks.map((_, i) => String(i + 1));
  lines.push('Checks:');
  for (const [i, check] of set.checks.entries()) lines.push(`  ${String(i + 1).padStart(2)} ${check}`);
  const rows = gridOperations(set);
  const width = Math.max(9, ...rows.map((r) => r.length));
  lines.push('');
  lines.push(`${'operation'.padEnd(width)} | ${numbers.map((n) => n.padStart(2)).join(' ')}`);
  lines.push(`${'-'.repeat(width)}-+-${numbers.map(() => '--').join('-')}`);
  for (const operation of rows) {
    const marks = set.checks.map((check) => {
      const outcome = combine(cell(set, operation, check));
      return (outcome ? MARK[outcome] : ' ').padStart(2);
    });
    lines.push(`${operation.padEnd(width)} | ${marks.join(' ')}`);
  }
  const failures = set.results.filter((r) => r.outcome === 'fail');
  if (failures.length) {
    lines.push('', 'Failures:');
    failures.forEach((f, i) => {
      lines.push(
        `${i + 1}. [${f.check}] ${f.operation}: ${f.message}${f.occurrences ? ` (x${f.occurrences})` : ''}`,
      );
      if (f.family) lines.push(`   family: ${f.family}`);
      if (f.request)
        lines.push(
          `   request: ${f.request.method} ${f.request.url} as ${f.request.role}${f.request.body !== undefined ? ` body ${f.request.body.slice(0, 200)}` : ''}`,
        );
      if (f.response) lines.push(`   response: ${f.response.status} ${f.response.body.slice(0, 200)}`);
      if (f.schemaPath) lines.push(`   schema: ${f.schemaPath}`);
      if (f.reproduce && f.reproduce.length > 1) {
        lines.push(`   reproduce (${f.reproduce.length} requests of the flow, in order):`);
        for (const [n, step] of f.reproduce.entries()) lines.push(`     ${n + 1}. ${step}`);
      } else if (f.curl) lines.push(`   reproduce: ${f.curl}`);
    });
  }
  if (set.errors.length) {
    lines.push('', 'Errors:');
    for (const e of set.errors) lines.push(`  ${e}`);
  }
  lines.push('');
  if (set.stoppedEarly) lines.push(`stopped early (--exitfirst): ${set.stoppedEarly} failed`);
  lines.push(
    `${formatCounts(countRun(set))}; ${set.requests} requests; ${formatThrottled(set)}cleanup deleted ${set.cleanup.deleted}${set.cleanup.leftovers.length ? `, left ${set.cleanup.leftovers.join(', ')}` : ''}`,
  );
  lines.push(`seed ${set.seed} (rerun with --seed ${set.seed})`);
  return `${lines.join('\n')}\n`;
}

/** "waited 112 s for the target's rate limit (3 times); " when the run waited out 429s, else nothing. */
function formatThrottled({ throttled }: ResultSet): string {
  if (!throttled.waits) return '';
  const times = `${throttled.waits} time${throttled.waits === 1 ? '' : 's'}`;
  return `waited ${throttled.seconds} s for the target's rate limit (${times}); `;
}
