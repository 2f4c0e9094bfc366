/*
 * Property-based fuzzing of the real app (`app.fetch`, real stores, response validation on) on both databases:
 * requests generated from the spec's operations (every operation, its path parameters, query parameters and body
 * schema), hostile in every part, must never answer 5xx, never leak a stack trace, and always answer within the spec
 * (4xx bodies exactly `ErrorResponse`, statuses the operation declares). FUZZ_SEED / FUZZ_PATH replay a failure,
 * FUZZ_RUNS runs longer (fuzz-run.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHandlerHarness,
  type HandlerHarness,
  STORE_KINDS,
} from '../../src/handlers/test-support/handler-harness.js';
import { fuzzSettings, runFuzz } from './fuzz-run.js';
import { seedFuzzWorld, sendThroughFetch } from './fuzz-world.js';
import { loadFuzzOperations } from './spec-operations.js';

/** Batches (of 1 to 3 requests, about 2,000 requests) per database by default: under 30 s each on a 2-core machine. */
const DEFAULT_RUNS = 1000;

const { spec, operations } = loadFuzzOperations();

describe('the spec the fuzzer reads', () => {
  it('lists the 21 operations of the generated table, each path parameter with its collection', () => {
    expect(operations).toHaveLength(21);
    const collections = new Set(operations.flatMap((op) => op.pathParameters.map((p) => p.collection)));
    expect([...collections].sort()).toEqual([
      'invites',
      'legal_documents',
      'members',
      'organizations',
      'projects',
    ]);
  });
});

describe.each(STORE_KINDS)('fuzzing every operation (%s)', { timeout: 600_000 }, (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it('answers every generated request below 500, without internals, within the spec', async () => {
    const takeServerProblem = () => {
      const errors = h.logger.records.splice(0).filter((record) => record.level === 'error');
      return errors.length > 0
        ? `the server logged an error: ${JSON.stringify(errors[0]).slice(0, 500)}`
        : undefined;
    };
    const settings = fuzzSettings(DEFAULT_RUNS);
    const send = sendThroughFetch(h.fetch);
    const seedWorld = () => seedFuzzWorld(h.store, send);
    const stats = await runFuzz(
      { label: kind, spec, operations, seedWorld, send, takeServerProblem },
      settings,
    );
    console.log(`fuzz ${kind}: ${stats.requests} requests, statuses ${JSON.stringify(stats.byStatus)}`);
    if (settings.path !== undefined) return; // a replay of one case
    // Every operation was aimed at, and the generated requests reach the handlers (2xx), not only the validators.
    expect(Object.keys(stats.byOperation).sort()).toEqual(operations.map((op) => op.operationId).sort());
    const succeeded = Object.entries(stats.byStatus).filter(([status]) => Number(status) < 300);
    expect(succeeded.reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThan(stats.requests / 20);
  });
});
