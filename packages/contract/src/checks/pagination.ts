import type { Exchange, RequestPlan } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { idOf, itemOperation, itemPlan, skipAll } from './check-helpers.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { judgeLinkTarget, planFromLink } from './list-links.js';
import { ensureItems } from './list-semantics.js';
import {
  asPage,
  judgeCountDelta,
  judgeDefaultPage,
  judgeOffsetPastEnd,
  judgeWalk,
  type Page,
} from './pagination-judges.js';
import { fail, isSuccess, skip } from './verdicts.js';

const WALK_LIMIT = 2;
const MAX_PAGES = 25;

/** List operations with `limit` and `offset` query parameters. */
export function paginatedOperations(ops: readonly OperationInfo[]): OperationInfo[] {
  return ops.filter(
    (o) =>
      o.method === 'get' &&
      ['limit', 'offset'].every((n) => o.parameters.some((p) => p.in === 'query' && p.name === n)),
  );
}

async function paginate(ctx: CheckContext, op: OperationInfo): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const report = (e: Exchange, v: Verdict) => out.push(ctx.session.result('pagination', e, v));
  const base = await ctx.session.plan(op, { minimal: true, label: `pagination:${op.id}` });
  if (!base) return out;
  const get = (query: Record<string, unknown>, plan = base) =>
    ctx.session.send({ ...plan, query: { ...query } }, 'owner', { operationId: op.id, kind: 'probe' });
  const pageOf = (e: Exchange): Page | undefined => {
    const page = isSuccess(e.response.status) ? asPage(e.response.json) : undefined;
    if (!page) report(e, fail(`List did not return a page envelope (status ${e.response.status})`));
    return page;
  };
  // Enough items (named with the seed, cleaned up later) for a walk with WALK_LIMIT to span three pages.
  await ensureItems(ctx, op, base, WALK_LIMIT * 2 + 1, 'pagination-fill');
  const first = await get({});
  const firstPage = pageOf(first);
  if (!firstPage) return out;
  const limitParam = op.parameters.find((p) => p.name === 'limit');
  const defaultLimit = (limitParam?.schema?.schema as { default?: unknown } | undefined)?.default;
  report(first, judgeDefaultPage(firstPage, typeof defaultLimit === 'number' ? defaultLimit : undefined));

  const pages: Page[] = [];
  let exchange = await get({ limit: WALK_LIMIT });
  let page = pageOf(exchange);
  while (page) {
    pages.push(page);
    if (page.next === null || pages.length >= MAX_PAGES) break;
    const follow = planFromLink(page.next, ctx.session.baseUrl);
    if (!follow) {
      report(exchange, judgeLinkTarget(page.next, ctx.session.baseUrl, `next (page ${pages.length})`));
      return out;
    }
    exchange = await ctx.session.send(follow, 'owner', { operationId: op.id, kind: 'probe' });
    page = pageOf(exchange);
  }
  if (pages.length) report(exchange, judgeWalk(pages, WALK_LIMIT, (pages.at(-1)?.next ?? null) !== null));

  const offset = firstPage.count + 10;
  const past = await get({ limit: WALK_LIMIT, offset });
  const pastPage = pageOf(past);
  if (pastPage) report(past, judgeOffsetPastEnd(pastPage, firstPage.count, offset));
  if (!ctx.session.readOnly) await countDelta(ctx, op, base, report);
  return out;
}

async function countDelta(
  ctx: CheckContext,
  op: OperationInfo,
  base: RequestPlan,
  report: (e: Exchange, v: Verdict) => void,
) {
  const create = ctx.spec.operations.find((o) => o.method === 'post' && o.path === op.path);
  const del = create && itemOperation(ctx, op.path, 'delete');
  if (!create || !del) return;
  const count = async () => {
    const e = await ctx.session.send({ ...base, query: { limit: 1 } }, 'owner', {
      operationId: op.id,
      kind: 'probe',
    });
    return { e, count: asPage(e.response.json)?.count };
  };
  const before = await count();
  const plan = await ctx.session.plan(create, { minimal: true, label: `pagination-count:${create.id}` });
  if (!plan || before.count === undefined) return;
  const created = await ctx.session.send(plan, 'owner', { operationId: create.id, kind: 'probe' });
  const id = idOf(created.response.json);
  if (!isSuccess(created.response.status) || id === undefined) {
    report(created, skip(`create returned ${created.response.status}; count delta not checked`));
    return;
  }
  const afterCreate = await count();
  report(afterCreate.e, judgeCountDelta('create', before.count, afterCreate.count ?? Number.NaN));
  const deleted = await ctx.session.send(itemPlan(del, created.plan, id), 'owner', {
    operationId: del.id,
    kind: 'probe',
  });
  if (!isSuccess(deleted.response.status)) return;
  const afterDelete = await count();
  const getItem = itemOperation(ctx, op.path, 'get');
  const still =
    getItem &&
    (await ctx.session.send(itemPlan(getItem, created.plan, id), 'owner', {
      operationId: getItem.id,
      kind: 'probe',
    }));
  const pending =
    (still?.response.json as { is_pending_deletion?: unknown } | undefined)?.is_pending_deletion === true;
  if (still && isSuccess(still.response.status) && pending && afterDelete.count === afterCreate.count) {
    report(
      afterDelete.e,
      skip('deleted item is still readable (pending deletion); delete count delta not applicable'),
    );
    return;
  }
  report(
    afterDelete.e,
    judgeCountDelta('delete', afterCreate.count ?? Number.NaN, afterDelete.count ?? Number.NaN),
  );
}

export const pagination: Check = {
  name: 'pagination',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const ops = paginatedOperations(ctx.spec.operations);
    if (!ops.length) return skipAll('pagination', 'no list operation with limit/offset parameters');
    const results: CheckResult[] = [];
    for (const op of ops) results.push(...(await paginate(ctx, op)));
    return results;
  },
};
