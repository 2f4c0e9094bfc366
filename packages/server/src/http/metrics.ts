/** Upper bounds (seconds) of the request latency histogram's buckets (Prometheus client defaults). */
export const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const;

/** `operation` label of requests that matched no operation (static routes, 404s, refused hosts). */
export const NO_OPERATION = 'none';

/** Content type of the Prometheus text exposition format 0.0.4. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

/** Counts the lookups of a cache (the members page cache, `store/fast-path/rendered-body-cache.ts`). */
export interface LookupCounter {
  hit(): void;
  miss(): void;
}

interface Latency {
  buckets: number[];
  sum: number;
  count: number;
}

/**
 * The server's metrics, in memory, per app: requests by operation and status, a latency histogram by operation,
 * throttled requests (responses with status 429, whoever answered them) and members page cache lookups. Label
 * values are bounded: an operationId from the operations table (or {@link NO_OPERATION}), never a raw path, and an
 * HTTP status. {@link Metrics.render} writes them in the Prometheus text format.
 *
 * @example
 * const metrics = new Metrics();
 * metrics.observeRequest('members_list', 200, 0.003);
 * metrics.render(); // '# HELP orgapi_http_requests_total …'
 */
export class Metrics {
  readonly #requests = new Map<string, Map<number, number>>();
  readonly #latency = new Map<string, Latency>();
  #throttled = 0;
  #cacheHits = 0;
  #cacheMisses = 0;

  /** Counts the members page cache's lookups (given to its `RenderedBodyCache`). */
  readonly membersCache: LookupCounter = {
    hit: () => {
      this.#cacheHits += 1;
    },
    miss: () => {
      this.#cacheMisses += 1;
    },
  };

  /** Counts one answered request of `operation` (an operationId or {@link NO_OPERATION}) that took `seconds`. */
  observeRequest(operation: string, status: number, seconds: number): void {
    let byStatus = this.#requests.get(operation);
    if (!byStatus) {
      byStatus = new Map();
      this.#requests.set(operation, byStatus);
    }
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    if (status === 429) this.#throttled += 1;
    let latency = this.#latency.get(operation);
    if (!latency) {
      latency = { buckets: LATENCY_BUCKETS_SECONDS.map(() => 0), sum: 0, count: 0 };
      this.#latency.set(operation, latency);
    }
    const bucket = LATENCY_BUCKETS_SECONDS.findIndex((bound) => seconds <= bound);
    if (bucket !== -1) latency.buckets[bucket] = (latency.buckets[bucket] ?? 0) + 1;
    latency.sum += seconds;
    latency.count += 1;
  }

  /** Every metric in the Prometheus text exposition format 0.0.4, series sorted by label values. */
  render(): string {
    const lines: string[] = [];
    const family = (name: string, type: string, help: string) => {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    };
    family('orgapi_http_requests_total', 'counter', 'HTTP requests answered, by operationId and status.');
    for (const operation of sorted(this.#requests.keys())) {
      const byStatus = this.#requests.get(operation) as Map<number, number>;
      for (const status of [...byStatus.keys()].sort((a, b) => a - b)) {
        lines.push(
          `orgapi_http_requests_total{operation="${label(operation)}",status="${status}"} ${byStatus.get(status)}`,
        );
      }
    }
    const histogram = 'orgapi_http_request_duration_seconds';
    family(histogram, 'histogram', 'Time from receiving a request to its response, by operationId.');
    for (const operation of sorted(this.#latency.keys())) {
      const { buckets, sum, count } = this.#latency.get(operation) as Latency;
      const op = `operation="${label(operation)}"`;
      let cumulative = 0;
      LATENCY_BUCKETS_SECONDS.forEach((bound, index) => {
        cumulative += buckets[index] ?? 0;
        lines.push(`${histogram}_bucket{${op},le="${bound}"} ${cumulative}`);
      });
      lines.push(`${histogram}_bucket{${op},le="+Inf"} ${count}`);
      lines.push(`${histogram}_sum{${op}} ${sum}`, `${histogram}_count{${op}} ${count}`);
    }
    family('orgapi_http_throttled_requests_total', 'counter', 'Requests answered 429 (throttled).');
    lines.push(`orgapi_http_throttled_requests_total ${this.#throttled}`);
    family(
      'orgapi_members_cache_hits_total',
      'counter',
      'Members pages and GitHub logins served from memory.',
    );
    lines.push(`orgapi_members_cache_hits_total ${this.#cacheHits}`);
    family(
      'orgapi_members_cache_misses_total',
      'counter',
      'Members pages and GitHub logins read from the database.',
    );
    lines.push(`orgapi_members_cache_misses_total ${this.#cacheMisses}`);
    return `${lines.join('\n')}\n`;
  }
}

function sorted(keys: Iterable<string>): string[] {
  return [...keys].sort();
}

/** A label value escaped as the text format needs (backslash, double quote, line feed). */
function label(value: string): string {
  return value.replace(/[\\"\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}
