import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressEvent } from '../src/run/run-types.js';
import { runContract } from '../src/run-contract.js';
import { fixtureOptions, type ReferenceTarget, startReferenceTarget } from './support/reference-target.js';

// The runner against the real reference server with upstream's burst throttle made small (30 requests a minute per
// key), on a clock that only the runner's sleeps move: the server's Retry-After is waited out in simulated time, so
// the run takes its usual seconds, not the minutes it would wait for real, and the same seed throttles the same way.

const MINUTE = 60_000;
const PROJECTS = {
  includePath: [
    '/api/organizations/{organization_id}/projects/',
    '/api/organizations/{organization_id}/projects/{id}/',
  ],
};

describe('the reference server throttling 30 requests a minute per key', () => {
  let target: ReferenceTarget;
  let offsetMs = 0;
  let refused = 0;
  // A whole minute, so the server's windows start where the run starts.
  const start = Math.floor(Date.now() / MINUTE) * MINUTE;
  beforeAll(async () => {
    target = await startReferenceTarget('sqlite', {
      clock: { now: () => new Date(start + offsetMs) },
      rateLimits: [{ scope: 'burst', requests: 30, periodSeconds: 60 }],
    });
  }, 120_000);
  afterAll(() => target?.close());

  const run = (maxThrottleWaitSeconds: number, events: ProgressEvent[] = []) => {
    refused = 0;
    offsetMs += 2 * MINUTE; // fresh windows for every key
    return runContract({
      target: {
        baseUrl: 'http://localhost',
        fetch: (async (request: Request) => {
          const response = await target.fetch(request);
          if (response.status === 429) refused++;
          return response;
        }) as typeof fetch,
      },
      ...fixtureOptions(target.fixtures),
      seed: 1,
      maxExamples: 2,
      operationFilter: PROJECTS,
      maxThrottleWaitSeconds,
      sleep: async (ms) => {
        offsetMs += ms;
      },
      onProgress: (event) => events.push(event),
    });
  };

  it('is waited out: every check passes, nothing is left behind, and the waits are reported', async () => {
    const events: ProgressEvent[] = [];
    const set = await run(3600, events);
    const clockAfter = start + offsetMs;
    expect(
      set.results.filter((r) => r.outcome === 'fail').map((r) => `${r.check} ${r.operation}: ${r.message}`),
    ).toEqual([]);
    expect(set.errors).toEqual([]);
    expect(set.cleanup.leftovers).toEqual([]);
    // Every 429 was waited out and resent (none was judged), and the run reported each wait.
    const waits = events.flatMap((e) => (e.type === 'throttled' ? [e.seconds] : []));
    expect(refused).toBeGreaterThan(0);
    expect(waits).toHaveLength(refused);
    expect(set.throttled).toEqual({ waits: refused, seconds: waits.reduce((a, b) => a + b, 0) });
    // The clock moved by the waits alone.
    expect(clockAfter - set.throttled.seconds * 1000).toBe(start + 2 * MINUTE);
  });

  it('judges the 429s as answers with maxThrottleWaitSeconds 0', async () => {
    const set = await run(0);
    expect(set.throttled).toEqual({ waits: 0, seconds: 0 });
    expect(refused).toBeGreaterThan(0);
    const lifecycle = set.results.filter((r) => r.check === 'project_lifecycle' && r.outcome === 'fail');
    expect(lifecycle.map((r) => r.message)).toEqual([
      expect.stringMatching(
        /^create project: expected 201, got 429 \(Request was throttled\. Expected available in \d+ seconds?\.\)$/,
      ),
    ]);
  });
});
