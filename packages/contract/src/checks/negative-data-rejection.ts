import { MUTATION_FAMILIES } from '../generate/value-mutations.js';
import type { Exchange } from '../http/http-types.js';
import type { Check, Verdict } from './check-types.js';
import { fail, judgeExchanges, pass, skip, unlessThrottled } from './verdicts.js';

/** A request proven invalid (after serialisation) must be rejected with a 4xx. */
export const judgeNegativeData = unlessThrottled(function judgeNegativeData(exchange: Exchange): Verdict {
  if (!exchange.mutation) return skip('not a negative request');
  const { status } = exchange.response;
  if (status >= 400 && status < 500) return pass(`rejected with ${status}`);
  if (status >= 500)
    return fail(
      `Invalid data (${exchange.mutation.description}) caused a server error ${status} instead of a 4xx`,
    );
  return fail(`Invalid data accepted with ${status}: ${exchange.mutation.description}`);
});

export const negativeDataRejection: Check = {
  name: 'negative_data_rejection',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  // One pass of judging per mutation family, so families are reported separately.
  run: async (ctx) =>
    MUTATION_FAMILIES.flatMap((family) =>
      judgeExchanges(
        ctx,
        'negative_data_rejection',
        (e) => e.kind === 'negative' && e.mutation?.family === family,
        judgeNegativeData,
      ).map((r) => ({ ...r, family, message: r.outcome === 'pass' ? `${family}: ${r.message}` : r.message })),
    ),
};
