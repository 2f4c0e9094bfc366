import type { ResultSet } from '../run/run-types.js';

/** Exit codes, as Schemathesis: 0 all pass, 1 conformance failures, 2 usage or target errors. */
export const EXIT = { ok: 0, failures: 1, error: 2 } as const;

/**
 * The exit code a finished run deserves: 2 when the run was unreliable (errors), 1 when any check failed, else 0.
 * Skips never fail a run.
 * @example process.exitCode = exitCodeOf(await runContract(options));
 */
export function exitCodeOf(set: Pick<ResultSet, 'errors' | 'results'>): number {
  if (set.errors.length) return EXIT.error;
  return set.results.some((r) => r.outcome === 'fail') ? EXIT.failures : EXIT.ok;
}
