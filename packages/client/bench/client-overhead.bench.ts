// Per-call overhead of the client over raw fetch against the same local HTTP server (npm run bench).
// The server runs in a child process on loopback; every variant does one sequential GET and parses the JSON
// page. Calls of the variants are interleaved one by one (rotating which goes first), so the drift of a shared
// machine hits them alike, and each call is timed; the median per-call time is robust to preemption spikes.
// Printed: median µs per call and its ratio to raw fetch. Target: client ≤ 1.1 × raw fetch.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import createClient from 'openapi-fetch';
import { createOrganizationsClient, type OrganizationsClient, type paths, unwrap } from '../src/index.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 4000);
const WARMUP_CALLS = 500;
const API_KEY = 'phx_Q7fKx2mNp9RtVw3YzB8cDhJkL4sGnE6aU';
const ORG = '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d';
const MEMBERS = '/api/organizations/{organization_id}/members/';
const DEFAULTS = 'client (defaults: auth, retries) + unwrap';

async function startServer(): Promise<{ child: ChildProcess; baseUrl: string }> {
  const script = fileURLToPath(new URL('./bench-server.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [chunk] = (await once(child.stdout as NonNullable<typeof child.stdout>, 'data')) as [Buffer];
  return { child, baseUrl: `http://127.0.0.1:${chunk.toString().trim()}` };
}

type Call = () => Promise<unknown>;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

function variants(baseUrl: string): Record<string, Call> {
  const url = `${baseUrl}/api/organizations/${ORG}/members/`;
  const headers = { Authorization: `Bearer ${API_KEY}` };
  const client = (options: Partial<Parameters<typeof createOrganizationsClient>[0]>): OrganizationsClient =>
    createOrganizationsClient({ baseUrl, apiKey: API_KEY, ...options });
  const params = { path: { organization_id: ORG } };
  const defaults = client({});
  const withDeadline = client({ timeoutMs: 30_000 });
  const plain = createClient<paths>({ baseUrl });
  return {
    'raw fetch': async () => (await fetch(url, { headers })).json(),
    [DEFAULTS]: () => unwrap(defaults.GET(MEMBERS, { params })),
    'client with timeoutMs: 30000 + unwrap': () => unwrap(withDeadline.GET(MEMBERS, { params })),
    'openapi-fetch alone, for reference': () => plain.GET(MEMBERS, { params, headers }),
  };
}

async function main(): Promise<void> {
  const { child, baseUrl } = await startServer();
  try {
    const calls = Object.entries(variants(baseUrl));
    for (const [, call] of calls) for (let i = 0; i < WARMUP_CALLS; i++) await call();
    const times = calls.map(() => [] as number[]);
    for (let i = 0; i < CALLS; i++) {
      for (let k = 0; k < calls.length; k++) {
        const index = (i + k) % calls.length;
        const started = performance.now();
        await (calls[index] as [string, Call])[1]();
        times[index]?.push((performance.now() - started) * 1000);
      }
    }
    const raw = median(times[0] ?? []);
    console.log(
      `client overhead over raw fetch: ${CALLS} interleaved sequential GETs per variant on loopback`,
    );
    console.log(`${'variant'.padEnd(48)} ${'median µs'.padStart(10)} ${'ratio'.padStart(7)}`);
    calls.forEach(([name], index) => {
      const micros = median(times[index] ?? []);
      console.log(
        `${name.padEnd(48)} ${micros.toFixed(1).padStart(10)} ${`${(micros / raw).toFixed(3)}×`.padStart(7)}`,
      );
    });
    const ratio = median(times[calls.findIndex(([name]) => name === DEFAULTS)] ?? []) / raw;
    console.log(
      `client with defaults: ${ratio.toFixed(3)}× raw fetch (target ≤ 1.10×: ${ratio <= 1.1 ? 'met' : 'NOT met'})`,
    );
  } finally {
    child.kill();
  }
}

await main();
