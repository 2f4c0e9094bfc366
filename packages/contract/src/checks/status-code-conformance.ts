import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { Check, Verdict } from './check-types.js';
import { findResponse } from './response-lookup.js';
import { fail, judgeDocumentedExchanges, pass } from './verdicts.js';

/** The status must be documented (exactly, as a range like `4XX`, or through `default`). */
export function judgeStatusCode(exchange: Exchange, op: OperationInfo): Verdict {
  const { status } = exchange.response;
  if (findResponse(op, status)) return pass(`status ${status} is documented`);
  const documented = op.responses.map((r) => r.status).join(', ');
  return fail(`Undocumented status code: ${status} (documented: ${documented})`, `${op.pointer}/responses`);
}

export const statusCodeConformance: Check = {
  name: 'status_code_conformance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeDocumentedExchanges(ctx, 'status_code_conformance', judgeStatusCode, { includeProbes: false }),
};
