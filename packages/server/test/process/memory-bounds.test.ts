/*
 * Memory does not grow with request bytes: 6,000 members requests, each carrying 8 KB of query parameters the
 * operation does not declare (all different), against the bundle `npm start` runs. Before the rendered-page cache
 * keyed on the validated query, every such URL made a new entry whose key the budget did not count (issue 12:
 * 40,000 of them took RSS from 91 to 673 MB).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerBundle } from './support/server-bundle.js';
import type { Banner, Listening } from './support/server-output.js';
import type { SpawnedProcess } from './support/spawned-process.js';

const TIMEOUT_MS = 300_000;
const REQUESTS = 6_000;
const JUNK_BYTES = 8 * 1024;
const PARALLEL = 8;
const MAX_GROWTH_MB = 60;

const dir = mkdtempSync(join(tmpdir(), 'server-memory-'));
let server: SpawnedProcess;
let listening: Listening;
let banner: Banner;

beforeAll(async () => {
  // Production settings, as deployed: no response validation; request lines logged (to the test's pipe). No rate
  // limits: one key sends all the requests.
  const started = await startServerBundle({
    DATABASE_URL: `sqlite:${join(dir, 'memory.db')}`,
    NODE_ENV: 'production',
    RATE_LIMIT: 'off',
  });
  ({ server, listening } = started);
  banner = started.banner as Banner;
}, TIMEOUT_MS);

afterAll(() => {
  server?.signalGroup('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Resident set size of the server process, in MB. */
function rssMb(): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${listening.pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for ${listening.pid}`);
  return Number(match[1]) / 1024;
}

/**
 * `count` GETs of the members list, `PARALLEL` at a time, each with its own `junkBytes` of undeclared parameters.
 */
async function askMembers(count: number, junkBytes: number): Promise<void> {
  const path = `${listening.url}/api/organizations/${banner.organizationId}/members/?limit=1`;
  const headers = { Authorization: `Bearer ${banner.key}` };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next += 1;
      const junk = junkBytes > 0 ? `&utm_${next}=${randomBytes(junkBytes / 2).toString('hex')}` : '';
      const response = await fetch(`${path}${junk}`, { headers });
      if (response.status !== 200)
        throw new Error(`GET members → ${response.status}: ${await response.text()}`);
      await response.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

describe('memory under requests carrying unknown query parameters', { timeout: TIMEOUT_MS }, () => {
  it(`${REQUESTS} members requests with ${JUNK_BYTES} bytes of unknown parameters each grow RSS by < ${MAX_GROWTH_MB} MB`, async () => {
    // Warm-up with the same requests minus the junk: code compiled, pools and buffers at their working size.
    await askMembers(500, 0);
    const before = rssMb();
    await askMembers(REQUESTS, JUNK_BYTES);
    const growth = rssMb() - before;
    process.stdout.write(
      `RSS ${before.toFixed(1)} MB → +${growth.toFixed(1)} MB after ${REQUESTS} requests\n`,
    );
    expect(growth).toBeLessThan(MAX_GROWTH_MB);
  });
});
