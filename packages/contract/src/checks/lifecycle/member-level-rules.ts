import type { Exchange, RequestPlan, TokenRole } from '../../http/http-types.js';
import { collectionPath, pickParam } from '../../run/path-values.js';
import { type LevelRule, levelRules, tenantParameter } from '../../spec/behaviour-rules.js';
import type { OperationInfo } from '../../spec/spec-types.js';
import { skipAll } from '../check-helpers.js';
import type { Check, CheckContext, CheckResult, Verdict } from '../check-types.js';
import { fail, isSuccess, pass, skip, unlessThrottled } from '../verdicts.js';
import { FlowRecorder, listAll } from './flow-recorder.js';

/** Membership levels: 1 member, 8 admin, 15 owner. */
export const LEVEL = { member: 1, admin: 8, owner: 15 } as const;
/** The path value that names the API key's own user. */
export const ME = '@me';

/** The token and organization a rule's caller uses (`only-owner`: the disposable organization's only owner). */
function actorOf(ctx: CheckContext, rule: LevelRule): { role: TokenRole; organization: string | undefined } {
  return rule.as === 'only-owner'
    ? { role: 'disposableOwner', organization: ctx.session.disposableOrganizationId }
    : { role: rule.as, organization: ctx.session.organizationId };
}

const FLAG: Record<string, string> = {
  member: '--member-token',
  admin: '--admin-token',
  owner: '--token',
  disposableOwner: '--disposable-owner-token and --disposable-organization-id',
};

/** "member sets an owner's level to 1", "the only owner leaves", "admin removes an owner". */
export function stepName(rule: LevelRule, method: string): string {
  const who = rule.as === 'only-owner' ? 'the only owner' : rule.as;
  const whom =
    rule.target === 'self'
      ? 'their own'
      : `${rule.target === 'admin' || rule.target === 'owner' ? 'an' : 'a'} ${rule.target}'s`;
  if (method === 'delete')
    return rule.target === 'self'
      ? `${who} leaves (removes themselves)`
      : `${who} removes ${whom.replace(/'s$/, '')}`;
  return `${who} sets ${whom} level to ${rule.level}`;
}

/** The answer a level rule documents: its status, and for a refusal its exact `detail` (when given). */
export const judgeLevelRule = unlessThrottled(function judgeLevelRule(
  exchange: Exchange,
  rule: LevelRule,
  step: string,
): Verdict {
  const { status, json } = exchange.response;
  const detail = (json as { detail?: unknown } | undefined)?.detail;
  const wanted = `${rule.status}${rule.detail ? ` (${rule.detail})` : ''}`;
  if (status !== rule.status)
    return fail(
      `${step}: expected ${wanted}, got ${status}${typeof detail === 'string' ? ` (${detail})` : ''}`,
    );
  if (rule.detail !== undefined && detail !== rule.detail)
    return fail(`${step}: expected ${wanted}, got ${status} with detail ${JSON.stringify(detail)}`);
  if (rule.level !== undefined && isSuccess(status)) {
    const level = (json as { level?: unknown } | undefined)?.level;
    if (level !== rule.level)
      return fail(`${step}: answered ${status} but the level is ${JSON.stringify(level)}`);
  }
  return pass(`${step}: ${status}`);
});

interface Member {
  uuid: string;
  level: number;
}

/** What the rows of one operation share: the members (by organization) and the path parameters. */
interface Context {
  ctx: CheckContext;
  flow: FlowRecorder;
  op: OperationInfo;
  patch: OperationInfo | undefined;
  list: OperationInfo;
  param: string;
  tenant: string;
  members: Map<string, Member[]>;
}

async function membersOf(c: Context, organization: string, role: TokenRole): Promise<Member[]> {
  let members = c.members.get(organization);
  if (!members) {
    const items = (await listAll(c.ctx, c.list, { [c.tenant]: organization }, { role })) ?? [];
    members = items.map((i) => ({
      uuid: String(pickParam(i, c.param)),
      level: Number((i as { level?: unknown }).level),
    }));
    c.members.set(organization, members);
  }
  return members;
}

