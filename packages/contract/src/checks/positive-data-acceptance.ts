import type { Exchange } from '../http/http-types.js';
import type { Check, Verdict } from './check-types.js';
import { fail, isSuccess, judgeExchanges, pass, skip } from './verdicts.js';

/** Statuses that do not mean "your valid data was rejected" (auth, missing resource). Same default as Schemathesis. */
export const ACCEPTABLE_NON_2XX = [401, 403, 404];

/**
 * A request valid per the spec must not be rejected as invalid: 2xx (or 401/403/404). A 400 caused by an existing
 * item with the same unique value (detected when the request was sent) is a skip.
 */
export function judgePositiveData(exchange: Exchange): Verdict {
  if (exchange.kind !== 'positive') return skip('not a positive request');
  const { status } = exchange.response;
  if (isSuccess(status) || ACCEPTABLE_NON_2XX.includes(status)) return pass(`accepted with ${status}`);
  const detail = (exchange.response.json as { detail?: unknown } | undefined)?.detail;
  if (exchange.stateConflict) {
    return skip(
      `refused because an existing item has ${exchange.stateConflict} (uniqueness rule, not the data)`,
    );
  }
  return fail(`Valid data rejected with ${status}${typeof detail === 'string' ? `: ${detail}` : ''}`);
}

export const positiveDataAcceptance: Check = {
  name: 'positive_data_acceptance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeExchanges(ctx, 'positive_data_acceptance', (e) => e.kind === 'positive', judgePositiveData),
};
