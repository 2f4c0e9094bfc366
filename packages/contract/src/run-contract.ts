import { ALL_CHECKS } from './checks/all-checks.js';
import { isSafeMethod } from './checks/check-helpers.js';
import { CHECK_NAMES, type CheckName } from './checks/check-types.js';
import { DEFAULT_OMITTED_PROPERTIES } from './generate/generation-hints.js';
import { runChecks } from './run/check-phase.js';
import { verifyCredentials } from './run/credentials-check.js';
import { runExamples } from './run/examples-phase.js';
import { sendWire } from './run/http-client.js';
import { filterOperations } from './run/operation-filter.js';
import { createRateLimiter, parseRateLimit, sleep, UsageError } from './run/rate-limiter.js';
import type { ResultSet, RunOptions } from './run/run-types.js';
import { createSession } from './run/session.js';
import { createThrottleRetry, DEFAULT_MAX_THROTTLE_WAIT_SECONDS } from './run/throttle-retry.js';
import { loadSpecFrom } from './spec/load-spec.js';
import type { SpecIndex } from './spec/spec-types.js';
import { createSchemaValidator } from './validate/schema-validator.js';

/** Resolves which checks run: `checks` (or the defaults) minus `excludeChecks`; unknown names are usage errors. */
export function selectChecks(checks?: string[], exclude?: string[]): CheckName[] {
  for (const name of [...(checks ?? []), ...(exclude ?? [])]) {
    if (name !== 'all' && !(CHECK_NAMES as readonly string[]).includes(name)) {
      throw new UsageError(`unknown check '${name}' (known: ${CHECK_NAMES.join(', ')})`);
    }
  }
  const chosen =
    checks?.length && !checks.includes('all')
      ? ALL_CHECKS.filter((c) => checks.includes(c.name))
      : ALL_CHECKS.filter((c) => c.defaultEnabled || checks?.includes('all'));
  return chosen.map((c) => c.name).filter((n) => !exclude?.includes(n));
}

const isIndex = (spec: RunOptions['spec']): spec is SpecIndex =>
  typeof spec === 'object' && spec !== null && Array.isArray((spec as SpecIndex).operations);

/** The spec of a run: an index as given, or loaded from a path, a parsed document or a URL (fetched with the
 * target's fetch), or the bundled spec. */
export async function loadRunSpec(options: Pick<RunOptions, 'spec' | 'target'>): Promise<SpecIndex> {
  return isIndex(options.spec)
    ? options.spec
    : loadSpecFrom(
        options.spec as string | Record<string, unknown> | undefined,
        options.target.fetch ?? fetch,
      );
}

/**
 * Runs the contract checks against a target and returns every result; it never stops at the first failure.
 * Everything it creates is named with the seed and deleted at the end. Writes need an organization id.
 * @example
 * const results = await runContract({ target: { baseUrl: 'http://localhost', fetch: app.fetch },
 *   tokens: { owner: 'phx_…' }, organizationId: orgId, seed: 1 });
 */
export async function runContract(options: RunOptions): Promise<ResultSet> {
  const readOnly = options.readOnly ?? false;
  if (!readOnly && !options.organizationId) {
    throw new UsageError(
      'refusing to write without an organization id: pass organizationId (--organization-id) or readOnly (--read-only)',
    );
  }
  if (!options.tokens.owner) throw new UsageError('a token is required (--token)');
  const checks = selectChecks(options.checks, options.excludeChecks);
  const fullSpec = await loadRunSpec(options);
  const selected = filterOperations(fullSpec.operations, options.operationFilter);
  // Checks see only the selected operations; the session keeps the whole spec to create what they need.
  const spec = { ...fullSpec, operations: selected };
  const validator = createSchemaValidator(fullSpec);
  const seed = String(options.seed ?? Date.now() % 1_000_000);
  const maxExamples = options.maxExamples ?? 5;
  const startedAt = new Date().toISOString();
  let requests = 0;
  const wait = options.sleep ?? sleep;
  const throttle = createRateLimiter(options.rateLimit ? parseRateLimit(options.rateLimit) : 0, wait);
  const progress = options.onProgress ?? (() => {});
  const throttleRetry = createThrottleRetry({
    maxWaitSeconds: options.maxThrottleWaitSeconds ?? DEFAULT_MAX_THROTTLE_WAIT_SECONDS,
    sleep: wait,
    onWait: (operationId, seconds) => progress({ type: 'throttled', operationId, seconds }),
  });
  const session = createSession({
    spec: fullSpec,
    validator,
    target: options.target,
    tokens: options.tokens,
    seed,
    organizationId: options.organizationId,
    otherOrganizationId: options.otherOrganizationId,
    disposableOrganizationId: options.disposableOrganizationId,
    users: options.users,
    readOnly,
    headers: options.headers ?? {},
    omitProperties: options.omitProperties ?? DEFAULT_OMITTED_PROPERTIES,
    requestTimeoutMs: options.requestTimeoutMs,
    throttleRetry,
    throttle: async () => {
      requests++;
      await throttle();
    },
  });
  // Fail fast (exit 2) when the target cannot be reached at all (any HTTP answer will do), or refuses a token.
  await sendWire(options.target, { method: 'GET', path: '/', query: [], headers: options.headers ?? {} });
  await verifyCredentials(fullSpec, session);
  const operations = selected.filter((o) => !readOnly || isSafeMethod(o.method));
  progress({ type: 'start', seed, baseUrl: options.target.baseUrl, operations: operations.length, checks });

  const errors: string[] = [];
  const { errors: exampleErrors } = await runExamples({
    spec: fullSpec,
    validator,
    session,
    operations,
    maxExamples,
    workers: options.workers ?? 1,
    onOperation: (op, done, note) =>
      progress({ type: 'operation', operationId: op.id, requests: done.length, note }),
  });
  errors.push(...exampleErrors);
  const settings = { maxResponseTimeMs: options.maxResponseTimeMs ?? 2000, maxExamples };
  const { results, stoppedEarly } = await runChecks(
    { spec, validator, session, settings },
    { checks, readOnly, progress, errors, exitFirst: options.exitFirst ?? false },
  );
  let cleanup = { deleted: 0, leftovers: [] as string[] };
  try {
    cleanup = await session.cleanup();
  } catch (error) {
    errors.push(`cleanup: ${(error as Error).message}`);
  }
  progress({ type: 'cleanup', ...cleanup });
  return {
    seed,
    baseUrl: options.target.baseUrl,
    specSource: fullSpec.source,
    startedAt,
    finishedAt: new Date().toISOString(),
    operations: operations.map((o) => o.id),
    checks,
    results,
    requests,
    throttled: throttleRetry.totals(),
    cleanup,
    // Requests without an answer (recorded by the session), then crashes of examples and checks.
    errors: [...session.errors, ...errors],
    ...(stoppedEarly ? { stoppedEarly } : {}),
  };
}
