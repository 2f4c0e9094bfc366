import type { CheckName, CheckResult, Verdict } from '../checks/check-types.js';
import { curlCommand } from '../http/curl-command.js';
import type { Exchange } from '../http/http-types.js';
import { wireUrl } from '../http/serialise-request.js';

/** How much of a response body a failure carries. */
export const BODY_EXCERPT = 500;

/**
 * A reported result. Failures carry the request (URL, body, token role — never the token), a response excerpt,
 * the mutation family and a curl reproducer with the token redacted as `$TOKEN`.
 */
export function buildResult(
  baseUrl: string,
  check: CheckName,
  exchange: Exchange | undefined,
  verdict: Verdict,
  extra: Partial<CheckResult> = {},
): CheckResult {
  const base: CheckResult = {
    check,
    operation: exchange?.operationId ?? '*',
    outcome: verdict.outcome,
    message: verdict.message,
    schemaPath: verdict.schemaPath,
  };
  if (exchange && verdict.outcome === 'fail') {
    base.request = {
      method: exchange.request.method,
      url: wireUrl(baseUrl, exchange.request),
      body: exchange.request.body,
      role: exchange.role,
    };
    base.response = {
      status: exchange.response.status,
      contentType: exchange.response.headers['content-type'],
      body: exchange.response.body.slice(0, BODY_EXCERPT),
    };
    base.curl = curlCommand(baseUrl, exchange.request);
    if (exchange.mutation) base.family = exchange.mutation.family;
  }
  return { ...base, ...extra };
}
