import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { Check, Verdict } from './check-types.js';
import { operationById } from './response-lookup.js';
import { fail, judgeExchanges, pass } from './verdicts.js';

/** 5xx is a failure, unless the spec documents that exact 5xx status for the operation (e.g. a 503). */
export function judgeNotAServerError(exchange: Exchange, op: OperationInfo | undefined): Verdict {
  const { status } = exchange.response;
  if (status < 500) return pass(`status ${status}`);
  if (op?.responses.some((r) => r.status === String(status)))
    return pass(`documented server error ${status}`);
  return fail(`Server error: ${exchange.request.method} ${exchange.request.path} returned ${status}`);
}

export const notAServerError: Check = {
  name: 'not_a_server_error',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeExchanges(
      ctx,
      'not_a_server_error',
      () => true,
      (e) => judgeNotAServerError(e, operationById(ctx.spec.operations, e.operationId)),
    ),
};
