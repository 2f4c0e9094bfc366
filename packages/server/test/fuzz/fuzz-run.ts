import fc from 'fast-check';
import {
  buildWireRequest,
  type FuzzWorld,
  type SendWire,
  type WireAnswer,
  type WireRequest,
} from './fuzz-world.js';
import { type FuzzCase, requestCase } from './request-cases.js';
import { judgeAnswer } from './response-judge.js';
import type { FuzzOperation, SpecDocument } from './spec-operations.js';

/**
 * Run settings from the environment: `FUZZ_SEED` replays a run (fast-check prints the seed, and the `path` of the
 * shrunk case as `FUZZ_PATH`, when a property fails); `FUZZ_RUNS` is the number of batches of 1 to 3 requests (default: `defaultRuns`).
 */
export function fuzzSettings(defaultRuns: number): {
  seed: number | undefined;
  path: string | undefined;
  runs: number;
} {
  const number = (name: string) => {
    const raw = process.env[name];
    if (raw === undefined || raw === '') return undefined;
    const value = Number(raw);
    if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, got "${raw}"`);
    return value;
  };
  return {
    seed: number('FUZZ_SEED'),
    path: process.env.FUZZ_PATH || undefined,
    runs: number('FUZZ_RUNS') ?? defaultRuns,
  };
}

/**
 * Requests between two fresh worlds: the fuzzer removes members, demotes owners and deletes resources, so a world
 * used for long ends up answering little but 403 and 404.
 */
const REQUESTS_PER_WORLD = 200;

/** What a run sent and got: requests, statuses by operation, and per status class. */
export interface FuzzStats {
  requests: number;
  byOperation: Record<string, Record<number, number>>;
  byStatus: Record<number, number>;
}

/** Where a run sends, what it aims at, and an extra check after each answer (e.g. the server's error log). */
export interface FuzzTarget {
  label: string;
  spec: SpecDocument;
  operations: FuzzOperation[];
  /** Seeds a fresh world (new organizations, users, keys, resources) in the server's database. */
  seedWorld: () => Promise<FuzzWorld>;
  send: SendWire;
  /** True for an answer that does not come from the app (e.g. Node's HTTP parser's bare 400): not judged. */
  isOutsideApp?: (answer: WireAnswer) => boolean;
  /** A problem the server noticed itself (an `error` log line) since the last call, or undefined. */
  takeServerProblem?: () => string | undefined;
}

const describeWire = (wire: WireRequest) =>
  `${wire.method} ${wire.target.slice(0, 300)} (host ${wire.host}, headers ${JSON.stringify(wire.headers).slice(0, 300)}, ${wire.body?.length ?? 'no'} body bytes)`;

/**
 * Runs the property "no request yields a 5xx, a stack trace, or an answer outside the spec" over `runs` generated
 * batches of one to three requests, sent at the same time (races between a write and another request are inputs
 * too), spread evenly over every operation. Fails with the seed and path to replay, the problem, the request as sent
 * and the shrunk batch. Prints progress every 10% of long runs.
 */
export async function runFuzz(target: FuzzTarget, settings = fuzzSettings(0)): Promise<FuzzStats> {
  const stats: FuzzStats = { requests: 0, byOperation: {}, byStatus: {} };
  const byId = new Map(target.operations.map((operation) => [operation.operationId, operation]));
  let world = await target.seedWorld();
  let worldRequests = 0;
  const cases = fc.oneof(
    ...target.operations.map((operation) => requestCase(target.spec, operation, world.roles)),
  );
  const progressEvery = settings.runs >= 5000 ? Math.ceil(settings.runs / 10) : 0;
  let batches = 0;
  const sendOne = async (sent: FuzzCase): Promise<string | undefined> => {
    const wire = buildWireRequest(world, byId.get(sent.operationId) as FuzzOperation, sent);
    const answer = await target.send(wire);
    stats.requests += 1;
    const counts = stats.byOperation[sent.operationId] ?? {};
    counts[answer.status] = (counts[answer.status] ?? 0) + 1;
    stats.byOperation[sent.operationId] = counts;
    stats.byStatus[answer.status] = (stats.byStatus[answer.status] ?? 0) + 1;
    const problem = target.isOutsideApp?.(answer) ? undefined : judgeAnswer(wire, answer);
    return problem && `${problem}\n  request: ${describeWire(wire)}`;
  };
  const property = fc.asyncProperty(fc.array(cases, { minLength: 1, maxLength: 3 }), async (batch) => {
    if (worldRequests >= REQUESTS_PER_WORLD) {
      world = await target.seedWorld();
      worldRequests = 0;
    }
    worldRequests += batch.length;
    const problems = await Promise.all(batch.map(sendOne));
    batches += 1;
    if (progressEvery > 0 && batches % progressEvery === 0) {
      console.log(
        `fuzz ${target.label}: ${stats.requests} requests, statuses ${JSON.stringify(stats.byStatus)}`,
      );
    }
    const problem = problems.find((found) => found !== undefined) ?? target.takeServerProblem?.();
    if (problem) throw new Error(problem);
  });
  const details = await fc.check(property, {
    numRuns: settings.runs,
    ...(settings.seed === undefined ? {} : { seed: settings.seed }),
    ...(settings.path === undefined ? {} : { path: settings.path }),
  });
  if (details.failed) {
    const replay = `FUZZ_SEED=${details.seed} FUZZ_PATH=${details.counterexamplePath}`;
    const error =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    const shrunk = JSON.stringify(details.counterexample?.[0], abbreviate).slice(0, 4000);
    throw new Error(
      `fuzz ${target.label} failed after ${stats.requests} requests (replay: ${replay})\n${error}\n  batch: ${shrunk}`,
    );
  }
  return stats;
}

/** JSON.stringify replacer that shortens long strings and arrays (a 10,000-character segment prints as its length). */
function abbreviate(_key: string, value: unknown): unknown {
  if (typeof value === 'string' && value.length > 120)
    return `${value.slice(0, 40)}… (${value.length} chars)`;
  if (Array.isArray(value) && value.length > 20) return [...value.slice(0, 5), `… (${value.length} items)`];
  return value;
}
