import type { Exchange } from '../http/http-types.js';
import { operationsToExercise, skipAll } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { fail, pass, unlessThrottled } from './verdicts.js';

/** A request without a required header parameter must be rejected with a 4xx. */
export const judgeMissingHeader = unlessThrottled(function judgeMissingHeader(
  exchange: Exchange,
  header: string,
): Verdict {
  const { status } = exchange.response;
  if (status >= 400 && status < 500) return pass(`missing '${header}' rejected with ${status}`);
  return fail(`Missing required header '${header}' was not rejected: got ${status}, expected a 4xx`);
});

export const missingRequiredHeader: Check = {
  name: 'missing_required_header',
  defaultEnabled: true,
  writes: false,
  async run(ctx) {
    const results: CheckResult[] = [];
    for (const op of operationsToExercise(ctx)) {
      for (const param of op.parameters.filter((p) => p.in === 'header' && p.required)) {
        const plan = await ctx.session.plan(op, { minimal: true, label: `missing-header:${op.id}` });
        if (!plan) continue;
        const headers = Object.fromEntries(
          Object.entries(plan.headers).filter(([k]) => k.toLowerCase() !== param.name.toLowerCase()),
        );
        const exchange = await ctx.session.send({ ...plan, headers }, 'owner', {
          operationId: op.id,
          kind: 'probe',
        });
        results.push(
          ctx.session.result('missing_required_header', exchange, judgeMissingHeader(exchange, param.name)),
        );
      }
    }
    return results.length
      ? results
      : skipAll('missing_required_header', 'no operation declares a required header');
  },
};
