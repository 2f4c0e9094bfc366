import type { Exchange } from '../http/http-types.js';
import { tenantParameter } from '../spec/behaviour-rules.js';
import { isSafeMethod, operationsToExercise, skipAll } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { fail, isSuccess, pass, unlessThrottled } from './verdicts.js';

/** Crossing organizations must yield 403 or 404 — never 2xx (nor a server error). */
export const judgeTenantIsolation = unlessThrottled(function judgeTenantIsolation(
  exchange: Exchange,
  what: string,
): Verdict {
  const { status } = exchange.response;
  if (status === 403 || status === 404) return pass(`${what}: ${status}`);
  if (isSuccess(status)) return fail(`Tenant isolation broken: ${what} got ${status}`);
  return fail(`${what} got ${status}, expected 403 or 404`);
});

export const tenantIsolation: Check = {
  name: 'tenant_isolation',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const { tokens, otherOrganizationId } = ctx.session;
    if (!tokens.otherOrg && !otherOrganizationId) {
      return skipAll(
        'tenant_isolation',
        'no other organization given (--other-org-token or fixtures.otherOrganizationId)',
      );
    }
    const results: CheckResult[] = [];
    const scoped = operationsToExercise(ctx).filter((o) => tenantParameter(o) !== undefined);
    for (const op of scoped) {
      const plan = await ctx.session.plan(op, { minimal: true, label: `tenant:${op.id}`, fakeIds: true });
      if (!plan) continue;
      if (tokens.otherOrg) {
        const e = await ctx.session.send(plan, 'otherOrg', { operationId: op.id, kind: 'probe' });
        results.push(
          ctx.session.result(
            'tenant_isolation',
            e,
            judgeTenantIsolation(e, "another organization's token on this organization"),
          ),
        );
      }
      if (otherOrganizationId && isSafeMethod(op.method)) {
        const param = tenantParameter(op)?.name as string;
        const foreign = { ...plan, pathParams: { ...plan.pathParams, [param]: otherOrganizationId } };
        const e = await ctx.session.send(foreign, 'owner', { operationId: op.id, kind: 'probe' });
        results.push(
          ctx.session.result(
            'tenant_isolation',
            e,
            judgeTenantIsolation(e, "this token on another organization's path"),
          ),
        );
      }
    }
    return results;
  },
};
