import type { TokenRole } from '../../http/http-types.js';
import { collectionPath } from '../../run/path-values.js';
import type { OperationInfo } from '../../spec/spec-types.js';
import { findOperation, itemOperation, skipAll } from '../check-helpers.js';
import type { Check, CheckContext, CheckResult } from '../check-types.js';
import { fail, pass } from '../verdicts.js';
import { FlowRecorder, listAll } from './flow-recorder.js';

/** Membership levels: 1 member, 8 admin, 15 owner. */
export const LEVEL = { member: 1, admin: 8, owner: 15 } as const;

interface Member {
  level: number;
  uuid: unknown;
}

const asMember = (item: unknown): Member => {
  const m = item as { level?: unknown; user?: { uuid?: unknown } };
  return { level: Number(m.level), uuid: m.user?.uuid };
};

async function patchLevel(
  ctx: CheckContext,
  flow: FlowRecorder,
  patch: OperationInfo,
  base: Record<string, unknown>,
  param: string,
  target: Member,
  level: number,
  role: TokenRole,
  expected: number[],
  step: string,
) {
  const plan = await ctx.session.plan(patch, {
    body: { level },
    pathValues: { ...base, [param]: target.uuid },
  });
  if (!plan) return undefined;
  return flow.step(patch, plan, expected, step, role);
}

/**
 * Member level rules from the upstream API: a plain member cannot edit or remove others; an admin cannot touch an
 * owner nor make anyone owner; an owner can change a member's level (restored afterwards).
 */
export const memberLevelRules: Check = {
  name: 'member_level_rules',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const patch = findOperation(ctx, 'patch', /\/members\/\{[^}]+\}\/?$/);
    const param = patch && /\{([^}]+)\}\/?$/.exec(patch.path)?.[1];
    const list =
      patch &&
      param &&
      ctx.spec.operations.find((o) => o.method === 'get' && o.path === collectionPath(patch.path, param));
    const del = list && itemOperation(ctx, list.path, 'delete');
    if (!patch || !param || !list) return skipAll('member_level_rules', 'the spec has no members list/patch');
    const base = await ctx.session.pathValues(list, 'read');
    if (!base) return skipAll('member_level_rules', 'no organization id');
    const members = ((await listAll(ctx, list, base)) ?? [])
      .map(asMember)
      .filter((m) => m.uuid !== undefined);
    const owner = members.find((m) => m.level === LEVEL.owner);
    const plain = members.find((m) => m.level === LEVEL.member);
    const flow = new FlowRecorder(ctx, 'member_level_rules');
    const { tokens } = ctx.session;
    if (tokens.member && owner) {
      await patchLevel(
        ctx,
        flow,
        patch,
        base,
        param,
        owner,
        LEVEL.member,
        'member',
        [403],
        'member demotes an owner',
      );
      if (del) {
        const plan = {
          method: 'delete',
          pathTemplate: del.path,
          pathParams: { ...base, [param]: owner.uuid },
          query: {},
          headers: {},
        };
        await flow.step(del, plan, [403], 'member removes an owner', 'member');
      }
    }
    if (tokens.admin && owner)
      await patchLevel(
        ctx,
        flow,
        patch,
        base,
        param,
        owner,
        LEVEL.admin,
        'admin',
        [403],
        'admin changes an owner',
      );
    if (tokens.admin && plain) {
      const promoted = await patchLevel(
        ctx,
        flow,
        patch,
        base,
        param,
        plain,
        LEVEL.owner,
        'admin',
        [403],
        'admin makes a member owner',
      );
      if (promoted && !promoted.ok)
        await patchLevel(ctx, flow, patch, base, param, plain, LEVEL.member, 'owner', [200], 'restore level');
    }
    if (plain) {
      const raised = await patchLevel(
        ctx,
        flow,
        patch,
        base,
        param,
        plain,
        LEVEL.admin,
        'owner',
        [200],
        'owner makes a member admin',
      );
      if (raised?.ok) {
        const level = (raised.exchange.response.json as { level?: unknown } | undefined)?.level;
        flow.record(
          raised.exchange,
          level === LEVEL.admin
            ? pass('level is now admin')
            : fail(`level after promotion is ${JSON.stringify(level)}, expected ${LEVEL.admin}`),
        );
        await patchLevel(
          ctx,
          flow,
          patch,
          base,
          param,
          plain,
          LEVEL.member,
          'owner',
          [200],
          'owner restores member level',
        );
      }
    }
    return flow.results.length
      ? flow.results
      : skipAll('member_level_rules', 'no owner/member pair to exercise (pass --member-token / fixtures)');
  },
};
