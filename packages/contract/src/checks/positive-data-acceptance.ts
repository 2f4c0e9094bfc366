import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { Check, Verdict } from './check-types.js';
import { fail, isSuccess, judgeExchanges, pass, skip, unlessThrottled } from './verdicts.js';

/** Statuses that do not mean "your valid data was rejected" (auth, missing resource). Same default as Schemathesis. */
export const ACCEPTABLE_NON_2XX = [401, 403, 404];

/** A documented redirect of the operation (e.g. a download's 302) is its success, not a rejection. */
const isDocumentedRedirect = (op: OperationInfo | undefined, status: number) =>
  status >= 300 && status < 400 && (op?.responses.some((r) => r.status === String(status)) ?? false);

/**
 * A request valid per the spec must not be rejected as invalid: 2xx, a documented 3xx (or 401/403/404). A 400 caused
 * by an existing item with the same unique value (detected when the request was sent) is a skip.
 */
export const judgePositiveData = unlessThrottled(function judgePositiveData(
  exchange: Exchange,
  op?: OperationInfo,
): Verdict {
  if (exchange.kind !== 'positive') return skip('not a positive request');
  const { status } = exchange.response;
  if (isSuccess(status) || isDocumentedRedirect(op, status) || ACCEPTABLE_NON_2XX.includes(status))
    return pass(`accepted with ${status}`);
  const detail = (exchange.response.json as { detail?: unknown } | undefined)?.detail;
  if (exchange.stateConflict) {
    return skip(
      `refused because an existing item has ${exchange.stateConflict} (uniqueness rule, not the data)`,
    );
  }
  return fail(`Valid data rejected with ${status}${typeof detail === 'string' ? `: ${detail}` : ''}`);
});

export const positiveDataAcceptance: Check = {
  name: 'positive_data_acceptance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  async run(ctx) {
    const operations = new Map(ctx.spec.operations.map((op) => [op.id, op]));
    return judgeExchanges(
      ctx,
      'positive_data_acceptance',
      (e) => e.kind === 'positive' && operations.has(e.operationId),
      (e) => judgePositiveData(e, operations.get(e.operationId)),
    );
  },
};
