/**
 * Benchmark of the reference server against a bare Hono app serving the same precomputed JSON, on loopback with
 * keep-alive; servers and load generator are separate processes (2 shared cores).
 *
 *   npm run bench -w @org-api/server [-- --rounds 3 --seconds 5 --connections 16 --data-dir DIR --profile --only throughput|search]
 *
 * Targets (issue "Reference server", Speed and memory): GET members (a 100-item page of a 10,000-member
 * organization) ≥ 0.5× the baseline's req/s; GET github_login ≥ 0.35×; members search in a 100,000-member
 * organization p95 < 50 ms; RSS under load < 200 MB. Ratios come from medians of alternating rounds in ONE run.
 * Exits 0 when everything was measured (FAIL rows included), 1 when a measurement broke (e.g. a non-200 answer).
 * Data: SQLite files in a fresh folder under /dev/shm (else the OS tmp dir), removed at the end; `--data-dir` keeps
 * them for the next run (reused when present). `--profile` runs the real server with `--cpu-prof` and prints where its
 * time went (keep the .cpuprofile files with `--data-dir`). `--only throughput|search` runs one part. The real server runs with production settings (no response
 * validation, one JSON log line per request to /dev/null).
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../src/store/open-store.js';
import { type BenchOrganization, prepareOrganization } from './bench-data.js';
import {
  type LoadWorker,
  type ServerHandle,
  sampleRss,
  startLoadWorker,
  startServerProcess,
} from './bench-processes.js';
import { compareThroughput, type LoadSettings, load, measureSearch, searchPath } from './bench-scenarios.js';
import { formatTable, limitRow, type ResultRow, throughputRow } from './bench-stats.js';
import { formatProfileSummary, summarizeProfile } from './cpu-profile-summary.js';
import { buildSearchQueries, type SampledPerson } from './search-queries.js';
import type { BareRoute } from './server-process.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '16' },
    'queries-per-kind': { type: 'string', default: '10' },
    'search-repeats': { type: 'string', default: '5' },
    'data-dir': { type: 'string' },
    profile: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
for (const name of [
  'rounds',
  'seconds',
  'warmup',
  'connections',
  'queries-per-kind',
  'search-repeats',
] as const) {
  if (!/^[1-9]\d*$/.test(args[name]))
    throw new Error(`--${name} must be a positive integer, got "${args[name]}"`);
}
if (args.only !== undefined && args.only !== 'throughput' && args.only !== 'search') {
  throw new Error(`--only must be throughput or search, got "${args.only}"`);
}
const settings: LoadSettings = {
  rounds: Number(args.rounds),
  durationMs: Number(args.seconds) * 1000,
  warmupMs: Number(args.warmup) * 1000,
  connections: Number(args.connections),
};
const log = (line: string) => process.stdout.write(`${line}\n`);
// tmpfs when there is one: seeding 100,000 members on a disk waits minutes for fsyncs; reads come from the page cache
// either way.
const scratchRoot = existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
const dataDir = args['data-dir'] ?? mkdtempSync(join(scratchRoot, 'org-api-server-bench-'));
mkdirSync(dataDir, { recursive: true });
const profileDir = join(dataDir, `profiles-${process.pid}`);
const serverArgv = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
const auth = (org: BenchOrganization) => ({ Authorization: `Bearer ${org.apiKey}` });
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

async function logMemory(server: ServerHandle, when: string) {
  const m = await server.memory();
  log(
    `  memory ${when}: rss ${mb(m.rss)}, heap ${mb(m.heapUsed)} of ${mb(m.heapTotal)}, external ${mb(m.external)}`,
  );
}

async function seed(name: string, members: number): Promise<BenchOrganization> {
  const org = await prepareOrganization(dataDir, name, members);
  log(org.seededMs > 0 ? `seeded ${name} in ${(org.seededMs / 1000).toFixed(1)} s` : `reusing ${name}`);
  return org;
}

/** The real server's answers to the measured GETs, checked, become the bare app's precomputed bodies. */
async function precompute(worker: LoadWorker, port: number, org: BenchOrganization, paths: string[]) {
  const answers = await worker.run<{ path: string; status: number; body: string }[]>({
    kind: 'sequence',
    port,
    paths,
    headers: auth(org),
  });
  for (const a of answers) if (a.status !== 200) throw new Error(`GET ${a.path} → ${a.status}: ${a.body}`);
  return answers.map((a) => ({ path: a.path, body: a.body }));
}

async function sampleSearchPeople(org: BenchOrganization): Promise<SampledPerson[]> {
  const store = await openStore(org.databaseUrl);
  try {
    const people: SampledPerson[] = [];
    for (let offset = 7; offset < org.members; offset += Math.floor(org.members / 40)) {
      const page = await store.listMembers(org.organizationId, { limit: 1, offset, order: 'joined_at' });
      if (page.results[0]) people.push(page.results[0].user);
    }
    return people;
  } finally {
    await store.close();
  }
}

