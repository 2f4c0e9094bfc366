import type { Exchange } from '../http/http-types.js';
import type { SpecIndex } from '../spec/spec-types.js';
import { listItems } from './path-values.js';
import type { RunSession } from './session.js';

/**
 * When valid data for a creation is refused with a 400 naming a field (`attr`), looks for an existing item of the
 * collection with the same value for that field: a uniqueness rule (one legal document per type) refusing it is
 * state, not a contract violation. Returns `attr=value` when such an item exists.
 */
export async function findStateConflict(
  spec: SpecIndex,
  session: RunSession,
  exchange: Exchange,
): Promise<string | undefined> {
  const attr = (exchange.response.json as { attr?: unknown } | undefined)?.attr;
  const body = exchange.plan.body?.value;
  if (exchange.plan.method !== 'post' || exchange.response.status !== 400 || typeof attr !== 'string')
    return undefined;
  if (body === null || typeof body !== 'object' || Array.isArray(body) || !(attr in body)) return undefined;
  const list = spec.operations.find((o) => o.method === 'get' && o.path === exchange.plan.pathTemplate);
  if (!list) return undefined;
  const plan = await session.plan(list, {
    minimal: true,
    pathValues: exchange.plan.pathParams,
    label: `conflict:${list.id}`,
  });
  if (!plan) return undefined;
  const listed = await session.send({ ...plan, query: { ...plan.query, limit: 100 } }, 'owner', {
    operationId: list.id,
    kind: 'probe',
  });
  const value = JSON.stringify((body as Record<string, unknown>)[attr]);
  const clash = listItems(listed.response.json).some(
    (item) => JSON.stringify((item as Record<string, unknown>)?.[attr]) === value,
  );
  return clash ? `${attr}=${value}` : undefined;
}
