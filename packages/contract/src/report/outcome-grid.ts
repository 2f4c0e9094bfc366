import type { CheckName, CheckResult, Outcome } from '../checks/check-types.js';
import type { ResultSet } from '../run/run-types.js';

/** Totals of a run as every report states them: one test per result plus one per run error. */
export interface RunCounts {
  tests: number;
  pass: number;
  fail: number;
  skip: number;
  errors: number;
}

/** The totals of a run: the same numbers in the summary line, the JUnit XML and the JSON report. */
export function countRun(set: Pick<ResultSet, 'results' | 'errors'>): RunCounts {
  const c = countOutcomes(set.results);
  return { tests: set.results.length + set.errors.length, ...c, errors: set.errors.length };
}

/** "3 passed, 1 failed, 2 skipped, 0 errors" */
export const formatCounts = (c: RunCounts) =>
  `${c.pass} passed, ${c.fail} failed, ${c.skip} skipped, ${c.errors} error${c.errors === 1 ? '' : 's'}`;

/** Totals of a result list. */
export function countOutcomes(results: readonly CheckResult[]): Record<Outcome, number> {
  const counts: Record<Outcome, number> = { pass: 0, fail: 0, skip: 0 };
  for (const r of results) counts[r.outcome]++;
  return counts;
}

/** The combined outcome of several results: any fail → fail, any pass → pass, else skip (undefined = none). */
export function combine(results: readonly CheckResult[]): Outcome | undefined {
  if (results.length === 0) return undefined;
  if (results.some((r) => r.outcome === 'fail')) return 'fail';
  return results.some((r) => r.outcome === 'pass') ? 'pass' : 'skip';
}

/** Rows of the operations × checks matrix: the spec's operations, then any other operation seen, then '*'. */
export function gridOperations(set: ResultSet): string[] {
  const extra = [...new Set(set.results.map((r) => r.operation))].filter(
    (o) => !set.operations.includes(o) && o !== '*',
  );
  const rows = [...set.operations, ...extra.sort()];
  return set.results.some((r) => r.operation === '*') ? [...rows, '*'] : rows;
}

/** Results of one cell. */
export function cell(set: ResultSet, operation: string, check: CheckName): CheckResult[] {
  return set.results.filter((r) => r.operation === operation && r.check === check);
}
