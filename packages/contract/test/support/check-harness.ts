import { checkByName } from '../../src/checks/all-checks.js';
import type { CheckName, CheckResult, Tokens } from '../../src/checks/check-types.js';
import { DEFAULT_OMITTED_PROPERTIES } from '../../src/generate/generation-hints.js';
import type { Exchange } from '../../src/http/http-types.js';
import { createSession } from '../../src/run/session.js';
import { loadSpec } from '../../src/spec/load-spec.js';
import { createSchemaValidator } from '../../src/validate/schema-validator.js';
import type { ReferenceFixtures } from './reference-target.js';

const spec = loadSpec();
const validator = createSchemaValidator(spec);

/** What one check produced, the requests it sent and what the end-of-run cleanup deleted. */
export interface CheckRun {
  results: CheckResult[];
  log: Exchange[];
  cleanup: { deleted: number; leftovers: string[] };
}

/**
 * Runs ONE check of the bundled spec directly (no examples phase) against `fetch`, then the session's cleanup:
 * what a unit test of an active check needs.
 */
export async function runCheck(
  name: CheckName,
  fetch: (request: Request) => Promise<Response>,
  fixtures: ReferenceFixtures,
  options: { tokens?: Tokens; seed?: string } = {},
): Promise<CheckRun> {
  const session = createSession({
    spec,
    validator,
    target: { baseUrl: 'http://localhost', fetch: fetch as typeof globalThis.fetch },
    tokens: options.tokens ?? fixtures.tokens,
    seed: options.seed ?? '5',
    organizationId: fixtures.organizationId,
    otherOrganizationId: fixtures.otherOrganizationId,
    disposableOrganizationId: fixtures.disposableOrganizationId,
    users: fixtures.users,
    readOnly: false,
    headers: {},
    throttle: async () => {},
    omitProperties: DEFAULT_OMITTED_PROPERTIES,
  });
  const results = await checkByName(name).run({
    spec,
    validator,
    session,
    exchanges: [],
    settings: { maxResponseTimeMs: 2000, maxExamples: 1 },
  });
  const log = [...session.log];
  return { results, log, cleanup: await session.cleanup() };
}

/** `[outcome, operation, message]` of each result, for exact comparisons. */
export const steps = (results: CheckResult[]) => results.map((r) => [r.outcome, r.operation, r.message]);
