import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { CheckContext, CheckName, CheckResult, Verdict } from './check-types.js';

export const pass = (message: string): Verdict => ({ outcome: 'pass', message });
export const fail = (message: string, schemaPath?: string): Verdict => ({
  outcome: 'fail',
  message,
  schemaPath,
});
export const skip = (message: string): Verdict => ({ outcome: 'skip', message });

/** The status of an answer the target's rate limit gave before anything else looked at the request. */
export const THROTTLED_STATUS = 429;

/**
 * `judge`, except that a throttled answer (429) is a skip: it proves neither a rejection nor an acceptance nor an
 * access rule (a run that may not wait, `--max-throttle-wait 0`, or whose wait budget is spent, gets such answers).
 * Every judge of the target's decisions is wrapped in it; judges of an answer's form (schema, headers, documented
 * status) judge a 429 like any answer.
 */
export function unlessThrottled<Rest extends unknown[]>(
  judge: (exchange: Exchange, ...rest: Rest) => Verdict,
): (exchange: Exchange, ...rest: Rest) => Verdict {
  return (exchange, ...rest) =>
    exchange.response.status === THROTTLED_STATUS
      ? skip('throttled (429): the target answered before judging the request')
      : judge(exchange, ...rest);
}

/** True for 2xx statuses. */
export const isSuccess = (status: number) => status >= 200 && status < 300;

/**
 * Judges every recorded exchange with `judge` and folds the outcomes per operation: every distinct failure is
 * kept (with its occurrence count), passes collapse into one result, and an operation without any judged exchange
 * gets nothing (the matrix shows it as not run).
 */
export function judgeExchanges(
  ctx: CheckContext,
  check: CheckName,
  select: (exchange: Exchange) => boolean,
  judge: (exchange: Exchange) => Verdict,
): CheckResult[] {
  const byOperation = new Map<
    string,
    { passes: number; skips: Verdict[]; failures: Map<string, CheckResult> }
  >();
  for (const exchange of ctx.exchanges) {
    if (!select(exchange)) continue;
    const verdict = judge(exchange);
    const entry = byOperation.get(exchange.operationId) ?? {
      passes: 0,
      skips: [] as Verdict[],
      failures: new Map<string, CheckResult>(),
    };
    byOperation.set(exchange.operationId, entry);
    if (verdict.outcome === 'pass') entry.passes++;
    else if (verdict.outcome === 'skip') entry.skips.push(verdict);
    else {
      const key = verdict.message;
      const existing = entry.failures.get(key);
      if (existing) existing.occurrences = (existing.occurrences ?? 1) + 1;
      else entry.failures.set(key, ctx.session.result(check, exchange, verdict));
    }
  }
  const out: CheckResult[] = [];
  for (const [operation, entry] of byOperation) {
    if (entry.failures.size > 0) out.push(...entry.failures.values());
    else if (entry.passes > 0)
      out.push({ check, operation, outcome: 'pass', message: `${entry.passes} response(s) conform` });
    else
      out.push({ check, operation, outcome: 'skip', message: entry.skips[0]?.message ?? 'nothing to judge' });
  }
  return out;
}

/**
 * {@link judgeExchanges} over the exchanges of operations the spec documents, each judged with its operation
 * (looked up once per run); `includeProbes: false` leaves out the runner's own probes (unsupported methods, …).
 */
export function judgeDocumentedExchanges(
  ctx: CheckContext,
  check: CheckName,
  judge: (exchange: Exchange, operation: OperationInfo) => Verdict,
  options: { includeProbes?: boolean } = {},
): CheckResult[] {
  const operations = new Map(ctx.spec.operations.map((operation) => [operation.id, operation]));
  const includeProbes = options.includeProbes ?? true;
  return judgeExchanges(
    ctx,
    check,
    (e) => operations.has(e.operationId) && (includeProbes || e.kind !== 'probe'),
    (e) => judge(e, operations.get(e.operationId) as OperationInfo),
  );
}
