import type { Exchange, RequestPlan } from '../http/http-types.js';
import { serialiseScalar } from '../http/serialise-request.js';
import { searchParameters } from '../spec/behaviour-rules.js';
import type { OperationInfo, ParameterInfo } from '../spec/spec-types.js';
import { skipAll } from './check-helpers.js';
import type { Check, CheckContext, CheckResult } from './check-types.js';
import { FlowRecorder } from './lifecycle/flow-recorder.js';
import { judgeLinkKeepsQuery, judgeLinkTarget, planFromLink } from './list-links.js';
import { commonTerm, ensureItems, getPage } from './list-semantics.js';
import { paginatedOperations } from './pagination.js';
import { asPage } from './pagination-judges.js';

const PAGE_LIMIT = 1;
const MAX_PAGES = 6;

/** A value for a filter parameter that keeps several items: a common word for a search, a non-default enum value. */
function filterValue(param: ParameterInfo, items: unknown[], op: OperationInfo): unknown {
  const search = searchParameters(op).find((s) => s.param === param);
  if (search) return commonTerm(items, search.rule.fields);
  const schema = (param.schema?.schema ?? {}) as { enum?: unknown[]; default?: unknown };
  if (Array.isArray(schema.enum)) return schema.enum.find((v) => v !== schema.default && v !== null);
  return undefined;
}

/** The filters of a walk: every query parameter but limit/offset that can be given a value keeping several items. */
async function filtersFor(ctx: CheckContext, op: OperationInfo, base: RequestPlan) {
  const { items } = await getPage(ctx, op, base, { limit: 100 });
  const filters: Record<string, string> = {};
  for (const param of op.parameters.filter(
    (p) => p.in === 'query' && p.name !== 'limit' && p.name !== 'offset',
  )) {
    const value = filterValue(param, items ?? [], op);
    if (value !== undefined) filters[param.name] = serialiseScalar(value);
  }
  return filters;
}

/** Walks a filtered list with limit 1, judging every `next`/`previous` link it gets. */
async function walk(
  ctx: CheckContext,
  op: OperationInfo,
  base: RequestPlan,
  flow: FlowRecorder,
  filters: Record<string, string>,
) {
  const sent = { ...filters, limit: String(PAGE_LIMIT) };
  let { exchange }: { exchange: Exchange } = await getPage(ctx, op, base, { ...sent });
  let links = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = asPage(exchange.response.json);
    if (!body) return links;
    for (const [which, link] of [
      ['previous', body.previous],
      ['next', body.next],
    ] as const) {
      if (link === null) continue;
      links++;
      const name = `${which} (page ${page} of ${op.id}?${new URLSearchParams(sent)})`;
      if (!flow.record(exchange, judgeLinkTarget(link, ctx.session.baseUrl, name))) return links;
      flow.record(exchange, judgeLinkKeepsQuery(link, sent, name));
    }
    const follow = body.next === null ? undefined : planFromLink(body.next, ctx.session.baseUrl);
    if (!follow) return links;
    exchange = await ctx.session.send(follow, 'owner', { operationId: op.id, kind: 'probe' });
  }
  return links;
}

/**
 * List links keep every filter: a paginated list is walked with `limit=1` and every filter it has (a search term
 * several items share, a non-default `order`, any other enum), and each `next`/`previous` link must keep every one
 * of them and the limit, and point inside `--base-url`.
 */
export const paginationLinks: Check = {
  name: 'pagination_links',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const flow = new FlowRecorder(ctx, 'pagination_links');
    for (const op of paginatedOperations(ctx.spec.operations)) {
      const base = await ctx.session.plan(op, { minimal: true, label: `links:${op.id}` });
      if (!base) continue;
      await ensureItems(ctx, op, base, 3, 'links-fill');
      const filters = await filtersFor(ctx, op, base);
      // Every filter at once, then each alone: a link that keeps one filter and drops another is named precisely.
      const sets =
        Object.keys(filters).length > 1
          ? [filters, ...Object.entries(filters).map(([k, v]) => ({ [k]: v }))]
          : [filters];
      let links = 0;
      for (const set of sets) links += await walk(ctx, op, base, flow, set);
      if (links === 0)
        flow.record(
          undefined,
          { outcome: 'skip', message: `${op.id}: fewer than two items, no link to judge` },
          op.id,
        );
    }
    return flow.results.length
      ? flow.results
      : skipAll('pagination_links', 'no list operation with limit/offset');
  },
};
