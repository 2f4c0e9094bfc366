import { percentile } from './bench-stats.js';
import { buildGetRequest, KeepAliveConnection } from './keep-alive-connection.js';

/** One GET of a load job; its responses must have status 200 and, when given, exactly `bodyBytes` bytes. */
export interface LoadRequest {
  path: string;
  bodyBytes?: number;
}

/**
 * A load job: GETs with `headers` over `connections` keep-alive connections for `durationMs`; each connection
 * cycles through `requests`, the connections starting evenly spread over the list (so, with more requests than the
 * run sends, no two connections send the same one: a server's response cache is not what is measured).
 */
export interface LoadJob {
  port: number;
  requests: LoadRequest[];
  headers: Record<string, string>;
  connections: number;
  durationMs: number;
}

/** What a load job measured. `unexpected` counts responses that failed the status/length check. */
export interface LoadResult {
  requests: number;
  unexpected: number;
  firstUnexpected: string | undefined;
  elapsedMs: number;
  requestsPerSecond: number;
  /** Latency percentiles (ms) over all completed requests. */
  p50Ms: number;
  p99Ms: number;
}

/**
 * Runs a closed-loop load: each connection sends its next request as soon as the previous answer arrived, until
 * the duration is over. Requests still in flight at the end are awaited and counted.
 */
export async function runLoad(job: LoadJob): Promise<LoadResult> {
  const host = `127.0.0.1:${job.port}`;
  const requests = job.requests.map((r) => ({ ...r, bytes: buildGetRequest(host, r.path, job.headers) }));
  const connections = await Promise.all(
    Array.from({ length: job.connections }, () => KeepAliveConnection.open(job.port)),
  );
  const latencies: number[] = [];
  let unexpected = 0;
  let firstUnexpected: string | undefined;
  const started = performance.now();
  const deadline = started + job.durationMs;
  try {
    await Promise.all(
      connections.map(async (connection, index) => {
        const spacing = Math.max(1, Math.floor(requests.length / job.connections));
        for (let i = index * spacing; performance.now() < deadline; i++) {
          const request = requests[i % requests.length] as (typeof requests)[number];
          const sent = performance.now();
          const response = await connection.send(request.bytes);
          latencies.push(performance.now() - sent);
          const expected = request.bodyBytes ?? response.body.length;
          if (response.status !== 200 || response.body.length !== expected) {
            unexpected++;
            firstUnexpected ??= `${request.path} → ${response.status} (${response.body.length} bytes): ${response.body.toString().slice(0, 200)}`;
          }
        }
      }),
    );
  } finally {
    for (const connection of connections) connection.close();
  }
  const elapsedMs = performance.now() - started;
  return {
    requests: latencies.length,
    unexpected,
    firstUnexpected,
    elapsedMs,
    requestsPerSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
  };
}

/** Sends the GETs one after the other on one keep-alive connection, timing each (the search scenario). */
export async function timeRequests(
  port: number,
  paths: readonly string[],
  headers: Record<string, string>,
): Promise<{ path: string; status: number; ms: number; body: string }[]> {
  const connection = await KeepAliveConnection.open(port);
  const out: { path: string; status: number; ms: number; body: string }[] = [];
  try {
    for (const path of paths) {
      const sent = performance.now();
      const response = await connection.send(buildGetRequest(`127.0.0.1:${port}`, path, headers));
      out.push({
        path,
        status: response.status,
        ms: performance.now() - sent,
        body: response.body.toString(),
      });
    }
  } finally {
    connection.close();
  }
  return out;
}
