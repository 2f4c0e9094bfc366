import type { Exchange, RequestPlan, TokenRole } from '../http/http-types.js';
import { type ScopeRules, scopeRules, scopeSatisfies } from '../spec/behaviour-rules.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { operationsToExercise, skipAll } from './check-helpers.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { fail, isSuccess, pass, unlessThrottled } from './verdicts.js';

const detailOf = (exchange: Exchange) => {
  const detail = (exchange.response.json as { detail?: unknown } | undefined)?.detail;
  return typeof detail === 'string' ? detail : undefined;
};

/** The 403 `detail` the spec documents for a missing scope (`x-scope-rules`), for this operation. */
export function missingScopeDetail(rules: ScopeRules, required: string[]): string | undefined {
  return required.length === 1
    ? rules.missingScopeDetail?.replace('{scope}', required[0] as string)
    : undefined;
}

/**
 * A key that does not grant the operation's scope must get 403 — with the documented detail when the spec states
 * one. `held` names what the key has (`undefined` = none of the API's scopes).
 */
export const judgeWithoutScope = unlessThrottled(function judgeWithoutScope(
  exchange: Exchange,
  scopes: string[],
  held?: string,
  expectedDetail?: string,
): Verdict {
  const { status } = exchange.response;
  const needed = scopes.join(' or ');
  const who = held === undefined ? `Token without scope ${needed}` : `Token with only ${held}`;
  if (isSuccess(status))
    return fail(
      held === undefined
        ? `${who} was allowed (${status})`
        : `${who} was allowed (${status}), but the operation requires ${needed}`,
    );
  if (status !== 403) return fail(`${who} got ${status}, expected 403 for the missing scope ${needed}`);
  const detail = detailOf(exchange);
  if (expectedDetail !== undefined && detail !== expectedDetail)
    return fail(
      `${who} got 403 with detail ${JSON.stringify(detail)}; a missing scope is answered ${JSON.stringify(expectedDetail)}`,
    );
  return pass(`${held ?? 'no scope'}: 403`);
});

/**
 * A key that grants the operation's scope (exactly it, or one that implies it such as `:write` for `:read`) must not
 * be refused: a 403 naming a scope fails, and so does any 403 the owner's `*` key did not get (`owner`, when sent).
 */
export const judgeWithScope = unlessThrottled(function judgeWithScope(
  exchange: Exchange,
  scopes: string[],
  held: string = scopes.join(' or '),
  owner?: Exchange,
): Verdict {
  const { status } = exchange.response;
  const detail = detailOf(exchange);
  const exact = scopes.includes(held);
  const who = exact
    ? `Token with exactly the required scope ${held}`
    : `Token with ${held} (which grants ${scopes.join(' or ')})`;
  if (status === 401) return fail(`${who} was not authenticated (401)`);
  if (status === 403 && detail !== undefined && /scope/i.test(detail))
    return fail(`${who} was refused for missing scope: ${detail}`);
  if (status === 403 && owner && owner.response.status !== 403)
    return fail(
      `${who} was refused (403${detail ? `: ${detail}` : ''}) where a key with every scope got ${owner.response.status}`,
    );
  return pass(`with ${held}: ${status}`);
});

/** Every probe of one operation: no scope, then each single-scope key (granting or not). */
async function probeOperation(
  ctx: CheckContext,
  op: OperationInfo,
  rules: ScopeRules,
): Promise<CheckResult[]> {
  const plan = await ctx.session.plan(op, { minimal: true, label: `scope:${op.id}`, fakeIds: true });
  if (!plan) return [];
  const results: CheckResult[] = [];
  const send = (p: RequestPlan, role: TokenRole) =>
    ctx.session.send(p, role, { operationId: op.id, kind: 'probe' });
  const report = (e: Exchange, v: Verdict) => results.push(ctx.session.result('scope_enforcement', e, v));
  const detail = missingScopeDetail(rules, op.scopes);
  if (ctx.session.tokens.noScope) {
    const exchange = await send(plan, 'noScope');
    report(exchange, judgeWithoutScope(exchange, op.scopes, undefined, detail));
  }
  for (const held of Object.keys(ctx.session.tokens.scoped ?? {})) {
    const exchange = await send(plan, `scoped:${held}`);
    if (!op.scopes.some((required) => scopeSatisfies(rules, held, required))) {
      report(exchange, judgeWithoutScope(exchange, op.scopes, held, detail));
      continue;
    }
    // Compare a plain 403 with what a key holding every scope gets for the same request.
    const owner = exchange.response.status === 403 ? await send(plan, 'owner') : undefined;
    report(exchange, judgeWithScope(exchange, op.scopes, held, owner));
  }
  return results;
}

/**
 * Scope per operation: a key without the API's scopes gets 403; every single-scope key (`tokens.scoped`) is tried on
 * every operation — exactly the required scope and any scope implying it (`x-scope-rules`: `:write` grants `:read`)
 * must pass, any other scope (the `:read` sibling of a write, another object's) must get 403 with the documented
 * detail.
 */
export const scopeEnforcement: Check = {
  name: 'scope_enforcement',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const { noScope, scoped } = ctx.session.tokens;
    if (!noScope && Object.keys(scoped ?? {}).length === 0)
      return skipAll(
        'scope_enforcement',
        'no key without scopes (--no-scope-token) nor single-scope keys (--scoped-token, fixtures.tokens.scoped)',
      );
    const rules = scopeRules(ctx.spec);
    const results: CheckResult[] = [];
    for (const op of operationsToExercise(ctx).filter((o) => o.scopes.length > 0))
      results.push(...(await probeOperation(ctx, op, rules)));
    return results;
  },
};
