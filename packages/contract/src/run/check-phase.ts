import { ALL_CHECKS } from '../checks/all-checks.js';
import { CHECK_NAMES, type CheckContext, type CheckName, type CheckResult } from '../checks/check-types.js';
import { RequestError } from './http-client.js';
import type { ProgressEvent } from './run-types.js';
import type { RunSession } from './session.js';

/** What the check phase needs besides the context. */
export interface CheckPhaseOptions {
  checks: CheckName[];
  readOnly: boolean;
  progress: (event: ProgressEvent) => void;
  errors: string[];
  /** Stop after the first check that produced a failure. */
  exitFirst?: boolean;
}

/**
 * Runs the selected checks: active ones first (each starting from a clean organization), then the checks that judge
 * recorded exchanges, over every response of the run (examples and probes). A check that throws is reported as a
 * skip and an error; the others still run. Results come back in check order; with `exitFirst`, the phase stops
 * after the first check that failed and names it.
 */
export async function runChecks(
  base: Omit<CheckContext, 'exchanges' | 'session'> & { session: RunSession },
  options: CheckPhaseOptions,
): Promise<{ results: CheckResult[]; stoppedEarly?: string }> {
  const selected = ALL_CHECKS.filter((c) => options.checks.includes(c.name));
  const ordered = [...selected.filter((c) => !c.judgesRecorded), ...selected.filter((c) => c.judgesRecorded)];
  const results: CheckResult[] = [];
  for (const check of ordered) {
    let produced: CheckResult[];
    if (options.readOnly && check.writes) {
      produced = [
        { check: check.name, operation: '*', outcome: 'skip', message: 'skipped in a read-only run' },
      ];
    } else {
      try {
        // Each check starts from a clean organization: what earlier checks created is deleted first.
        await base.session.cleanup();
        produced = await check.run({ ...base, exchanges: [...base.session.log] });
      } catch (error) {
        const message = (error as Error).message;
        // A request without an answer is already a run error (recorded by the session); anything else is a crash.
        if (!(error instanceof RequestError)) options.errors.push(`${check.name}: ${message}`);
        produced = [
          {
            check: check.name,
            operation: '*',
            outcome: 'skip',
            message: `check could not finish: ${message}`,
          },
        ];
      }
    }
    results.push(...produced);
    options.progress({ type: 'check', check: check.name, results: produced });
    if (options.exitFirst && produced.some((r) => r.outcome === 'fail')) {
      return { results: sortByCheck(results), stoppedEarly: check.name };
    }
  }
  return { results: sortByCheck(results) };
}

const rank = (r: CheckResult) => CHECK_NAMES.indexOf(r.check);
const sortByCheck = (results: CheckResult[]) => results.sort((a, b) => rank(a) - rank(b));
