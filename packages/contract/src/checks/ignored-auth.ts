import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { operationsToExercise } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { fail, isSuccess, pass, unlessThrottled } from './verdicts.js';

/** Without credentials (or with an invalid token) a secured operation must answer 401. */
export const judgeIgnoredAuth = unlessThrottled(function judgeIgnoredAuth(
  exchange: Exchange,
  op: OperationInfo,
): Verdict {
  const { status } = exchange.response;
  const how = exchange.role === 'none' ? 'without credentials' : 'with an invalid token';
  if (status === 401) return pass(`${how}: 401`);
  if (isSuccess(status)) return fail(`Authentication declared but not enforced: ${how} got ${status}`);
  const documents401 = op.responses.some((r) => r.status === '401');
  if (!documents401 && status === 403) return pass(`${how}: 403`);
  return fail(`Request ${how} got ${status}, expected 401`);
});

export const ignoredAuth: Check = {
  name: 'ignored_auth',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    for (const op of operationsToExercise(ctx).filter((o) => o.security.length > 0)) {
      if (op.security.some((req) => Object.keys(req).length === 0)) continue; // `{}` = anonymous allowed
      const plan = await ctx.session.plan(op, {
        minimal: true,
        label: `ignored-auth:${op.id}`,
        fakeIds: true,
      });
      if (!plan) continue;
      for (const role of ['none', 'invalid'] as const) {
        const exchange = await ctx.session.send(plan, role, { operationId: op.id, kind: 'probe' });
        results.push(ctx.session.result('ignored_auth', exchange, judgeIgnoredAuth(exchange, op)));
      }
    }
    return results;
  },
};
