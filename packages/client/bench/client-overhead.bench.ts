// Per-call overhead of the client over raw fetch against the same local HTTP server (npm run bench), in one run:
//  (a) a trivial echo server (echo-server.ts): almost no server time, so the client's own cost shows fully;
//  (b) the reference server (reference-server.ts: createServerApp on a temp SQLite file), what a real call costs.
// Servers run in child processes on loopback. Every variant does one sequential call and reads the JSON body;
// variants are interleaved call by call (rotating which goes first) so the drift of a shared machine hits them
// alike. Printed: the median µs per call, and the ratio to raw fetch = the median over rounds of each round's
// median ratio (with the rounds' interquartile range). Target: client with defaults ≤ 1.1 × raw fetch on (a).
// Environment: BENCH_ROUNDS (default 20) scales every scenario; the load average is printed before and after.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import createClient from 'openapi-fetch';
import { createOrganizationsClient, type OrganizationsClient, type paths, unwrap } from '../src/index.js';
import {
  printTable,
  type RunShape,
  ratioToBaseline,
  runInterleaved,
  startChildServer,
  type Variant,
} from './bench-harness.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);
const ECHO_KEY = 'phx_Q7fKx2mNp9RtVw3YzB8cDhJkL4sGnE6aU';
const ECHO_ORG = '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d';
const REFERENCE_MEMBERS = 120;
const MEMBERS = '/api/organizations/{organization_id}/members/';
const INVITES = '/api/organizations/{organization_id}/invites/';
const GITHUB_LOGIN = '/api/organizations/{organization_id}/members/{user__uuid}/github_login/';
const DEFAULTS = 'client (defaults: auth, retries) + unwrap';

const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');

/** Runs the first call of every variant and checks what it returned, so only successful calls are timed. */
async function verify(variants: readonly Variant[], check: (result: unknown) => boolean): Promise<void> {
  for (const [name, call] of variants) {
    const result = await call();
    if (!check(result)) throw new Error(`${name}: unexpected result ${JSON.stringify(result).slice(0, 200)}`);
  }
}

const dataOf = (result: unknown) =>
  typeof result === 'object' && result !== null && 'response' in result && 'data' in result
    ? (result as { data: unknown }).data
    : result;
const isPage = (size: number) => (result: unknown) =>
  (dataOf(result) as { results?: unknown[] }).results?.length === size;

async function echoScenarios(): Promise<number> {
  const { child, baseUrl } = await startChildServer<object>('echo-server.ts');
  try {
    const client = (options: { timeoutMs?: number } = {}): OrganizationsClient =>
      createOrganizationsClient({ baseUrl, apiKey: ECHO_KEY, ...options });
    const defaults = client();
    const withDeadline = client({ timeoutMs: 30_000 });
    const plain = createClient<paths>({ baseUrl });
    const headers = { Authorization: `Bearer ${ECHO_KEY}` };
    const path = { organization_id: ECHO_ORG };
    const params = { path, query: { limit: 10, offset: 0 } };
    const url = `${baseUrl}/api/organizations/${ECHO_ORG}/members/?limit=10&offset=0`;
    const get: Variant[] = [
      ['raw fetch', async () => (await fetch(url, { headers })).json()],
      [DEFAULTS, () => unwrap(defaults.GET(MEMBERS, { params }))],
      ['client with timeoutMs: 30000 + unwrap', () => unwrap(withDeadline.GET(MEMBERS, { params }))],
      ['openapi-fetch alone, for reference', () => plain.GET(MEMBERS, { params, headers })],
    ];
    const invite = { target_email: 'ada@example.com', first_name: 'Ada', level: 8 as const };
    const postUrl = `${baseUrl}/api/organizations/${ECHO_ORG}/invites/`;
    const postHeaders = { ...headers, 'Content-Type': 'application/json' };
    const post: Variant[] = [
      [
        'raw fetch',
        async () =>
          (
            await fetch(postUrl, { method: 'POST', headers: postHeaders, body: JSON.stringify(invite) })
          ).json(),
      ],
      [DEFAULTS, () => unwrap(defaults.POST(INVITES, { params: { path }, body: invite }))],
      [
        'openapi-fetch alone, for reference',
        () => plain.POST(INVITES, { params: { path }, body: invite, headers }),
      ],
    ];
    await verify(get, isPage(3));
    await verify(post, (result) => (dataOf(result) as { first_name?: string }).first_name === 'Ada');
    const shape: RunShape = { rounds: ROUNDS, callsPerRound: 200, warmup: 500 };
    const getTimes = await runInterleaved(get, shape);
    printTable('(a) echo server, GET members with path params + query (3-item page)', getTimes, shape);
    const postTimes = await runInterleaved(post, { ...shape, warmup: 200, callsPerRound: 100 });
    printTable('(a) echo server, POST invite (JSON body echoed)', postTimes, {
      ...shape,
      callsPerRound: 100,
    });
    return ratioToBaseline(getTimes, 1).median;
  } finally {
    child.kill();
  }
}

