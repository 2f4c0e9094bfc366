import type { CheckName, CheckResult, Outcome } from '../checks/check-types.js';
import type { ResultSet } from '../run/run-types.js';

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
