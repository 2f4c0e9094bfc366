import type { RequestPlan, TokenRole } from '../../http/http-types.js';
import { isAllOrNothing } from '../../spec/behaviour-rules.js';
import { skipAll } from '../check-helpers.js';
import type { Check, CheckContext, CheckResult } from '../check-types.js';
import { getPage } from '../list-semantics.js';
import { fail, pass } from '../verdicts.js';
import { FlowRecorder, listAll, successStatuses } from './flow-recorder.js';
import { inviteOperations } from './invite-lifecycle.js';
import { LEVEL } from './member-level-rules.js';

const emailOf = (item: unknown) =>
  String((item as { target_email?: unknown })?.target_email ?? '').toLowerCase();

/** The created invites come back in request order, one per item, with the requested e-mails. */
export function judgeBulkCreated(json: unknown, emails: string[]) {
  if (!Array.isArray(json))
    return fail(`bulk create returned ${JSON.stringify(json)?.slice(0, 80)}, expected an array`);
  const got = json.map(emailOf);
  return JSON.stringify(got) === JSON.stringify(emails)
    ? pass(`bulk created ${emails.length} invites in order`)
    : fail(
        `bulk create returned e-mails ${JSON.stringify(got)}, expected ${JSON.stringify(emails)} in that order`,
      );
}

/** A batch that must be refused as a whole: its items, the expected status, and the role that sends it. */
interface RefusedBatch {
  step: string;
  items: unknown[];
  status: number;
  role: TokenRole;
  /** The valid item of the batch, which must not have been created. */
  innocent: string;
}

/**
 * Bulk invites, all or nothing (`x-all-or-nothing` on an array-body create): a valid batch is created in order; a
 * batch refused for one item — schema-invalid (400), for the address of an existing member (400), or with a level
 * above the requester's (403, sent by the admin) — creates none of its items.
 */
export const bulkInviteAtomicity: Check = {
  name: 'bulk_invite_atomicity',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const bulk = ctx.spec.operations.find((o) => o.method === 'post' && isAllOrNothing(o));
    const ops = inviteOperations(ctx);
    if (!bulk || !ops)
      return skipAll('bulk_invite_atomicity', 'the spec states no x-all-or-nothing invite operation');
    const base = await ctx.session.plan(bulk, { minimal: true, label: 'lifecycle:bulk' });
    const value = base?.body?.value;
    const sample = Array.isArray(value) ? (value[0] as unknown) : undefined;
    if (!base || sample === null || typeof sample !== 'object')
      return skipAll('bulk_invite_atomicity', 'cannot build a bulk invite request');
    const item = (i: number, extra: Record<string, unknown> = {}) => ({
      ...sample,
      target_email: `contract-${ctx.session.seed}-bulk-${i}@example.com`,
      ...extra,
    });
    const flow = new FlowRecorder(ctx, 'bulk_invite_atomicity');
    const emails = [0, 1].map((i) => item(i).target_email);
    const good = await ctx.session.plan(bulk, { body: [item(0), item(1)], pathValues: base.pathParams });
    if (good) {
      const created = await flow.step(bulk, good, successStatuses(bulk), 'bulk create two invites');
      if (created.ok) flow.record(created.exchange, judgeBulkCreated(created.exchange.response.json, emails));
    }
    const batches: RefusedBatch[] = [
      {
        step: 'bulk create with one invalid item',
        items: [item(2), item(3, { target_email: 'not-an-email' })],
        status: 400,
        role: 'owner',
        innocent: item(2).target_email,
      },
    ];
    const memberEmail = await existingMemberEmail(ctx, base.pathParams);
    if (memberEmail)
      batches.push({
        step: `bulk create with one item for an existing member's address (${memberEmail})`,
        items: [item(4), item(5, { target_email: memberEmail })],
        status: 400,
        role: 'owner',
        innocent: item(4).target_email,
      });
    if (ctx.session.tokens.admin)
      batches.push({
        step: "bulk create by an admin with one item above the admin's level (owner)",
        items: [item(6, { level: LEVEL.admin }), item(7, { level: LEVEL.owner })],
        status: 403,
        role: 'admin',
        innocent: item(6).target_email,
      });
    for (const batch of batches) {
      // Built by hand: a schema-invalid batch cannot pass the runner's own validation.
      const plan: RequestPlan = { ...base, body: { mediaType: 'application/json', value: batch.items } };
      const refused = await flow.step(bulk, plan, [batch.status], batch.step, batch.role);
      const listed = (await listAll(ctx, ops.list, base.pathParams)) ?? [];
      const leaked = listed.some((i) => emailOf(i) === batch.innocent);
      flow.record(
        refused.exchange,
        leaked
          ? fail(`${batch.step}: the refused batch still created the invite for ${batch.innocent}`)
          : pass(`${batch.step}: nothing created`),
      );
    }
    return flow.results;
  },
};

/** The e-mail of a member of the organization (a schema-valid address an invite may not target). */
async function existingMemberEmail(
  ctx: CheckContext,
  pathParams: Record<string, unknown>,
): Promise<string | undefined> {
  const members = ctx.session.allOperations.find((o) => o.method === 'get' && /\/members\/?$/.test(o.path));
  if (!members) return undefined;
  const { items } = await getPage(
    ctx,
    members,
    { method: 'get', pathTemplate: members.path, pathParams, query: {}, headers: {} },
    { limit: 1 },
  );
  const email = (items?.[0] as { user?: { email?: unknown } } | undefined)?.user?.email;
  return typeof email === 'string' ? email : undefined;
}
