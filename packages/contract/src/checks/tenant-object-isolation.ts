import type { Exchange } from '../http/http-types.js';
import { collectionPath, pickParam } from '../run/path-values.js';
import { tenantParameter } from '../spec/behaviour-rules.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { operationsToExercise, skipAll } from './check-helpers.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { FlowRecorder, listAll } from './lifecycle/flow-recorder.js';
import { fail, isSuccess, pass, unlessThrottled } from './verdicts.js';

/** One of organization B's resources, addressed by a path parameter, and how to read it back with B's key. */
interface ForeignResource {
  /** `id` in `…/projects/{id}/`. */
  param: string;
  value: unknown;
  /** `…/projects/` */
  collection: string;
  /** Reads it with B's key: the item (undefined when gone) and the request that read it. */
  read: () => Promise<{ item: unknown; exchange: Exchange | undefined }>;
  before: unknown;
}

/** Fields that change without any write (recomputed on every read). */
const VOLATILE = new Set(['live_events_token', 'last_login']);

/** Crossing organizations by object id must yield 403 or 404 — never 2xx (nor anything else). */
export const judgeForeignObject = unlessThrottled(function judgeForeignObject(
  exchange: Exchange,
  op: OperationInfo,
  what: string,
): Verdict {
  const { status } = exchange.response;
  if (status === 403 || status === 404) return pass(`${what}: ${status}`);
  if (isSuccess(status))
    return fail(
      `Tenant isolation broken at the object level: ${op.id} with ${what} through this organization's path answered ${status}`,
    );
  return fail(`${op.id} with ${what} through this organization's path got ${status}, expected 403 or 404`);
});