async function throughputScenarios(worker: LoadWorker, org: BenchOrganization, rows: ResultRow[]) {
  const server = await startServerProcess('real', org.databaseUrl, serverArgv);
  const rss = sampleRss(server.pid);
  await logMemory(server, 'after start');
  const membersPath = `/api/organizations/${org.organizationId}/members/?limit=100`;
  const githubPath = `/api/organizations/${org.organizationId}/members/${org.githubMember.uuid}/github_login/`;
  const [members, github] = await precompute(worker, server.port, org, [membersPath, githubPath]);
  if (!members || !github) throw new Error('no precomputed bodies');
  const page = JSON.parse(members.body) as { count: number; results: unknown[] };
  if (page.count !== org.members || page.results.length !== 100) {
    throw new Error(`members page: count ${page.count}, ${page.results.length} results`);
  }
  if (github.body !== JSON.stringify({ github_login: org.githubMember.login })) {
    throw new Error(`github_login answered ${github.body}`);
  }
  const bodiesFile = join(dataDir, `bare-bodies-${process.pid}.json`);
  const routes: BareRoute[] = [members, github].map((a) => ({
    path: a.path.split('?')[0] as string,
    body: a.body,
  }));
  writeFileSync(bodiesFile, JSON.stringify(routes));
  const baseline = await startServerProcess('bare', bodiesFile);
  await logMemory(baseline, 'of the bare Hono app after start (the floor: same bundle, plain node)');
  const servers = { baseline, server };
  try {
    const scenarios = [
      { name: `GET members (100 of ${org.members})`, answer: members, minRatio: 0.5 },
      { name: 'GET github_login', answer: github, minRatio: 0.35 },
    ];
    for (const scenario of scenarios) {
      log(`${scenario.name}: ${Buffer.byteLength(scenario.answer.body)} bytes per answer`);
      const requests = [{ path: scenario.answer.path, bodyBytes: Buffer.byteLength(scenario.answer.body) }];
      const result = await compareThroughput(
        worker,
        servers,
        { baseline: requests, server: requests },
        auth(org),
        settings,
        log,
      );
      rows.push(throughputRow(scenario.name, result.baseline, result.server, scenario.minRatio));
    }
    await logMemory(server, 'after load');
  } finally {
    await baseline.stop();
    rows.push(limitRow(`RSS max, load on ${org.members} members`, rss.stop(), 200, 'MB'));
    await server.stop();
  }
}

async function searchScenario(worker: LoadWorker, org: BenchOrganization, rows: ResultRow[]) {
  const queries = buildSearchQueries(await sampleSearchPeople(org), Number(args['queries-per-kind']));
  const server = await startServerProcess('real', org.databaseUrl, serverArgv);
  const rss = sampleRss(server.pid);
  try {
    await logMemory(server, 'after start');
    const { tiers, tierOf } = await measureSearch(
      worker,
      server.port,
      org.organizationId,
      auth(org),
      queries,
      Number(args['search-repeats']),
    );
    for (const kind of ['exact', 'typo', 'miss'] as const) {
      const answered = queries
        .filter((q) => q.kind === kind)
        .map((q) => `${q.search}→${tierOf.get(q.search)}`);
      log(`  ${kind} queries: ${answered.join(', ')}`);
    }
    for (const t of tiers) {
      log(
        `  search ${t.tier.padEnd(7)} ${t.queries} queries × ${Number(args['search-repeats'])}: ` +
          `p50 ${t.p50.toFixed(1)} ms, p95 ${t.p95.toFixed(1)} ms, p99 ${t.p99.toFixed(1)} ms`,
      );
      rows.push(limitRow(`search p95, tier ${t.tier} (${org.members} members)`, t.p95, 50, 'ms'));
    }
    // Memory under concurrent search load on the big organization (throughput is information only). URLs never
    // asked before (variants after the timed passes'), so every answer is searched, none served from the cache.
    const first = Number(args['search-repeats']) + 1;
    const requests = Array.from({ length: 200 }, (_, v) =>
      queries.map((q) => ({ path: searchPath(org.organizationId, q.search, first + v) })),
    ).flat();
    const mixed = await load(worker, server.port, requests, auth(org), settings);
    log(
      `  search mix under load: ${mixed.requestsPerSecond.toFixed(0)} req/s, p99 ${mixed.p99Ms.toFixed(1)} ms`,
    );
    const info = { baseline: '-', ratio: '-', target: '-', pass: undefined };
    rows.push({ ...info, scenario: 'search mix (info)', server: mixed.requestsPerSecond.toFixed(0) });
    await logMemory(server, 'after load');
  } finally {
    rows.push(limitRow(`RSS max, search load on ${org.members} members`, rss.stop(), 200, 'MB'));
    await server.stop();
  }
}

function printProfiles() {
  // CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile: thread 0 is the server's main thread.
  for (const file of readdirSync(profileDir).filter((f) => /\.0\.\d+\.cpuprofile$/.test(f))) {
    log(`\nprofile ${join(profileDir, file)}`);
    log(formatProfileSummary(summarizeProfile(JSON.parse(readFileSync(join(profileDir, file), 'utf8')), 25)));
  }
}

const rows: ResultRow[] = [];
const worker = startLoadWorker();
let failed = false;
try {
  log(`data in ${dataDir}`);
  const small = args.only === 'search' ? undefined : await seed('members-10k', 10_000);
  const large = args.only === 'throughput' ? undefined : await seed('members-100k', 100_000);
  log(
    `${settings.rounds} rounds × ${settings.durationMs / 1000} s per side, ${settings.connections} connections`,
  );
  if (small) await throughputScenarios(worker, small, rows);
  if (large) await searchScenario(worker, large, rows);
  if (args.profile) printProfiles();
} catch (error) {
  failed = true;
  log(`benchmark broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
} finally {
  worker.stop();
  if (!args['data-dir']) rmSync(dataDir, { recursive: true, force: true });
}
log(`\n${formatTable(rows)}`);
process.exit(failed ? 1 : 0);