interface ReferenceInfo {
  apiKey: string;
  organizationId: string;
  githubMemberUuid: string;
}

async function referenceScenarios(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'client-bench-'));
  const started = performance.now();
  const server = await startChildServer<ReferenceInfo>('reference-server.ts', [
    join(dir, 'bench.db'),
    String(REFERENCE_MEMBERS),
  ]);
  try {
    const { baseUrl, info } = server;
    console.log(
      `\nreference server: createServerApp on SQLite, ${REFERENCE_MEMBERS} members, ready in ${Math.round(performance.now() - started)} ms`,
    );
    const client = createOrganizationsClient({ baseUrl, apiKey: info.apiKey });
    const plain = createClient<paths>({ baseUrl });
    const headers = { Authorization: `Bearer ${info.apiKey}` };
    const org = info.organizationId;
    const membersUrl = `${baseUrl}/api/organizations/${org}/members/?limit=100`;
    const membersParams = { path: { organization_id: org }, query: { limit: 100 } };
    const members: Variant[] = [
      ['raw fetch', async () => (await fetch(membersUrl, { headers })).json()],
      [DEFAULTS, () => unwrap(client.GET(MEMBERS, { params: membersParams }))],
      ['openapi-fetch alone, for reference', () => plain.GET(MEMBERS, { params: membersParams, headers })],
    ];
    const loginUrl = `${baseUrl}/api/organizations/${org}/members/${info.githubMemberUuid}/github_login/`;
    const loginParams = { path: { organization_id: org, user__uuid: info.githubMemberUuid } };
    const login: Variant[] = [
      ['raw fetch', async () => (await fetch(loginUrl, { headers })).json()],
      [DEFAULTS, () => unwrap(client.GET(GITHUB_LOGIN, { params: loginParams }))],
      ['openapi-fetch alone, for reference', () => plain.GET(GITHUB_LOGIN, { params: loginParams, headers })],
    ];
    await verify(members, isPage(100));
    await verify(login, (result) => (dataOf(result) as { github_login?: string }).github_login === 'octocat');
    const membersShape: RunShape = { rounds: ROUNDS, callsPerRound: 10, warmup: 30 };
    printTable(
      '(b) reference server, GET members (100-item page)',
      await runInterleaved(members, membersShape),
      membersShape,
    );
    const loginShape: RunShape = { rounds: ROUNDS, callsPerRound: 50, warmup: 100 };
    printTable('(b) reference server, GET github_login', await runInterleaved(login, loginShape), loginShape);
  } finally {
    server.child.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(
    `client overhead over raw fetch on loopback (Node ${process.versions.node}); load average ${load()}`,
  );
  const ratio = await echoScenarios();
  await referenceScenarios();
  console.log(
    `\nclient with defaults, echo GET: ${ratio.toFixed(3)}× raw fetch (target ≤ 1.10×: ${ratio <= 1.1 ? 'met' : 'NOT met'}); load average ${load()}`,
  );
}

await main();
