import type { Exchange } from '../http/http-types.js';
import type { Check, Verdict } from './check-types.js';
import { fail, judgeExchanges, pass } from './verdicts.js';

/** Off by default: every response within the limit. */
export function judgeResponseTime(exchange: Exchange, limitMs: number): Verdict {
  const ms = Math.round(exchange.response.elapsedMs);
  return ms <= limitMs ? pass(`${ms} ms`) : fail(`Response time ${ms} ms exceeds the limit of ${limitMs} ms`);
}

export const maxResponseTime: Check = {
  name: 'max_response_time',
  defaultEnabled: false,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeExchanges(
      ctx,
      'max_response_time',
      () => true,
      (e) => judgeResponseTime(e, ctx.settings.maxResponseTimeMs),
    ),
};
