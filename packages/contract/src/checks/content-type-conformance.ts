import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { Check, Verdict } from './check-types.js';
import { essence, findResponse, mediaTypeMatches } from './response-lookup.js';
import { fail, judgeDocumentedExchanges, pass, skip } from './verdicts.js';

/**
 * A response with a body must carry a Content-Type matching one documented for its status; a status documented
 * without content must come without a body.
 */
export function judgeContentType(exchange: Exchange, op: OperationInfo): Verdict {
  const response = findResponse(op, exchange.response.status);
  if (!response) return skip(`status ${exchange.response.status} is not documented`);
  const documented = Object.keys(response.content);
  const actual = exchange.response.headers['content-type'];
  const hasBody = exchange.response.body.length > 0;
  if (documented.length === 0) {
    return hasBody
      ? fail(
          `Status ${exchange.response.status} is documented without a body, got ${exchange.response.body.length} bytes (${essence(actual) || 'no Content-Type'})`,
          `${response.pointer}`,
        )
      : pass('no body, none documented');
  }
  if (!hasBody) return pass('empty body');
  if (!actual)
    return fail(
      `Missing Content-Type header (documented: ${documented.join(', ')})`,
      `${response.pointer}/content`,
    );
  if (documented.some((m) => mediaTypeMatches(actual, m))) return pass(`content type ${essence(actual)}`);
  return fail(
    `Undocumented Content-Type: ${essence(actual)} for status ${exchange.response.status} (documented: ${documented.join(', ')})`,
    `${response.pointer}/content`,
  );
}

export const contentTypeConformance: Check = {
  name: 'content_type_conformance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeDocumentedExchanges(ctx, 'content_type_conformance', judgeContentType, { includeProbes: false }),
};
