import type { Session, Tokens } from '../checks/check-types.js';
import { createPrng, type Prng } from '../generate/prng.js';
import { buildPositivePlan } from '../generate/request-builder.js';
import { authScheme } from '../http/auth-scheme.js';
import type { Exchange, TokenRole } from '../http/http-types.js';
import { serialiseRequest } from '../http/serialise-request.js';
import { tenantParameter } from '../spec/behaviour-rules.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { fakePathValues } from './fake-ids.js';
import { RequestError, sendWire, type Target } from './http-client.js';
import { collectionPath, listItems, pickParam } from './path-values.js';
import { resourcesCreatedBy, type TrackedResource } from './resource-tracker.js';
import { buildResult } from './result-builder.js';
import type { ThrottleRetry } from './throttle-retry.js';

/** Everything a session is built from. */
export interface SessionOptions {
  spec: SpecIndex;
  validator: SchemaValidator;
  target: Target;
  tokens: Tokens;
  seed: string;
  organizationId: string | undefined;
  otherOrganizationId: string | undefined;
  /** An organization whose only owner is `tokens.disposableOwner` (destructive level rules). */
  disposableOrganizationId?: string | undefined;
  /** Fixture users by role (their uuids tell a caller's own membership apart). */
  users?: Record<string, { uuid?: string | undefined }> | undefined;
  readOnly: boolean;
  headers: Record<string, string>;
  throttle: () => Promise<void>;
  /** Per-request timeout (default 10 s); an operation that timed out once is not sent to again. */
  requestTimeoutMs?: number | undefined;
  /** Optional properties left out of generated bodies. */
  omitProperties?: readonly string[] | undefined;
  /** Waits out 429s with a `Retry-After` and resends (default: never waits). */
  throttleRetry?: ThrottleRetry | undefined;
}

/** A session plus the end-of-run cleanup, which only the runner calls. */
export interface RunSession extends Session {
  /** Every exchange sent so far, in order. */
  readonly log: Exchange[];
  /** Requests that got no answer (timed out, connection lost), one line each: they make the run unreliable. */
  readonly errors: string[];
  /** Deletes the resources created by one exchange right away (keeps later examples independent). */
  discard(exchange: Exchange): Promise<void>;
  /** Deletes the pooled resources the runner created and forgets the pool (before each check, so checks that
   * create resources with uniqueness rules start from a clean organization). */
  releasePool(): Promise<void>;
  /** Deletes everything still tracked, newest first, and forgets the pool; returns the totals of the run so far
   * (deleted count, paths that could not be deleted). */
  cleanup(): Promise<{ deleted: number; leftovers: string[] }>;
}

