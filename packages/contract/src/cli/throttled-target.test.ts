import { describe, expect, it } from 'vitest';
import { createFakeServer, FAKE_SERVER_ARGS } from '../../test/fake-server.js';
import { EXIT, runCli } from './run-cli.js';

/** Upstream's throttled answer (drf-exceptions-hog's body, `Retry-After` in whole seconds). */
const throttled = (retryAfter: string | undefined) =>
  new Response(
    JSON.stringify({
      type: 'throttled_error',
      code: 'throttled',
      detail: 'Request was throttled. Expected available in 2 seconds.',
      attr: null,
    }),
    {
      status: 429,
      headers: {
        'content-type': 'application/json',
        'x-request-id': 'throttled',
        ...(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
      },
    },
  );

/** The fixture server behind a rate limit that refuses the first `limit` POSTs (Retry-After: 2), then behaves. */
function throttledTarget(limit: number, retryAfter: string | undefined = '2') {
  const server = createFakeServer();
  let refused = 0;
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    if (request.method === 'POST' && refused < limit) {
      refused++;
      return throttled(retryAfter);
    }
    return server.fetch(request);
  };
  return fetch as typeof globalThis.fetch;
}

/** Runs the CLI against `fetch` with a fake sleep that records its waits instead of waiting. */
async function run(fetch: typeof globalThis.fetch, extra: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const files: Record<string, string> = {};
  const slept: number[] = [];
  const code = await runCli(
    [
      ...FAKE_SERVER_ARGS,
      '--checks',
      'status_code_conformance,positive_data_acceptance',
      '--report',
      'json=r.json',
      ...extra,
    ],
    {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      fetch,
      writeFile: (p, t) => {
        files[p] = t;
      },
      sleep: async (ms) => {
        slept.push(ms);
      },
    },
  );
  const text = out.join('');
  const waits = text.split('\n').filter((line) => line.includes('throttled by the target'));
  return { code, text, err: err.join(''), slept, waits, json: JSON.parse(files['r.json'] ?? 'null') };
}

const WAIT_LINE = '  throttled by the target: waiting 2 s (Retry-After) before retrying projects_create';

describe('a target that throttles (429 with Retry-After)', () => {
  it('is waited for and retried: the run passes and reports its waits', async () => {
    const r = await run(throttledTarget(3));
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.slept).toEqual([2000, 2000, 2000]);
    expect(r.waits).toEqual([WAIT_LINE, WAIT_LINE, WAIT_LINE]);
    expect(r.text).toMatch(
      /\n\d+ passed, 0 failed, 0 skipped, 0 errors; \d+ requests; waited 6 s for the target's rate limit \(3 times\); cleanup deleted \d+\n/,
    );
    expect(r.json.throttled).toEqual({ waits: 3, seconds: 6 });
    expect(r.json.summary.fail).toBe(0);
  });

  it('judges the 429s as answers with --max-throttle-wait 0 (no wait)', async () => {
    const r = await run(throttledTarget(3), ['--max-throttle-wait', '0']);
    expect(r.code).toBe(EXIT.failures);
    expect(r.slept).toEqual([]);
    expect(r.waits).toEqual([]);
    expect(r.text).toContain(
      '\n1. [status_code_conformance] projects_create: Undocumented status code: 429 (documented: 201, 400, 401, 403) (x3)\n',
    );
    // The 429s are undocumented answers, but not rejections of the valid data: the throttle answered first.
    expect(r.text).not.toContain('[positive_data_acceptance]');
    expect(r.text).not.toContain('rate limit');
    expect(r.json.throttled).toEqual({ waits: 0, seconds: 0 });
  });

  it('stops waiting once the run has waited --max-throttle-wait seconds, then judges the 429s', async () => {
    const r = await run(throttledTarget(Number.POSITIVE_INFINITY), ['--max-throttle-wait', '5']);
    expect(r.code).toBe(EXIT.failures);
    // 2 + 2 s fit in 5 s; a third wait would make 6.
    expect(r.slept).toEqual([2000, 2000]);
    expect(r.waits).toEqual([WAIT_LINE, WAIT_LINE]);
    // Every POST ended in a 429: the two waited out were refused again, the rest were not waited for.
    expect(r.text).toContain(
      '\n1. [status_code_conformance] projects_create: Undocumented status code: 429 (documented: 201, 400, 401, 403) (x10)\n',
    );
    expect(r.text).toMatch(/; \d+ requests; waited 4 s for the target's rate limit \(2 times\); cleanup /);
    expect(r.json.throttled).toEqual({ waits: 2, seconds: 4 });
  });

  it('refuses a bad --max-throttle-wait with a usage error (exit 2) naming the option', async () => {
    const r = await run(throttledTarget(0), ['--max-throttle-wait', 'soon']);
    expect(r.code).toBe(EXIT.error);
    expect(r.err).toBe(
      "org-api-contract: --max-throttle-wait must be a whole number of seconds (0 or more), got 'soon'\nRun with --help for usage.\n",
    );
    expect(r.text).toBe('');
  });

  it('returns a 429 without a usable Retry-After as it is, for the checks to judge', async () => {
    const r = await run(throttledTarget(1, 'soon'));
    expect(r.code).toBe(EXIT.failures);
    expect(r.slept).toEqual([]);
    expect(r.text).toContain(
      '\n1. [status_code_conformance] projects_create: Undocumented status code: 429 (documented: 201, 400, 401, 403)\n',
    );
  });
});
