import type { TokenRole } from '../../http/http-types.js';
import { collectionPath } from '../../run/path-values.js';
import type { OperationInfo } from '../../spec/spec-types.js';
import { findOperation, itemOperation, skipAll } from '../check-helpers.js';
import type { Check, CheckContext, CheckResult } from '../check-types.js';
import { fail, pass } from '../verdicts.js';
import { FlowRecorder, listAll } from './flow-recorder.js';

/** Membership levels: 1 member, 8 admin, 15 owner. */
export const LEVEL = { member: 1, admin: 8, owner: 15 } as const;

/** The path value that names the API key's own user. */
export const ME = '@me';

interface Member {
  level: number;
  uuid: unknown;
}

const asMember = (item: unknown): Member => {
  const m = item as { level?: unknown; user?: { uuid?: unknown } };
  return { level: Number(m.level), uuid: m.user?.uuid };
};

/** The members operations and the ids the rules are exercised on. */
interface LevelFlow {
  ctx: CheckContext;
  flow: FlowRecorder;
  patch: OperationInfo;
  del: OperationInfo | undefined;
  base: Record<string, unknown>;
  param: string;
}

async function patchLevel(
  f: LevelFlow,
  target: unknown,
  level: number,
  role: TokenRole,
  expected: number[],
  step: string,
) {
  const plan = await f.ctx.session.plan(f.patch, {
    body: { level },
    pathValues: { ...f.base, [f.param]: target },
  });
  return plan ? f.flow.step(f.patch, plan, expected, step, role) : undefined;
}

async function removeMember(f: LevelFlow, target: unknown, role: TokenRole, step: string) {
  if (!f.del) return undefined;
  const plan = {
    method: 'delete',
    pathTemplate: f.del.path,
    pathParams: { ...f.base, [f.param]: target },
    query: {},
    headers: {},
  };
  return f.flow.step(f.del, plan, [403], step, role);
}

/** A level change that should have been refused went through: put the member back (owner token). */
async function restore(f: LevelFlow, response: unknown, fallback: unknown) {
  const uuid = (response as { user?: { uuid?: unknown } } | undefined)?.user?.uuid ?? fallback;
  if (uuid !== undefined) await patchLevel(f, uuid, LEVEL.member, 'owner', [200], 'restore level');
}

/**
 * Member level rules from the upstream API: a plain member cannot edit or remove others, nor raise their own level
 * (`@me`); an admin cannot change or remove an owner nor make anyone owner; an owner can change a member's level.
 * Every level changed is restored afterwards, also when a change that should have been refused went through; an
 * owner removed by a server that wrongly allowed it cannot be restored (the failure says what happened).
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
    if (!patch || !param || !list) return skipAll('member_level_rules', 'the spec has no members list/patch');
    const base = await ctx.session.pathValues(list, 'read');
    if (!base) return skipAll('member_level_rules', 'no organization id');
    const members = ((await listAll(ctx, list, base)) ?? [])
      .map(asMember)
      .filter((m) => m.uuid !== undefined);
    const owner = members.find((m) => m.level === LEVEL.owner);
    const plain = members.find((m) => m.level === LEVEL.member);
    const f: LevelFlow = {
      ctx,
      flow: new FlowRecorder(ctx, 'member_level_rules'),
      patch,
      del: itemOperation(ctx, list.path, 'delete'),
      base,
      param,
    };
    const { tokens } = ctx.session;
    if (tokens.member && owner) {
      await patchLevel(f, owner.uuid, LEVEL.member, 'member', [403], 'member demotes an owner');
      await removeMember(f, owner.uuid, 'member', 'member removes an owner');
    }
    if (tokens.member) {
      const raised = await patchLevel(
        f,
        ME,
        LEVEL.admin,
        'member',
        [403],
        'member raises their own level (@me)',
      );
      if (raised && !raised.ok && raised.exchange.response.status < 300)
        await restore(f, raised.exchange.response.json, undefined);
    }
    if (tokens.admin && owner) {
      await patchLevel(f, owner.uuid, LEVEL.admin, 'admin', [403], 'admin changes an owner');
      await removeMember(f, owner.uuid, 'admin', 'admin removes an owner');
    }
    if (tokens.admin && plain) {
      const promoted = await patchLevel(
        f,
        plain.uuid,
        LEVEL.owner,
        'admin',
        [403],
        'admin makes a member owner',
      );
      if (promoted && !promoted.ok && promoted.exchange.response.status < 300)
        await restore(f, promoted.exchange.response.json, plain.uuid);
    }
    if (plain) {
      const raised = await patchLevel(
        f,
        plain.uuid,
        LEVEL.admin,
        'owner',
        [200],
        'owner makes a member admin',
      );
      if (raised?.ok) {
        const level = (raised.exchange.response.json as { level?: unknown } | undefined)?.level;
        f.flow.record(
          raised.exchange,
          level === LEVEL.admin
            ? pass('level is now admin')
            : fail(`level after promotion is ${JSON.stringify(level)}, expected ${LEVEL.admin}`),
        );
        await patchLevel(f, plain.uuid, LEVEL.member, 'owner', [200], 'owner restores member level');
      }
    }
    return f.flow.results.length
      ? f.flow.results
      : skipAll('member_level_rules', 'no owner/member pair to exercise (pass --member-token / fixtures)');
  },
};
