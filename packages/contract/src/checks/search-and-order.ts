import type { RequestPlan } from '../http/http-types.js';
import {
  defaultOrder,
  type Ordering,
  orderingParameter,
  parseOrdering,
  type SearchRule,
  searchParameters,
} from '../spec/behaviour-rules.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { idOf, skipAll } from './check-helpers.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { FlowRecorder } from './lifecycle/flow-recorder.js';
import {
  containsIgnoringCase,
  distinctValues,
  ensureItems,
  fieldValue,
  firstDisorder,
  getPage,
  middleTerm,
} from './list-semantics.js';
import { fail, pass, skip } from './verdicts.js';

const PAGE = 100;
const label = (item: unknown) => JSON.stringify(idOf(item) ?? item);

/** The items of one page are in `ordering` (ties allowed); `source` names where the ordering comes from. */
export function judgeOrder(items: unknown[], ordering: Ordering, source: string): Verdict {
  const text = `${ordering.descending ? '-' : ''}${ordering.field}`;
  if (distinctValues(items, ordering.field) < 2)
    return skip(`${source}: fewer than two distinct ${ordering.field} values, order ${text} not observable`);
  const wrong = firstDisorder(items, ordering);
  return wrong
    ? fail(
        `${source}: items are not in ${text} order: item ${wrong.index + 1} (${ordering.field} ${JSON.stringify(wrong.a)}) comes before item ${wrong.index + 2} (${ordering.field} ${JSON.stringify(wrong.b)})`,
      )
    : pass(`${source}: ${items.length} items in ${text} order`);
}

/**
 * A search for `term` (a swapped-case piece from the middle of one item's field) must return that item, and only
 * items containing the term in one of the rule's fields, whatever the case (`contains-ignoring-case`).
 */
export function judgeSearch(
  items: unknown[],
  count: number | undefined,
  rule: SearchRule,
  term: string,
  source: { item: unknown; field: string },
): Verdict {
  const query = `search=${JSON.stringify(term)}`;
  const stray = items.find((item) => !containsIgnoringCase(item, rule.fields, term));
  if (stray !== undefined)
    return fail(
      `${query} returned ${label(stray)}, whose ${rule.fields.join(', ')} do not contain ${JSON.stringify(term)} ignoring case`,
    );
  const found = items.some(
    (item) => JSON.stringify(idOf(item) ?? item) === JSON.stringify(idOf(source.item) ?? source.item),
  );
  if (!found && (count === undefined || count <= items.length))
    return fail(
      `${query} did not return ${label(source.item)}, whose ${source.field} ${JSON.stringify(fieldValue(source.item, source.field))} contains it ignoring case (x-search: contains-ignoring-case)`,
    );
  return pass(`${query}: ${items.length} matching item(s), the searched one included`);
}

async function checkDefaultOrder(
  ctx: CheckContext,
  op: OperationInfo,
  base: RequestPlan,
  flow: FlowRecorder,
) {
  const ordering = defaultOrder(op);
  if (!ordering) return;
  const { exchange, items } = await getPage(ctx, op, base, { limit: PAGE });
  if (items)
    flow.record(exchange, judgeOrder(items, ordering, `default order (x-default-order) of ${op.id}`));
}

async function checkOrderings(ctx: CheckContext, op: OperationInfo, base: RequestPlan, flow: FlowRecorder) {
  const ordering = orderingParameter(op);
  if (!ordering) return;
  for (const value of ordering.values) {
    const { exchange, items } = await getPage(ctx, op, base, { [ordering.param.name]: value, limit: PAGE });
    if (items)
      flow.record(
        exchange,
        judgeOrder(items, parseOrdering(value), `${op.id}?${ordering.param.name}=${value}`),
      );
  }
}

async function checkSearches(ctx: CheckContext, op: OperationInfo, base: RequestPlan, flow: FlowRecorder) {
  for (const { param, rule } of searchParameters(op)) {
    const { items } = await getPage(ctx, op, base, { limit: PAGE });
    // The first item's longest searchable value gives the most distinctive term.
    let source: { item: unknown; field: string; term: string } | undefined;
    for (const item of items ?? []) {
      const fields = rule.fields
        .filter((field) => typeof fieldValue(item, field) === 'string')
        .sort((a, b) => String(fieldValue(item, b)).length - String(fieldValue(item, a)).length);
      const field = fields.find((f) => middleTerm(String(fieldValue(item, f))) !== undefined);
      if (field) source = { item, field, term: middleTerm(String(fieldValue(item, field))) as string };
      if (source) break;
    }
    if (!source) {
      flow.record(undefined, skip(`${op.id}: no item with a searchable ${rule.fields.join(' or ')}`), op.id);
      continue;
    }
    const found = await getPage(ctx, op, base, { [param.name]: source.term, limit: PAGE });
    if (!found.items) continue;
    const count = (found.exchange.response.json as { count?: unknown } | undefined)?.count;
    flow.record(
      found.exchange,
      judgeSearch(found.items, typeof count === 'number' ? count : undefined, rule, source.term, source),
    );
  }
}

/**
 * Search and order semantics stated by the spec: every list with `x-default-order` is in that order without
 * parameters; every value of an `x-ordering` parameter orders the list by that field; every `x-search` parameter
 * finds an existing item by a swapped-case piece from the middle of one of its fields, and returns only items that
 * contain it. Lists get at least three items first (created by the runner where the API can).
 */
export const searchAndOrder: Check = {
  name: 'search_and_order',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const flow = new FlowRecorder(ctx, 'search_and_order');
    const lists = ctx.spec.operations.filter(
      (op) =>
        op.method === 'get' && (defaultOrder(op) || orderingParameter(op) || searchParameters(op).length),
    );
    for (const op of lists) {
      const base = await ctx.session.plan(op, { minimal: true, label: `order:${op.id}` });
      if (!base) continue;
      await ensureItems(ctx, op, base, 3, 'order-fill');
      await checkDefaultOrder(ctx, op, base, flow);
      await checkOrderings(ctx, op, base, flow);
      await checkSearches(ctx, op, base, flow);
    }
    return flow.results.length
      ? flow.results
      : skipAll('search_and_order', 'the spec states no x-default-order, x-ordering or x-search');
  },
};
