import { searchParameters } from '../spec/behaviour-rules.js';
import { idOf, itemPlan, skipAll } from './check-helpers.js';
import type { Check, CheckContext, CheckResult } from './check-types.js';
import { FlowRecorder, listAll, successStatuses } from './lifecycle/flow-recorder.js';
import { fieldValue, getPage, middleTerm } from './list-semantics.js';
import { asPage } from './pagination-judges.js';
import { type ListedCollection, listedCollections } from './resource-flows.js';
import { fail, isSuccess, pass } from './verdicts.js';

const ATTEMPTS = 3;

/** A list's `count` (one item fetched). */
async function countOf(ctx: CheckContext, c: ListedCollection, pathParams: Record<string, unknown>) {
  const { exchange } = await getPage(
    ctx,
    c.list,
    { method: 'get', pathTemplate: c.list.path, pathParams, query: {}, headers: {} },
    { limit: 1 },
  );
  return { exchange, count: asPage(exchange.response.json)?.count };
}

/**
 * Create → listed and counted → delete → gone from every page of the list, `count` one lower, and not found by the
 * list's search (`x-search`) either. Creation is retried with fresh data (a one-per-type rule may refuse the first).
 */
async function flowFor(ctx: CheckContext, c: ListedCollection, flow: FlowRecorder) {
  let created: Awaited<ReturnType<CheckContext['session']['send']>> | undefined;
  for (let i = 0; i < ATTEMPTS && !(created && isSuccess(created.response.status)); i++) {
    const plan = await ctx.session.plan(c.create, { minimal: i === 0, label: `deleted:${c.create.id}#${i}` });
    if (!plan) return;
    created = await ctx.session.send(plan, 'owner', { operationId: c.create.id, kind: 'probe' });
  }
  const id = created && idOf(created.response.json);
  if (!created || !isSuccess(created.response.status) || id === undefined) return;
  const pathParams = created.plan.pathParams;
  const before = await countOf(ctx, c, pathParams);
  const listed = (await listAll(ctx, c.list, pathParams)) ?? [];
  if (!listed.some((item) => idOf(item) === id)) return; // a list that does not show it is project_lifecycle's finding
  const deleted = await flow.step(
    c.del,
    itemPlan(c.del, created.plan, id),
    successStatuses(c.del),
    `delete ${c.create.id} ${JSON.stringify(id)}`,
  );
  if (!deleted.ok) return;
  const what = `deleted item ${JSON.stringify(id)} (${c.create.id})`;
  const after = (await listAll(ctx, c.list, pathParams)) ?? [];
  const lastList = ctx.session.log.at(-1);
  flow.record(
    lastList,
    after.some((item) => idOf(item) === id)
      ? fail(`${what} is still listed by ${c.list.id}`)
      : pass(`${what} left the list`),
    c.list.id,
  );
  const counted = await countOf(ctx, c, pathParams);
  const expected = (before.count ?? Number.NaN) - 1;
  flow.record(
    counted.exchange,
    counted.count === expected
      ? pass(`${c.list.id} count ${before.count} → ${counted.count}`)
      : fail(
          `after deleting ${JSON.stringify(id)}, ${c.list.id} count is ${counted.count}, expected ${expected} (was ${before.count})`,
        ),
    c.list.id,
  );
  for (const { param, rule } of searchParameters(c.list)) {
    const field = rule.fields.find((f) => typeof fieldValue(created?.response.json, f) === 'string');
    const term = field && middleTerm(String(fieldValue(created?.response.json, field)));
    if (!term) continue;
    const { exchange, items } = await getPage(
      ctx,
      c.list,
      { method: 'get', pathTemplate: c.list.path, pathParams, query: {}, headers: {} },
      { [param.name]: term, limit: 100 },
    );
    if (!items) continue;
    flow.record(
      exchange,
      items.some((item) => idOf(item) === id)
        ? fail(`${what} is still found by ${c.list.id}?${param.name}=${JSON.stringify(term)}`)
        : pass(`${what} is not found by ${param.name}`),
      c.list.id,
    );
  }
}

/** Deleted resources leave every list and its count at once (for every collection the runner can create in). */
export const deletedNotListed: Check = {
  name: 'deleted_not_listed',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const flow = new FlowRecorder(ctx, 'deleted_not_listed');
    for (const c of listedCollections(ctx)) await flowFor(ctx, c, flow);
    return flow.results.length
      ? flow.results
      : skipAll('deleted_not_listed', 'no collection with create, list and delete operations');
  },
};