/** The member a rule acts on: `@me`, or another member of the target level (the fixture user of that role first). */
async function targetOf(
  c: Context,
  rule: LevelRule,
  role: TokenRole,
  organization: string,
): Promise<Member | undefined> {
  const { users } = c.ctx.session;
  if (rule.target === 'self') return { uuid: ME, level: Number.NaN };
  const own = users[role]?.uuid;
  const level = LEVEL[rule.target];
  const candidates = (await membersOf(c, organization, 'owner')).filter(
    (m) => m.level === level && m.uuid !== own,
  );
  // Without the caller's uuid, a member of the caller's own level could be the caller: not a rule about others.
  if (own === undefined && role === rule.target && candidates.length < 2) return undefined;
  return candidates.find((m) => m.uuid === users[rule.target]?.uuid) ?? candidates[0];
}

function planFor(
  c: Context,
  op: OperationInfo,
  organization: string,
  uuid: string,
  level?: number,
): RequestPlan {
  return {
    method: op.method,
    pathTemplate: op.path,
    pathParams: { [c.tenant]: organization, [c.param]: uuid },
    query: {},
    headers: {},
    body: level === undefined ? undefined : { mediaType: 'application/json', value: { level } },
  };
}

async function exercise(c: Context, rule: LevelRule): Promise<void> {
  const { role, organization } = actorOf(c.ctx, rule);
  const step = stepName(rule, c.op.method);
  if (!c.ctx.session.tokens[role as 'owner'] || organization === undefined) {
    c.flow.record(undefined, skip(`${step}: needs ${FLAG[role]}`), c.op.id);
    return;
  }
  if (c.op.method === 'delete' && isSuccess(rule.status)) {
    c.flow.record(
      undefined,
      skip(`${step}: not exercised (a removed member cannot be added back through the API)`),
      c.op.id,
    );
    return;
  }
  const target = await targetOf(c, rule, role, organization);
  if (!target) {
    c.flow.record(undefined, skip(`${step}: no other ${rule.target} in the organization`), c.op.id);
    return;
  }
  const exchange = await c.ctx.session.send(planFor(c, c.op, organization, target.uuid, rule.level), role, {
    operationId: c.op.id,
    kind: 'probe',
  });
  c.flow.record(exchange, judgeLevelRule(exchange, rule, step));
  const changed = c.op.method !== 'delete' && isSuccess(exchange.response.status);
  // Put the level back: another member's as it was; the caller's own (a change that should have been refused) as
  // its role says, when its uuid is known. The only owner of the disposable organization has nobody to restore it.
  const self = c.ctx.session.users[role]?.uuid;
  const restore =
    target.uuid !== ME
      ? target
      : rule.as !== 'only-owner' && self !== undefined
        ? { uuid: self, level: LEVEL[rule.as] }
        : undefined;
  if (changed && c.patch && restore) {
    const restored = await c.ctx.session.send(
      planFor(c, c.patch, organization, restore.uuid, restore.level),
      'owner',
      {
        operationId: c.patch.id,
        kind: 'probe',
      },
    );
    c.flow.record(
      restored,
      isSuccess(restored.response.status)
        ? pass(`${step}: level restored to ${restore.level}`)
        : fail(`${step}: restoring level ${restore.level} got ${restored.response.status}`),
    );
  }
}

/**
 * The member level rules exactly as the spec tabulates them (`x-level-rules` on the members operations): each row is
 * sent by its caller (member, admin, owner, or the disposable organization's only owner) on its target (`@me`, or
 * another member of that level) and must get the documented status and `detail`. Level changes that went through are
 * restored with the owner's key; removals the rules allow are not exercised (nobody could be added back).
 */
export const memberLevelRules: Check = {
  name: 'member_level_rules',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const ops = ctx.spec.operations.filter((op) => levelRules(op).length > 0);
    if (ops.length === 0) return skipAll('member_level_rules', 'the spec states no x-level-rules');
    const flow = new FlowRecorder(ctx, 'member_level_rules');
    const members = new Map<string, Member[]>();
    for (const op of ops) {
      const param = /\{([^}]+)\}\/?$/.exec(op.path)?.[1];
      const tenant = tenantParameter(op)?.name;
      const list =
        param &&
        ctx.session.allOperations.find(
          (o) => o.method === 'get' && o.path === collectionPath(op.path, param),
        );
      if (!param || !tenant || !list) continue;
      const patch = ctx.session.allOperations.find((o) => o.method === 'patch' && o.path === op.path);
      const c: Context = { ctx, flow, op, patch, list, param, tenant, members };
      for (const rule of levelRules(op)) await exercise(c, rule);
    }
    return flow.results.length
      ? flow.results
      : skipAll('member_level_rules', 'no members list beside the x-level-rules operations');
  },
};
