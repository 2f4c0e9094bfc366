import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/checks/check-types.js';
import { EXIT, exitCodeOf } from '../src/cli/exit-code.js';
import { runCli } from '../src/cli/run-cli.js';
import type { ResultSet } from '../src/run/run-types.js';
import { runContract, selectChecks } from '../src/run-contract.js';
import { snapshotOrganization } from './support/organization-snapshot.js';
import {
  fixtureOptions,
  type ReferenceTarget,
  STORE_KINDS,
  startReferenceTarget,
} from './support/reference-target.js';
import { populateOrganization, RICH } from './support/rich-organization.js';

// The runner against the real reference server (response validation on), judged by the rule: every check
// passes with zero false positives, for several seeds, in-process on SQLite and PostgreSQL and over real HTTP, in an
// organization that also holds a signed legal document, deleted projects and 1,000 members; and the organization is
// left exactly as found. `npm run sweep -w @org-api/contract` runs the same judgement over 20 seeds per database.

const SEEDS = [1, 2];
/** A full run here takes 10–30 s depending on the machine's load (no assertion on it: the bench measures speed). */
const RUN_TIMEOUT = 180_000;
const BASE_URL = 'http://localhost';
/** Default checks that have nothing to judge in this spec (no operation declares a required header). */
const NOTHING_TO_JUDGE = ['missing_required_header'];

const describeFailure = (r: CheckResult) =>
  `${r.check} ${r.operation}: ${r.message}` +
  (r.request ? `\n  ${r.request.method} ${r.request.url} ${r.request.body ?? ''}` : '') +
  (r.response ? `\n  → ${r.response.status} ${r.response.body.slice(0, 300)}` : '');

/** Asserts the verdict of a whole run on the real server: no failure, no error, nothing left behind. */
function expectCleanRun(set: ResultSet) {
  expect(set.results.filter((r) => r.outcome === 'fail').map(describeFailure)).toEqual([]);
  expect(set.errors).toEqual([]);
  expect(set.cleanup.leftovers).toEqual([]);
  expect(exitCodeOf(set)).toBe(EXIT.ok);
  expect(set.checks).toEqual(selectChecks());
  const passing = new Set(set.results.filter((r) => r.outcome === 'pass').map((r) => r.check));
  expect(set.checks.filter((c) => !passing.has(c))).toEqual(NOTHING_TO_JUDGE);
}

describe.each(STORE_KINDS)('the reference server in-process on %s', (kind) => {
  let target: ReferenceTarget;
  beforeAll(async () => {
    target = await startReferenceTarget(kind);
    await populateOrganization(target, target.fixtures, RICH);
  }, 120_000);
  afterAll(() => target?.close());

  it.each(SEEDS)(
    'seed %i: every default check passes and the organization is left as found',
    async (seed) => {
      const { fixtures } = target;
      const snapshot = () =>
        snapshotOrganization(target.fetch, BASE_URL, fixtures.organizationId, fixtures.tokens.owner);
      const before = await snapshot();
      const set = await runContract({
        target: { baseUrl: BASE_URL, fetch: target.fetch as typeof fetch },
        ...fixtureOptions(fixtures),
        seed,
        maxExamples: 2,
      });
      expectCleanRun(set);
      expect(set.seed).toBe(String(seed));
      expect(set.cleanup.deleted).toBeGreaterThan(0);
      expect(await snapshot()).toEqual(before);
      expect(before.members).toHaveLength(RICH.members + 3);
    },
    RUN_TIMEOUT,
  );

  it('judges the download of a signed legal document (302) as accepted', async () => {
    // Both types signed: no document can be created, so the runner downloads the signed ones it lists.
    const fixtures = await target.newFixtures();
    await populateOrganization(target, fixtures, {
      members: 0,
      signedDocuments: ['BAA', 'DPA'],
      deletedProjects: 0,
    });
    const set = await runContract({
      target: { baseUrl: BASE_URL, fetch: target.fetch as typeof fetch },
      ...fixtureOptions(fixtures),
      seed: 1,
      maxExamples: 1,
      checks: ['positive_data_acceptance'],
      operationFilter: { includeOperationId: ['legal_documents_download_retrieve'] },
    });
    expect(set.results.map((r) => [r.outcome, r.operation, r.message])).toEqual([
      ['pass', 'legal_documents_download_retrieve', '1 response(s) conform'],
    ]);
  });
});

describe.each(STORE_KINDS)(
  'the reference server on %s over HTTP (@hono/node-server on 127.0.0.1), through the CLI (2 workers)',
  (kind) => {
    let target: ReferenceTarget;
    let server: ReturnType<typeof serve> | undefined;
    let baseUrl: string;
    beforeAll(async () => {
      target = await startReferenceTarget(kind);
      await populateOrganization(target, target.fixtures, RICH);
      const started = await new Promise<ReturnType<typeof serve>>((resolve) => {
        const listening = serve({ fetch: target.fetch, port: 0, hostname: '127.0.0.1' }, () =>
          resolve(listening),
        );
      });
      server = started;
      baseUrl = `http://127.0.0.1:${(started.address() as AddressInfo).port}`;
    }, 120_000);
    afterAll(async () => {
      // beforeAll may have failed before the server started: close only what exists.
      const running = server;
      if (running) await new Promise((resolve) => running.close(resolve));
      await target?.close();
    });

    it(
      'exits 0 with every default check passing, and leaves the organization as found',
      async () => {
        const { fixtures } = target;
        const snapshot = () =>
          snapshotOrganization((r) => fetch(r), baseUrl, fixtures.organizationId, fixtures.tokens.owner);
        const before = await snapshot();
        const files: Record<string, string> = {};
        let stdout = '';
        const code = await runCli(
          [
            '--base-url',
            baseUrl,
            '--fixtures',
            'fixtures.json',
            '--seed',
            '4',
            '--max-examples',
            '2',
            '--workers',
            '2',
            '--report',
            'json=out.json',
          ],
          {
            stdout: (t) => {
              stdout += t;
            },
            stderr: (t) => {
              stdout += t;
            },
            readFile: () => JSON.stringify(fixtures),
            writeFile: (path, text) => {
              files[path] = text;
            },
          },
        );
        const set = JSON.parse(files['out.json'] ?? '{}') as ResultSet;
        expectCleanRun(set);
        expect(code).toBe(EXIT.ok);
        expect(set.baseUrl).toBe(baseUrl);
        expect(stdout).toContain(`seed 4`);
        expect(await snapshot()).toEqual(before);
      },
      RUN_TIMEOUT,
    );
  },
);