/** B's resource must be exactly as before the requests through A's path (present, same fields). */
export function judgeForeignUnchanged(
  what: string,
  before: unknown,
  after: unknown,
  operations: string[],
): Verdict {
  const via = `after ${operations.join(', ')} through this organization's path`;
  if (after === undefined) return fail(`${what} is gone ${via}`);
  const a = (before ?? {}) as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const changed = Object.keys({ ...a, ...b })
    .filter((k) => !VOLATILE.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((k) => `${k} ${JSON.stringify(a[k])} → ${JSON.stringify(b[k])}`);
  const shown =
    changed.slice(0, 5).join('; ') + (changed.length > 5 ? ` (and ${changed.length - 5} more fields)` : '');
  return changed.length ? fail(`${what} changed ${via}: ${shown}`) : pass(`${what} unchanged`);
}

/**
 * Finds (or creates, with B's owner key, through the API) a resource of organization B for each non-tenant path
 * parameter of `op`; remembered per collection so every operation on it uses the same one.
 */
async function foreignValues(
  ctx: CheckContext,
  op: OperationInfo,
  tenant: string,
  found: Map<string, ForeignResource>,
): Promise<Record<string, unknown> | undefined> {
  const other = ctx.session.otherOrganizationId as string;
  const values: Record<string, unknown> = { [tenant]: other };
  for (const param of op.parameters.filter((p) => p.in === 'path' && p.name !== tenant)) {
    const collection = collectionPath(op.path, param.name);
    let resource = found.get(`${collection} ${param.name}`);
    if (!resource) {
      resource = await findForeign(ctx, collection, param.name, { ...values });
      if (!resource) return undefined;
      found.set(`${collection} ${param.name}`, resource);
    }
    values[param.name] = resource.value;
  }
  return values;
}

async function findForeign(
  ctx: CheckContext,
  collection: string,
  param: string,
  known: Record<string, unknown>,
): Promise<ForeignResource | undefined> {
  // Prerequisites come from the whole spec, not only the selected operations.
  const all = ctx.session.allOperations;
  const creator = all.find((o) => o.method === 'post' && o.path === collection);
  const lister = all.find((o) => o.method === 'get' && o.path === collection);
  const getter = all.find(
    (o) =>
      o.method === 'get' &&
      o.path.startsWith(collection) &&
      o.path.slice(collection.length) === `{${param}}/`,
  );
  let value: unknown;
  if (creator && !ctx.session.readOnly) {
    const plan = await ctx.session.plan(creator, {
      minimal: true,
      pathValues: known,
      label: `foreign:${creator.id}`,
    });
    const created =
      plan && (await ctx.session.send(plan, 'otherOrg', { operationId: creator.id, kind: 'probe' }));
    if (created && isSuccess(created.response.status)) value = pickParam(created.response.json, param);
  }
  if (value === undefined && lister) {
    const items = (await listAll(ctx, lister, known, { role: 'otherOrg' })) ?? [];
    value = pickParam(items[0], param);
  }
  if (value === undefined) return undefined;
  const read = async (): Promise<{ item: unknown; exchange: Exchange | undefined }> => {
    if (getter) {
      const exchange = await ctx.session.send(
        {
          method: 'get',
          pathTemplate: getter.path,
          pathParams: { ...known, [param]: value },
          query: {},
          headers: {},
        },
        'otherOrg',
        { operationId: getter.id, kind: 'probe' },
      );
      return { item: isSuccess(exchange.response.status) ? exchange.response.json : undefined, exchange };
    }
    const items = lister ? ((await listAll(ctx, lister, known, { role: 'otherOrg' })) ?? []) : [];
    const exchange = ctx.session.log.at(-1);
    return {
      item: items.find((i) => JSON.stringify(pickParam(i, param)) === JSON.stringify(value)),
      exchange,
    };
  };
  return { param, value, collection, read, before: (await read()).item };
}

/** A PATCH body that would change something of `before` (a write that is not applied must be visible). */
async function changingPlan(
  ctx: CheckContext,
  op: OperationInfo,
  pathValues: Record<string, unknown>,
  before: unknown,
) {
  let plan: Awaited<ReturnType<CheckContext['session']['plan']>>;
  for (let i = 0; i < 5; i++) {
    plan = await ctx.session.plan(op, { label: `foreign:${op.id}#${i}`, pathValues });
    const body = plan?.body?.value;
    const current = (before ?? {}) as Record<string, unknown>;
    if (
      body &&
      typeof body === 'object' &&
      Object.entries(body).some(([k, v]) => JSON.stringify(current[k]) !== JSON.stringify(v))
    )
      return plan;
  }
  return plan;
}

const ORDER = ['get', 'head', 'patch', 'put', 'post', 'delete'];

/**
 * Object-level tenant isolation (IDOR): for every operation addressing a resource below the tenant, an id of
 * organization B's resource (created by the runner with B's owner key, or listed) used through organization A's path
 * with A's owner key must be 404/403 — reads first, then updates, then deletes — and afterwards every such resource
 * of B must read back unchanged with B's key.
 */
export const tenantObjectIsolation: Check = {
  name: 'tenant_object_isolation',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const { tokens, otherOrganizationId, organizationId } = ctx.session;
    if (!tokens.otherOrg || !otherOrganizationId)
      return skipAll(
        'tenant_object_isolation',
        "needs organization B and its owner's key (--other-organization-id, --other-org-token or fixtures)",
      );
    const ops = operationsToExercise(ctx)
      .filter((op) => op.parameters.some((p) => p.in === 'path' && p.name !== tenantParameter(op)?.name))
      .sort((a, b) => ORDER.indexOf(a.method) - ORDER.indexOf(b.method));
    const flow = new FlowRecorder(ctx, 'tenant_object_isolation');
    const found = new Map<string, ForeignResource>();
    const touched = new Map<ForeignResource, string[]>();
    for (const op of ops) {
      const tenant = tenantParameter(op)?.name as string;
      const foreign = await foreignValues(ctx, op, tenant, found);
      if (!foreign) continue;
      const named = [...found.values()].filter(
        (r) => op.path.startsWith(r.collection) && foreign[r.param] === r.value,
      );
      const pathValues = { ...foreign, [tenant]: organizationId };
      const plan =
        op.method === 'patch' || op.method === 'put'
          ? await changingPlan(ctx, op, pathValues, named.at(-1)?.before)
          : await ctx.session.plan(op, { minimal: true, label: `foreign:${op.id}`, pathValues });
      if (!plan) continue;
      const exchange = await ctx.session.send(plan, 'owner', { operationId: op.id, kind: 'probe' });
      const what = named.map((r) => `organization B's ${r.param}=${JSON.stringify(r.value)}`).join(', ');
      flow.record(exchange, judgeForeignObject(exchange, op, what));
      for (const r of named) touched.set(r, [...(touched.get(r) ?? []), op.id]);
    }
    for (const [resource, operations] of touched) {
      const what = `organization B's ${resource.collection.split('/').at(-2)} ${resource.param}=${JSON.stringify(resource.value)}`;
      const { item, exchange } = await resource.read();
      flow.record(
        exchange,
        judgeForeignUnchanged(what, resource.before, item, operations),
        operations.at(-1),
      );
    }
    return flow.results.length
      ? flow.results
      : skipAll('tenant_object_isolation', 'no operation addresses a resource below the organization');
  },
};