/** Default per-request timeout (`--request-timeout`). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Creates the live session: authenticated sending, the pool of existing ids, tracking of created resources. */
export function createSession(options: SessionOptions): RunSession {
  const { spec, target, tokens, seed } = options;
  const tracked: TrackedResource[] = [];
  // Existing ids per collection; `exchange` is set when the runner created the item itself.
  const pool = new Map<string, Promise<{ value: unknown; exchange?: Exchange | undefined }>>();
  const root = createPrng(seed);
  const scheme = authScheme(spec);

  const tokenFor = (role: TokenRole): string | undefined => {
    if (role === 'none') return undefined;
    if (role === 'invalid') return `phx_contract_invalid_${seed}`;
    if (role.startsWith('scoped:')) return tokens.scoped?.[role.slice('scoped:'.length)];
    const value = tokens[role as keyof Tokens];
    return typeof value === 'string' ? value : undefined;
  };

  const log: Exchange[] = [];
  const errors: string[] = [];
  // Operations that timed out once: later requests to them fail at once, so one hanging endpoint costs one timeout.
  const hung = new Set<string>();
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const cleaned = { deleted: 0, leftovers: [] as string[] };
  const session: RunSession = {
    log,
    errors,
    allOperations: spec.operations,
    baseUrl: target.baseUrl,
    seed,
    organizationId: options.organizationId,
    otherOrganizationId: options.otherOrganizationId,
    disposableOrganizationId: options.disposableOrganizationId,
    users: options.users ?? {},
    readOnly: options.readOnly,
    tokens,
    rng: (label: string): Prng => root.fork(label),

    async send(plan, role, meta) {
      const wire = serialiseRequest(plan);
      wire.headers = { ...options.headers, ...wire.headers };
      const token = tokenFor(role);
      if (token !== undefined) wire.headers[scheme.header] = `${scheme.prefix}${token}`;
      if (hung.has(meta.operationId))
        throw new RequestError(`${meta.operationId}: not sent (an earlier request to it timed out)`);
      const sendOnce = async () => {
        try {
          return await sendWire(target, wire, options.throttle, timeoutMs);
        } catch (error) {
          const message = `${meta.operationId}: ${(error as Error).message}`;
          if ((error as Error).name === 'RequestTimeoutError') hung.add(meta.operationId);
          errors.push(message);
          throw new RequestError(message);
        }
      };
      // A throttled request is resent after its Retry-After; only the last answer is logged and judged.
      let response = await sendOnce();
      while (await options.throttleRetry?.waitFor(meta.operationId, response)) response = await sendOnce();
      const exchange: Exchange = {
        operationId: meta.operationId,
        plan,
        request: wire,
        response,
        role,
        kind: meta.kind,
        mutation: meta.mutation,
      };
      // Whatever a request created (even by mistake, e.g. a POST that should have been refused) is cleaned up;
      // whatever a DELETE removed is no longer ours to remove.
      log.push(exchange);
      tracked.push(...resourcesCreatedBy(spec, exchange));
      if (wire.method === 'DELETE' && response.status >= 200 && response.status < 300)
        session.untrack(wire.path);
      return exchange;
    },

    async pathValues(op, purpose) {
      const values: Record<string, unknown> = {};
      const tenant = tenantParameter(op)?.name;
      for (const param of op.parameters.filter((p) => p.in === 'path')) {
        if (param.name === tenant) {
          if (options.organizationId === undefined) return undefined;
          values[param.name] = options.organizationId;
          continue;
        }
        const prefix = collectionPath(op.path, param.name);
        const creator = spec.operations.find((o) => o.method === 'post' && o.path === prefix);
        const key = `${prefix} ${param.name}`;
        if (purpose === 'write') {
          // Writes only touch resources the runner created itself: a fresh one, or (when the API allows only one,
          // e.g. one legal document per type) the pooled one the runner created, which the write then consumes.
          if (!creator || options.readOnly) return undefined;
          let created = await createFor(creator, param.name, values);
          if (created.value === undefined) {
            const pooled = await pool.get(key);
            if (!pooled?.exchange) return undefined;
            pool.delete(key);
            created = pooled;
          }
          values[param.name] = created.value;
          continue;
        }
        if (!pool.has(key)) {
          const lister = spec.operations.find((o) => o.method === 'get' && o.path === prefix);
          const known = { ...values };
          pool.set(
            key,
            (async () => {
              const created =
                creator && !options.readOnly ? await createFor(creator, param.name, known) : undefined;
              return created?.value !== undefined
                ? created
                : { value: await listFor(lister, param.name, known) };
            })(),
          );
        }
        const { value } = (await pool.get(key)) ?? { value: undefined };
        if (value === undefined) return undefined;
        values[param.name] = value;
      }
      return values;
    },

    async plan(op, opts = {}) {
      const purpose = op.method === 'get' || op.method === 'head' ? 'read' : 'write';
      let pathValues = opts.pathValues ?? (await session.pathValues(op, purpose));
      if (pathValues === undefined && opts.fakeIds) pathValues = fakePathValues(op, options.organizationId);
      if (pathValues === undefined) return undefined;
      const built = buildPositivePlan(op, {
        spec,
        validator: options.validator,
        seed,
        rng: root.fork(opts.label ?? op.id),
        pathValues,
        minimal: opts.minimal,
        body: opts.body,
        omit: options.omitProperties,
      });
      return built.plan;
    },

    track(exchange) {
      for (const r of resourcesCreatedBy(spec, exchange))
        if (!tracked.some((t) => t.path === r.path)) tracked.push(r);
    },

    untrack(path) {
      const index = tracked.findIndex((t) => t.path === path);
      if (index >= 0) tracked.splice(index, 1);
    },

    async discard(exchange) {
      for (const resource of resourcesCreatedBy(spec, exchange)) {
        await deleteResource(resource);
        session.untrack(resource.path);
      }
    },

    async releasePool() {
      const entries = [...pool.values()];
      pool.clear();
      for (const entry of entries) {
        const { exchange } = await entry;
        if (exchange) await session.discard(exchange);
      }
    },

    async cleanup() {
      pool.clear();
      for (const resource of tracked.splice(0).reverse()) {
        if (await deleteResource(resource)) cleaned.deleted++;
        else cleaned.leftovers.push(resource.path);
      }
      return { deleted: cleaned.deleted, leftovers: [...cleaned.leftovers] };
    },

    result: (check, exchange, verdict, extra = {}) =>
      buildResult(target.baseUrl, check, exchange, verdict, extra),
  };

  async function createFor(
    creator: OperationInfo,
    param: string,
    known: Record<string, unknown>,
  ): Promise<{ value: unknown; exchange?: Exchange }> {
    const plan = await session.plan(creator, {
      minimal: true,
      pathValues: { ...known },
      label: `pool:${creator.id}`,
    });
    if (!plan) return { value: undefined };
    const exchange = await session.send(plan, 'owner', { operationId: creator.id, kind: 'probe' });
    const ok = exchange.response.status >= 200 && exchange.response.status < 300;
    return ok ? { value: pickParam(exchange.response.json, param), exchange } : { value: undefined };
  }

  async function listFor(
    lister: OperationInfo | undefined,
    param: string,
    known: Record<string, unknown>,
  ): Promise<unknown> {
    if (!lister) return undefined;
    const plan = await session.plan(lister, {
      minimal: true,
      pathValues: { ...known },
      label: `pool:${lister.id}`,
    });
    if (!plan) return undefined;
    const exchange = await session.send(plan, 'owner', { operationId: lister.id, kind: 'probe' });
    return pickParam(listItems(exchange.response.json)[0], param);
  }

  async function deleteResource(resource: TrackedResource): Promise<boolean> {
    const plan = {
      method: 'delete',
      pathTemplate: resource.deleteOperation.path,
      pathParams: resource.pathParams,
      query: {},
      headers: {},
    };
    let exchange: Exchange;
    try {
      exchange = await session.send(plan, resource.role, {
        operationId: resource.deleteOperation.id,
        kind: 'probe',
      });
    } catch (error) {
      if (error instanceof RequestError) return false;
      throw error;
    }
    return (
      (exchange.response.status >= 200 && exchange.response.status < 300) || exchange.response.status === 404
    );
  }

  return session;
}
