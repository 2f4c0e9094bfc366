import type { LoadWorker, ServerHandle } from './bench-processes.js';
import { median, percentile } from './bench-stats.js';
import type { LoadRequest, LoadResult } from './load-run.js';
import { type AnswerTier, answerTier, type SearchQuery } from './search-queries.js';

/* The measurements: baseline-vs-server throughput in alternating rounds, and members-search latency per tier. */

/** Load settings shared by every throughput scenario. */
export interface LoadSettings {
  rounds: number;
  durationMs: number;
  warmupMs: number;
  connections: number;
}

/** The medians of a throughput scenario and every round's result. */
export interface ThroughputResult {
  baseline: number;
  server: number;
  rounds: { baseline: LoadResult; server: LoadResult }[];
}

/** Runs one load job in the load worker; throws when any response was unexpected (that is no throughput). */
export async function load(
  worker: LoadWorker,
  port: number,
  requests: LoadRequest[],
  headers: Record<string, string>,
  settings: { durationMs: number; connections: number },
): Promise<LoadResult> {
  const result = await worker.run<LoadResult>({
    kind: 'load',
    job: { port, requests, headers, connections: settings.connections, durationMs: settings.durationMs },
  });
  if (result.unexpected > 0) {
    throw new Error(`${result.unexpected} unexpected responses, first: ${result.firstUnexpected}`);
  }
  return result;
}

/**
 * Warms both servers up, then measures `rounds` rounds of baseline and server back to back, alternating which
 * goes first (so a slow phase of the shared machine hits both sides alike). The ratio is of the medians.
 */
export async function compareThroughput(
  worker: LoadWorker,
  servers: { baseline: ServerHandle; server: ServerHandle },
  requests: { baseline: LoadRequest[]; server: LoadRequest[] },
  headers: Record<string, string>,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<ThroughputResult> {
  const run = (side: 'baseline' | 'server', durationMs: number) =>
    load(worker, servers[side].port, requests[side], headers, {
      durationMs,
      connections: settings.connections,
    });
  await run('baseline', settings.warmupMs);
  await run('server', settings.warmupMs);
  const rounds: ThroughputResult['rounds'] = [];
  for (let round = 0; round < settings.rounds; round++) {
    const order = round % 2 === 0 ? (['baseline', 'server'] as const) : (['server', 'baseline'] as const);
    const results: Partial<Record<'baseline' | 'server', LoadResult>> = {};
    for (const side of order) results[side] = await run(side, settings.durationMs);
    const { baseline, server } = results as { baseline: LoadResult; server: LoadResult };
    rounds.push({ baseline, server });
    log(
      `  round ${round + 1}: baseline ${baseline.requestsPerSecond.toFixed(0)} req/s ` +
        `(p50 ${baseline.p50Ms.toFixed(2)} ms, p99 ${baseline.p99Ms.toFixed(2)} ms), ` +
        `server ${server.requestsPerSecond.toFixed(0)} req/s ` +
        `(p50 ${server.p50Ms.toFixed(2)} ms, p99 ${server.p99Ms.toFixed(2)} ms)`,
    );
  }
  return {
    baseline: median(rounds.map((r) => r.baseline.requestsPerSecond)),
    server: median(rounds.map((r) => r.server.requestsPerSecond)),
    rounds,
  };
}

/** Latency percentiles (ms) of one tier of search answers. */
export interface TierLatency {
  tier: AnswerTier | 'all';
  queries: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * A members-search path of the benchmark. `variant` adds `_bench=<variant>`, a parameter the API ignores: a URL
 * the server has not answered yet, so the answer is searched, not served from its rendered-page cache (which would
 * otherwise answer every repeat of a query in about a millisecond).
 */
export function searchPath(organizationId: string, search: string, variant?: number): string {
  const path = `/api/organizations/${organizationId}/members/?search=${encodeURIComponent(search)}`;
  return variant === undefined ? path : `${path}&_bench=${variant}`;
}

/**
 * Sends every query once (warm-up: code paths and SQLite pages, not answers), then `repeats` passes over all of
 * them, one request at a time on one connection. Every request is a URL not asked before (see `searchPath`), so
 * each timed answer is a real search. Each query's tier (keyed by its search text) is the one its answer had.
 */
export async function measureSearch(
  worker: LoadWorker,
  port: number,
  organizationId: string,
  headers: Record<string, string>,
  queries: readonly SearchQuery[],
  repeats: number,
): Promise<{ tiers: TierLatency[]; tierOf: Map<string, AnswerTier> }> {
  const pass = (variant: number) => queries.map((q) => searchPath(organizationId, q.search, variant));
  const send = (list: string[]) =>
    worker.run<{ path: string; status: number; ms: number; body: string }[]>({
      kind: 'sequence',
      port,
      paths: list,
      headers,
    });
  const searchOf = (path: string) => new URL(path, 'http://bench').searchParams.get('search') as string;
  const tierOf = new Map<string, AnswerTier>();
  for (const answer of await send(pass(0))) {
    if (answer.status !== 200) throw new Error(`search ${answer.path} → ${answer.status}: ${answer.body}`);
    tierOf.set(searchOf(answer.path), answerTier(answer.body));
  }
  const timed = await send(Array.from({ length: repeats }, (_, r) => pass(r + 1)).flat());
  const byTier = new Map<AnswerTier | 'all', number[]>([['all', []]]);
  for (const answer of timed) {
    if (answer.status !== 200) throw new Error(`search ${answer.path} → ${answer.status}: ${answer.body}`);
    const tier = tierOf.get(searchOf(answer.path)) as AnswerTier;
    byTier.set(tier, [...(byTier.get(tier) ?? []), answer.ms]);
    byTier.get('all')?.push(answer.ms);
  }
  const order: (AnswerTier | 'all')[] = ['exact', 'similar', 'none', 'all'];
  const tiers = order
    .filter((tier) => byTier.has(tier))
    .map((tier) => {
      const samples = byTier.get(tier) as number[];
      return {
        tier,
        queries: samples.length / repeats,
        samples: samples.length,
        p50: percentile(samples, 50),
        p95: percentile(samples, 95),
        p99: percentile(samples, 99),
      };
    });
  return { tiers, tierOf };
}
