import type { Exchange } from '../http/http-types.js';
import { operationsToExercise, skipAll } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { fail, isSuccess, pass } from './verdicts.js';

/** A valid token lacking the operation's scope must get 403. */
export function judgeWithoutScope(exchange: Exchange, scopes: string[]): Verdict {
  const { status } = exchange.response;
  const needed = scopes.join(' or ');
  if (status === 403) return pass(`without ${needed}: 403`);
  if (isSuccess(status)) return fail(`Token without scope ${needed} was allowed (${status})`);
  return fail(`Token without scope ${needed} got ${status}, expected 403`);
}

/** With the scope, a 403 must not be about scopes (other 403s, e.g. plan limits, are business rules). */
export function judgeWithScope(exchange: Exchange, scopes: string[]): Verdict {
  const detail = (exchange.response.json as { detail?: unknown } | undefined)?.detail;
  if (exchange.response.status === 403 && typeof detail === 'string' && /scope/i.test(detail)) {
    return fail(`Token with scope ${scopes.join(' or ')} was refused for missing scope: ${detail}`);
  }
  return pass(`with scope: ${exchange.response.status}`);
}

export const scopeEnforcement: Check = {
  name: 'scope_enforcement',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    if (!ctx.session.tokens.noScope)
      return skipAll('scope_enforcement', 'no token without scopes given (--no-scope-token)');
    const results: CheckResult[] = [];
    for (const op of operationsToExercise(ctx).filter((o) => o.scopes.length > 0)) {
      const plan = await ctx.session.plan(op, { minimal: true, label: `scope:${op.id}`, fakeIds: true });
      if (!plan) continue;
      const without = await ctx.session.send(plan, 'noScope', { operationId: op.id, kind: 'probe' });
      results.push(ctx.session.result('scope_enforcement', without, judgeWithoutScope(without, op.scopes)));
      const withScope = await ctx.session.send(plan, 'owner', { operationId: op.id, kind: 'probe' });
      results.push(ctx.session.result('scope_enforcement', withScope, judgeWithScope(withScope, op.scopes)));
    }
    return results;
  },
};
