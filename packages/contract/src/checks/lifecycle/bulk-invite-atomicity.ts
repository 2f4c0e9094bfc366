import type { RequestPlan } from '../../http/http-types.js';
import { findOperation, skipAll } from '../check-helpers.js';
import type { Check, CheckResult } from '../check-types.js';
import { fail, pass } from '../verdicts.js';
import { FlowRecorder, listAll, successStatuses } from './flow-recorder.js';
import { inviteOperations } from './invite-lifecycle.js';

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

/** Bulk invites: a valid batch is created in order; a batch with one invalid item creates nothing. */
export const bulkInviteAtomicity: Check = {
  name: 'bulk_invite_atomicity',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const bulk = findOperation(ctx, 'post', /\/invites\/bulk\/?$/);
    const ops = inviteOperations(ctx);
    if (!bulk || !ops) return skipAll('bulk_invite_atomicity', 'the spec has no bulk invite operation');
    const base = await ctx.session.plan(bulk, { minimal: true, label: 'lifecycle:bulk' });
    const value = base?.body?.value;
    const sample = Array.isArray(value) ? (value[0] as unknown) : undefined;
    if (!base || sample === null || typeof sample !== 'object')
      return skipAll('bulk_invite_atomicity', 'cannot build a bulk invite request');
    const item = (i: number) => ({
      ...sample,
      target_email: `contract-${ctx.session.seed}-bulk-${i}@example.com`,
    });
    const flow = new FlowRecorder(ctx, 'bulk_invite_atomicity');
    const emails = [0, 1].map((i) => item(i).target_email);
    const good = await ctx.session.plan(bulk, { body: [item(0), item(1)], pathValues: base.pathParams });
    if (good) {
      const created = await flow.step(bulk, good, successStatuses(bulk), 'bulk create two invites');
      if (created.ok) flow.record(created.exchange, judgeBulkCreated(created.exchange.response.json, emails));
    }
    // Deliberately invalid second item: this request is built by hand, it cannot pass validation.
    const poisoned: RequestPlan = {
      ...base,
      body: { mediaType: 'application/json', value: [item(2), { ...item(3), target_email: 'not-an-email' }] },
    };
    const rejected = await flow.step(bulk, poisoned, [400], 'bulk create with one invalid item');
    const listed = (await listAll(ctx, ops.list, base.pathParams)) ?? [];
    const leaked = listed.some((i) => emailOf(i) === item(2).target_email);
    flow.record(
      rejected.exchange,
      leaked
        ? fail(`a rejected bulk request still created the invite for ${item(2).target_email}`)
        : pass('rejected bulk request created nothing'),
    );
    return flow.results;
  },
};
