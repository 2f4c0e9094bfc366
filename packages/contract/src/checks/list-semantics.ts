import type { Exchange, RequestPlan } from '../http/http-types.js';
import { listItems } from '../run/path-values.js';
import type { Ordering } from '../spec/behaviour-rules.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { CheckContext } from './check-types.js';
import { asPage } from './pagination-judges.js';
import { isSuccess } from './verdicts.js';

/** The value at a dot path of an item (`user.email`). */
export function fieldValue(item: unknown, path: string): unknown {
  let node = item;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** True when one of `fields` of the item contains `term`, ignoring case. */
export const containsIgnoringCase = (item: unknown, fields: string[], term: string) =>
  fields.some((f) => {
    const value = fieldValue(item, f);
    return typeof value === 'string' && value.toLowerCase().includes(term.toLowerCase());
  });

/** A word (3+ letters or digits) found in the most items (at least two), for a filter that keeps several items. */
export function commonTerm(items: unknown[], fields: string[]): string | undefined {
  const words = new Set(
    items.flatMap((item) =>
      fields.flatMap((f) =>
        String(fieldValue(item, f) ?? '')
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u),
      ),
    ),
  );
  let best: { word: string; count: number } | undefined;
  for (const word of words) {
    if (word.length < 3) continue;
    const count = items.filter((item) => containsIgnoringCase(item, fields, word)).length;
    if (
      count >= 2 &&
      (!best || count > best.count || (count === best.count && word.length > best.word.length))
    )
      best = { word, count };
  }
  return best?.word;
}

/** Swaps the case of every letter (`Ada-x` → `aDA-X`): a term that only a case-insensitive search finds. */
export const swapCase = (text: string) =>
  [...text].map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase())).join('');

/**
 * A term taken from the middle of `value` (neither a prefix nor the whole value, up to 10 characters) with its
 * case swapped; undefined when the value is too short or has no letter.
 */
export function middleTerm(value: string): string | undefined {
  if (value.length < 5 || !/\p{L}/u.test(value)) return undefined;
  const term = value.slice(1, 1 + Math.min(10, value.length - 2));
  return /\p{L}/u.test(term) ? swapCase(term) : undefined;
}

/** Compares two field values for ordering: numbers, ISO dates, then strings. */
function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const da = typeof a === 'string' ? Date.parse(a) : Number.NaN;
  const db = typeof b === 'string' ? Date.parse(b) : Number.NaN;
  if (!Number.isNaN(da) && !Number.isNaN(db) && /^\d{4}-\d\d-\d\d/.test(String(a))) return da - db;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** The first adjacent pair out of `ordering` (ties allowed), or undefined when the items are in order. */
export function firstDisorder(
  items: unknown[],
  ordering: Ordering,
): { index: number; a: unknown; b: unknown } | undefined {
  for (let i = 0; i + 1 < items.length; i++) {
    const a = fieldValue(items[i], ordering.field);
    const b = fieldValue(items[i + 1], ordering.field);
    const order = compare(a, b) * (ordering.descending ? -1 : 1);
    if (order > 0) return { index: i, a, b };
  }
  return undefined;
}

/** Number of distinct values of a field among items (an order over fewer than two is not observable). */
export const distinctValues = (items: unknown[], field: string) =>
  new Set(items.map((i) => JSON.stringify(fieldValue(i, field)))).size;

/** One page of a list: the exchange and its items. */
export async function getPage(
  ctx: CheckContext,
  op: OperationInfo,
  base: RequestPlan,
  query: Record<string, unknown>,
): Promise<{ exchange: Exchange; items: unknown[] | undefined }> {
  const exchange = await ctx.session.send({ ...base, query }, 'owner', { operationId: op.id, kind: 'probe' });
  return {
    exchange,
    items: isSuccess(exchange.response.status) ? listItems(exchange.response.json) : undefined,
  };
}

/**
 * Creates items in the list's collection (the POST on the same path, named with the seed, cleaned up at the end)
 * until the list counts at least `minimum`, with fresh data each time (a one-per-type rule refuses some); gives up
 * after three refusals. Returns the count reached.
 */
export async function ensureItems(
  ctx: CheckContext,
  list: OperationInfo,
  base: RequestPlan,
  minimum: number,
  label: string,
): Promise<number> {
  const countOf = async () => {
    const e = await ctx.session.send({ ...base, query: { limit: 1 } }, 'owner', {
      operationId: list.id,
      kind: 'probe',
    });
    return asPage(e.response.json)?.count ?? 0;
  };
  let count = await countOf();
  const create = ctx.session.allOperations.find((o) => o.method === 'post' && o.path === list.path);
  if (!create || ctx.session.readOnly) return count;
  for (let i = 0; count < minimum && i < minimum; i++) {
    const plan = await ctx.session.plan(create, {
      minimal: true,
      label: `${label}:${create.id}#${i}`,
      pathValues: base.pathParams,
    });
    if (!plan) break;
    const created = await ctx.session.send(plan, 'owner', { operationId: create.id, kind: 'probe' });
    if (!isSuccess(created.response.status)) break;
    count++;
  }
  return count;
}
