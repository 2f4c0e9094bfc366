/**
 * Benchmark (not a test): a full default contract run against the reference server in-process on SQLite (response
 * validation on), three times; prints each run and the median wall time, request count and requests per second.
 * Target: under 60 s per run on a 2-core machine.
 *
 *   npm run bench -w @org-api/contract [-- --runs 3 --max-examples 5 --http]
 *
 * `--http` serves the same app with @hono/node-server on 127.0.0.1 (random port) and runs over real HTTP instead.
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { exitCodeOf } from '../src/cli/exit-code.js';
import { runContract } from '../src/run-contract.js';
import { startReferenceTarget } from '../test/support/reference-target.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'max-examples': { type: 'string', default: '5' },
    http: { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
const maxExamples = Number(values['max-examples']);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const target = await startReferenceTarget('sqlite');
const server = values.http
  ? await new Promise<ReturnType<typeof serve>>((resolve) => {
      const started = serve({ fetch: target.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
    })
  : undefined;
const runTarget = server
  ? { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
  : { baseUrl: 'http://localhost', fetch: target.fetch as typeof fetch };
const rows: Array<{ seconds: number; requests: number; perSecond: number; failures: number; exit: number }> =
  [];
try {
  for (let i = 0; i < runs; i++) {
    const fixtures = await target.newFixtures();
    const started = performance.now();
    const set = await runContract({
      target: runTarget,
      tokens: fixtures.tokens,
      organizationId: fixtures.organizationId,
      otherOrganizationId: fixtures.otherOrganizationId,
      seed: i + 1,
      maxExamples,
    });
    const seconds = (performance.now() - started) / 1000;
    const row = {
      seconds,
      requests: set.requests,
      perSecond: set.requests / seconds,
      failures: set.results.filter((r) => r.outcome === 'fail').length,
      exit: exitCodeOf(set),
    };
    rows.push(row);
    console.log(
      `run ${i + 1} (seed ${set.seed}): ${row.seconds.toFixed(2)} s, ${row.requests} requests, ` +
        `${row.perSecond.toFixed(0)} req/s, ${row.failures} failure(s), exit ${row.exit}`,
    );
  }
} finally {
  if (server) await new Promise((resolve) => server.close(resolve));
  await target.close();
}
const wall = median(rows.map((r) => r.seconds));
console.log(
  `\nmedian of ${runs} full default runs (max-examples ${maxExamples}, SQLite, ${server ? 'HTTP' : 'in-process'}): ` +
    `${wall.toFixed(2)} s wall, ${median(rows.map((r) => r.requests))} requests, ` +
    `${median(rows.map((r) => r.perSecond)).toFixed(0)} req/s — target < 60 s: ${wall < 60 ? 'met' : 'MISSED'}`,
);
