import { uniqueRule } from '../../spec/behaviour-rules.js';
import { findOperation, idOf, itemOperation, itemPlan, skipAll } from '../check-helpers.js';
import type { Check, CheckContext, CheckResult } from '../check-types.js';
import { fail, pass } from '../verdicts.js';
import { FlowRecorder, listAll, planWith, successStatuses } from './flow-recorder.js';

/** The invite operations: create/list on `…/invites/`, delete on `…/invites/{id}/`. */
export function inviteOperations(ctx: CheckContext) {
  const create = findOperation(ctx, 'post', /\/invites\/?$/);
  const list = create && ctx.spec.operations.find((o) => o.method === 'get' && o.path === create.path);
  const del = create && itemOperation(ctx, create.path, 'delete');
  return create && list && del ? { create, list, del } : undefined;
}

const emailOf = (item: unknown) =>
  String((item as { target_email?: unknown })?.target_email ?? '').toLowerCase();

/** Invite create → list (present) → delete → list (absent) → delete again (404). */
export const inviteLifecycle: Check = {
  name: 'invite_lifecycle',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const ops = inviteOperations(ctx);
    if (!ops) return skipAll('invite_lifecycle', 'the spec has no invite create/list/delete');
    const flow = new FlowRecorder(ctx, 'invite_lifecycle');
    const email = `contract-${ctx.session.seed}-invite@example.com`;
    const plan = await planWith(ctx, ops.create, { target_email: email }, 'lifecycle:invite');
    if (!plan) return skipAll('invite_lifecycle', 'cannot build an invite creation request');
    const created = await flow.step(ops.create, plan, successStatuses(ops.create), 'create invite');
    const id = idOf(created.exchange.response.json);
    if (!created.ok || id === undefined) return flow.results;
    const listed = await listAll(ctx, ops.list, plan.pathParams);
    flow.record(
      created.exchange,
      listed?.some((i) => idOf(i) === id)
        ? pass('invite is listed')
        : fail(`created invite ${JSON.stringify(id)} is not listed`),
    );
    const deleted = await flow.step(
      ops.del,
      itemPlan(ops.del, plan, id),
      successStatuses(ops.del),
      'delete invite',
    );
    if (!deleted.ok) return flow.results;
    const after = await listAll(ctx, ops.list, plan.pathParams);
    flow.record(
      deleted.exchange,
      after?.some((i) => idOf(i) === id || emailOf(i) === email)
        ? fail('deleted invite is still listed')
        : pass('deleted invite is gone from the list'),
    );
    await flow.step(ops.del, itemPlan(ops.del, plan, id), [404], 'delete the same invite again');
    return flow.results;
  },
};

/** The address in another case: each word of the local part capitalised, the domain upper-cased. */
export const otherCase = (email: string) =>
  email
    .replace(/^[^@]+/, (local) => local.replace(/(^|[-._])([a-z])/g, (_, sep, c) => sep + c.toUpperCase()))
    .replace(/@.*$/, (d) => d.toUpperCase());

/**
 * Re-inviting replaces (`x-unique` with `on-conflict: replace` on the create operation): after a second invite for
 * the same address, and (`ignore-case`) a third for the address in another case, exactly one invite is listed for
 * it: the newest.
 */
export const reinviteReplacement: Check = {
  name: 'reinvite_replacement',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const ops = inviteOperations(ctx);
    const rule = ops && uniqueRule(ops.create);
    const field = rule?.onConflict === 'replace' ? rule.fields[0] : undefined;
    if (!ops || !rule || !field)
      return skipAll('reinvite_replacement', 'the spec states no replacing x-unique on an invite create');
    const flow = new FlowRecorder(ctx, 'reinvite_replacement');
    const email = `contract-${ctx.session.seed}-reinvite@example.com`;
    const sendInvite = async (address: string, step: string) => {
      const plan = await planWith(ctx, ops.create, { [field]: address }, `lifecycle:reinvite:${address}`);
      return plan && flow.step(ops.create, plan, successStatuses(ops.create), step);
    };
    const first = await sendInvite(email, 'first invite');
    const second = await sendInvite(email, 'second invite, same e-mail');
    if (!first?.ok || !second?.ok) return flow.results;
    const listedFor = async () => {
      const items = (await listAll(ctx, ops.list, second.exchange.plan.pathParams)) ?? [];
      return items.filter((i) => emailOf(i) === email).map(idOf);
    };
    const [id1, id2] = [idOf(first.exchange.response.json), idOf(second.exchange.response.json)];
    let ids = await listedFor();
    flow.record(
      second.exchange,
      ids.length === 1 && ids[0] === id2 && id1 !== id2
        ? pass('re-invite replaced the earlier invite')
        : fail(
            `after re-inviting ${email}, invites listed for it are ${JSON.stringify(ids)}; expected only the new one ${JSON.stringify(id2)} (first was ${JSON.stringify(id1)})`,
          ),
    );
    if (!rule.ignoreCase) return flow.results;
    const variant = otherCase(email);
    const third = await sendInvite(variant, 'third invite, same e-mail in another case');
    if (!third?.ok) return flow.results;
    const id3 = idOf(third.exchange.response.json);
    ids = await listedFor();
    flow.record(
      third.exchange,
      ids.length === 1 && ids[0] === id3
        ? pass('re-invite in another case replaced the earlier invite')
        : fail(
            `after re-inviting ${email} as ${variant} (x-unique ignores case), invites listed for it are ${JSON.stringify(ids)}; expected only the new one ${JSON.stringify(id3)} (the earlier was ${JSON.stringify(id2)})`,
          ),
    );
    return flow.results;
  },
};
