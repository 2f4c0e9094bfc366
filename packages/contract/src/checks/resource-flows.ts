import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { idOf, itemOperation, itemPlan } from './check-helpers.js';
import type { CheckContext } from './check-types.js';
import { isSuccess } from './verdicts.js';

/** A collection the runner can create items in, with its item operations. */
export interface Collection {
  create: OperationInfo;
  get: OperationInfo;
  patch: OperationInfo | undefined;
  del: OperationInfo | undefined;
}

/** Every POST collection that has a GET item operation (`…/projects/` + `…/projects/{id}/`). */
export function creatableCollections(ctx: CheckContext): Collection[] {
  return ctx.spec.operations
    .filter((o) => o.method === 'post')
    .flatMap((create) => {
      const get = itemOperation(ctx, create.path, 'get');
      if (!get) return [];
      return [
        {
          create,
          get,
          patch: itemOperation(ctx, create.path, 'patch'),
          del: itemOperation(ctx, create.path, 'delete'),
        },
      ];
    });
}

/** A collection with create, list (GET on the same path) and item delete operations. */
export interface ListedCollection {
  create: OperationInfo;
  list: OperationInfo;
  del: OperationInfo;
}

/** Every POST collection that is also listed and whose items can be deleted (`…/invites/` + `…/invites/{id}/`). */
export function listedCollections(ctx: CheckContext): ListedCollection[] {
  return ctx.spec.operations
    .filter((o) => o.method === 'post')
    .flatMap((create) => {
      const list = ctx.spec.operations.find((o) => o.method === 'get' && o.path === create.path);
      const del = itemOperation(ctx, create.path, 'delete');
      return list && del ? [{ create, list, del }] : [];
    });
}

/** Creates one item (owner token). Returns the exchange and the new id (undefined when creation failed). */
export async function createItem(
  ctx: CheckContext,
  c: Collection,
  label: string,
  minimal = true,
): Promise<{ exchange: Exchange; id: unknown } | undefined> {
  const plan = await ctx.session.plan(c.create, { minimal, label });
  if (!plan) return undefined;
  const exchange = await ctx.session.send(plan, 'owner', { operationId: c.create.id, kind: 'probe' });
  return { exchange, id: isSuccess(exchange.response.status) ? idOf(exchange.response.json) : undefined };
}

/** Sends an item operation (GET/PATCH/DELETE) for `id`, reusing the creation's path parameters. */
export function sendItem(
  ctx: CheckContext,
  op: OperationInfo,
  created: Exchange,
  id: unknown,
  body?: unknown,
): Promise<Exchange> {
  return ctx.session.send(itemPlan(op, created.plan, id, body), 'owner', {
    operationId: op.id,
    kind: 'probe',
  });
}
