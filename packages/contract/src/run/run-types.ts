import type { CheckName, CheckResult, Tokens } from '../checks/check-types.js';
import type { SpecIndex } from '../spec/spec-types.js';
import type { Target } from './http-client.js';
import type { OperationFilter } from './operation-filter.js';
import type { ThrottleTotals } from './throttle-retry.js';

/** Options of one contract run. */
export interface RunOptions {
  /** A spec path, a parsed document or an index; default: the bundled `openapi/organizations.yaml`. */
  spec?: string | SpecIndex | Record<string, unknown> | undefined;
  target: Target;
  tokens: Tokens;
  /** The organization the run may read and write. Required unless `readOnly`. `@current` is passed through. */
  organizationId?: string | undefined;
  /** Another organization (B, for tenant isolation): the run creates B's resources with `tokens.otherOrg` and
   * deletes them at the end. */
  otherOrganizationId?: string | undefined;
  /** An organization whose only owner is `tokens.disposableOwner`: rules a wrong target would break for good
   * (the last owner leaving) are exercised there. */
  disposableOrganizationId?: string | undefined;
  /** Fixture users by role (`owner`, `admin`, `member`), as the reference server's `fixtures` prints them. */
  users?: Record<string, { uuid?: string | undefined }> | undefined;
  /** Only the operations these filters select are exercised and judged. */
  operationFilter?: OperationFilter | undefined;
  /** Stop after the first check that fails (the organization is still cleaned up). */
  exitFirst?: boolean | undefined;
  /** Per-request timeout in ms (default 10 000); a request without an answer is a run error. */
  requestTimeoutMs?: number | undefined;
  /** Only these checks (default: every default-enabled check). */
  checks?: string[] | undefined;
  excludeChecks?: string[] | undefined;
  /** Drives all generated data and names; default: derived from the clock, and printed. */
  seed?: number | string | undefined;
  /** Positive examples per operation, and mutants per negative family and target (default 5). */
  maxExamples?: number | undefined;
  /** Operations exercised in parallel in the examples phase (default 1). */
  workers?: number | undefined;
  /** `N/s`, `N/m` or `N/h`. */
  rateLimit?: string | undefined;
  /** Seconds the whole run may wait out the target's 429s with a `Retry-After` before resending them (default
   * 120); 0 never waits, and every 429 is judged as an answer. */
  maxThrottleWaitSeconds?: number | undefined;
  /** How the run waits (rate limit, Retry-After); default: the real clock. Tests pass one that does not wait. */
  sleep?: ((ms: number) => Promise<void>) | undefined;
  /** Extra headers on every request. */
  headers?: Record<string, string> | undefined;
  /** Only safe methods; nothing is created, changed or deleted. */
  readOnly?: boolean | undefined;
  /** Limit for `max_response_time` (ms, default 2000). */
  maxResponseTimeMs?: number | undefined;
  onProgress?: ((event: ProgressEvent) => void) | undefined;
  /** Optional properties valid data leaves out (default `DEFAULT_OMITTED_PROPERTIES`: values referencing other
   * resources, which a schema cannot express). */
  omitProperties?: readonly string[] | undefined;
}

/** Live progress of a run. */
export type ProgressEvent =
  | { type: 'start'; seed: string; baseUrl: string; operations: number; checks: CheckName[] }
  | { type: 'operation'; operationId: string; requests: number; note?: string | undefined }
  | { type: 'throttled'; operationId: string; seconds: number }
  | { type: 'check'; check: CheckName; results: CheckResult[] }
  | { type: 'cleanup'; deleted: number; leftovers: string[] };

/** Everything a run produced. */
export interface ResultSet {
  seed: string;
  baseUrl: string;
  specSource: string;
  startedAt: string;
  finishedAt: string;
  operations: string[];
  checks: CheckName[];
  results: CheckResult[];
  requests: number;
  /** How often, and how long in all, the run waited out the target's rate limit (429 with Retry-After). */
  throttled: ThrottleTotals;
  cleanup: { deleted: number; leftovers: string[] };
  /** Problems that made the run unreliable (a request without an answer, a check that crashed). */
  errors: string[];
  /** Set when `exitFirst` stopped the run: which check failed first. */
  stoppedEarly?: string | undefined;
}
