import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Tokens } from '../checks/check-types.js';
import type { OperationFilter } from '../run/operation-filter.js';
import { UsageError } from '../run/rate-limiter.js';
import {
  listAll,
  listOf,
  parseHeader,
  parseReports,
  positiveInt,
  type ReportPaths,
  scopedTokens,
  timeoutMs,
  wholeSeconds,
} from './option-values.js';

/** Parsed command line. */
export interface CliConfig {
  help: boolean;
  baseUrl: string;
  tokens: Tokens;
  organizationId: string | undefined;
  otherOrganizationId: string | undefined;
  disposableOrganizationId: string | undefined;
  users: Record<string, { uuid?: string | undefined }> | undefined;
  operationFilter: OperationFilter;
  exitFirst: boolean;
  dryRun: boolean;
  requestTimeoutMs: number | undefined;
  checks: string[] | undefined;
  excludeChecks: string[] | undefined;
  seed: string | undefined;
  maxExamples: number | undefined;
  workers: number | undefined;
  rateLimit: string | undefined;
  maxThrottleWaitSeconds: number | undefined;
  headers: Record<string, string>;
  readOnly: boolean;
  reports: ReportPaths;
  spec: string | undefined;
  maxResponseTimeMs: number | undefined;
}

/** Shape of a `--fixtures` file (what the reference server's `fixtures` command prints). */
export interface FixturesFile {
  organizationId?: string;
  otherOrganizationId?: string;
  disposableOrganizationId?: string;
  tokens?: Partial<Tokens>;
  users?: Record<string, { uuid?: string }>;
}

export const USAGE = `Usage: org-api-contract --base-url <url> (--token <key> | --fixtures <file>) [options]

  --base-url <url>           target server (required)
  --fixtures <file>          JSON with the ids and keys below (the reference server prints one:
                             npm run -s admin -- fixtures > fixtures.json); see the README for its format
  --token <key>              owner's personal API key
  --admin-token <key>        an admin's key          --member-token <key>     a plain member's key
  --no-scope-token <key>     a key without the API scopes
  --scoped-token <scope=key> a key holding exactly that scope (repeatable)
  --other-org-token <key>    the owner's key of another organization (B)
  --other-organization-id <id>  organization B
  --disposable-owner-token <key>, --disposable-organization-id <id>
                             an organization with one owner, for the last-owner rules (it may be left broken)
  --organization-id <id>     organization to test (or @current); required unless --read-only
  --checks a,b               only these checks ('all' adds the off-by-default ones)
  --exclude-checks a,b       skip these checks
  --include-operation-id, --include-path, --include-method <v>    only these operations (repeatable, or a,b)
  --exclude-operation-id, --exclude-path, --exclude-method <v>    not these operations
  -x, --exitfirst            stop after the first check that fails (the organization is still cleaned up)
  --dry-run                  print what would run (operations, checks, a generated request each); send nothing
  --seed <n>                 seed for all generated data and names
  --max-examples <n>         examples per operation, mutants per family and target (default 5)
  --workers <n>              operations in parallel (default 1)
  --rate-limit <N/s|N/m|N/h> throttle requests
  --max-throttle-wait <s>    seconds the run may wait out the target's 429s (their Retry-After) before resending
                             them (default 120); 0 never waits: a 429 is judged as an answer
                             (a skip for the checks of the target's decisions)
  --request-timeout <s>      seconds to wait for each response (default 10); no answer is a run error
  -H 'Name: value'           extra header (repeatable)
  --read-only                only GET requests; nothing is created or deleted
  --max-response-time <ms>   limit for max_response_time (default 2000)
  --report junit=<path>,json=<path>
  --spec <path|url>          spec file or http(s) URL (default: bundled openapi/organizations.yaml)

Exit codes: 0 all checks pass, 1 conformance failures, 2 usage, credentials or target errors.`;

/**
 * Parses the command line (without `node script`). Flags win over `--fixtures`.
 * @throws UsageError for unknown options, bad values or missing required ones.
 */
export function parseCliArgs(argv: string[], readFile = (p: string) => readFileSync(p, 'utf8')): CliConfig {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.help) return { ...emptyConfig(), help: true };
  if (parsed.positionals.length) throw new UsageError(`unexpected argument '${parsed.positionals[0]}'`);
  const fixtures = v.fixtures ? readFixtures(v.fixtures, readFile) : {};
  const baseUrl = v['base-url'];
  if (!baseUrl) throw new UsageError('--base-url is required');
  try {
    new URL(baseUrl);
  } catch {
    throw new UsageError(`--base-url '${baseUrl}' is not a URL`);
  }
  const owner = v.token ?? fixtures.tokens?.owner;
  if (!owner) throw new UsageError('--token (or fixtures.tokens.owner) is required');
  const scoped = { ...fixtures.tokens?.scoped, ...scopedTokens(v['scoped-token']) };
  return {
    help: false,
    baseUrl,
    tokens: {
      owner,
      admin: v['admin-token'] ?? fixtures.tokens?.admin,
      member: v['member-token'] ?? fixtures.tokens?.member,
      noScope: v['no-scope-token'] ?? fixtures.tokens?.noScope,
      otherOrg: v['other-org-token'] ?? fixtures.tokens?.otherOrg,
      disposableOwner: v['disposable-owner-token'] ?? fixtures.tokens?.disposableOwner,
      ...(Object.keys(scoped).length ? { scoped } : {}),
    },
    organizationId: v['organization-id'] ?? fixtures.organizationId,
    otherOrganizationId: v['other-organization-id'] ?? fixtures.otherOrganizationId,
    disposableOrganizationId: v['disposable-organization-id'] ?? fixtures.disposableOrganizationId,
    users: fixtures.users,
    operationFilter: {
      includeOperationId: listAll(v['include-operation-id']),
      includePath: listAll(v['include-path']),
      includeMethod: listAll(v['include-method']),
      excludeOperationId: listAll(v['exclude-operation-id']),
      excludePath: listAll(v['exclude-path']),
      excludeMethod: listAll(v['exclude-method']),
    },
    exitFirst: v.exitfirst ?? false,
    dryRun: v['dry-run'] ?? false,
    requestTimeoutMs: timeoutMs(v['request-timeout']),
    checks: listOf(v.checks),
    excludeChecks: listOf(v['exclude-checks']),
    seed: v.seed,
    maxExamples: positiveInt('max-examples', v['max-examples']),
    workers: positiveInt('workers', v.workers),
    rateLimit: v['rate-limit'],
    maxThrottleWaitSeconds: wholeSeconds('max-throttle-wait', v['max-throttle-wait']),
    headers: Object.fromEntries((v.header ?? []).map(parseHeader)),
    readOnly: v['read-only'] ?? false,
    reports: parseReports(v.report),
    spec: v.spec,
    maxResponseTimeMs: positiveInt('max-response-time', v['max-response-time']),
  };
}

function parse(argv: string[]) {
  const str = { type: 'string' } as const;
  const many = { type: 'string', multiple: true } as const;
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      'base-url': str,
      token: str,
      'admin-token': str,
      'member-token': str,
      'no-scope-token': str,
      'other-org-token': str,
      'disposable-owner-token': str,
      'scoped-token': many,
      'organization-id': str,
      'other-organization-id': str,
      'disposable-organization-id': str,
      'include-operation-id': many,
      'include-path': many,
      'include-method': many,
      'exclude-operation-id': many,
      'exclude-path': many,
      'exclude-method': many,
      exitfirst: { type: 'boolean', short: 'x' },
      'dry-run': { type: 'boolean' },
      'request-timeout': str,
      fixtures: str,
      checks: str,
      'exclude-checks': str,
      seed: str,
      'max-examples': str,
      workers: str,
      'rate-limit': str,
      'max-throttle-wait': str,
      header: { type: 'string', short: 'H', multiple: true },
      'read-only': { type: 'boolean' },
      report: str,
      spec: str,
      'max-response-time': str,
    },
  });
}

function readFixtures(path: string, readFile: (p: string) => string): FixturesFile {
  let data: unknown;
  try {
    data = JSON.parse(readFile(path));
  } catch (error) {
    throw new UsageError(`cannot read fixtures ${path}: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new UsageError(`fixtures ${path} must be a JSON object`);
  return data as FixturesFile;
}

function emptyConfig(): CliConfig {
  return {
    help: false,
    baseUrl: '',
    tokens: { owner: '' },
    organizationId: undefined,
    otherOrganizationId: undefined,
    disposableOrganizationId: undefined,
    users: undefined,
    operationFilter: {},
    exitFirst: false,
    dryRun: false,
    requestTimeoutMs: undefined,
    checks: undefined,
    excludeChecks: undefined,
    seed: undefined,
    maxExamples: undefined,
    workers: undefined,
    rateLimit: undefined,
    maxThrottleWaitSeconds: undefined,
    headers: {},
    readOnly: false,
    reports: {},
    spec: undefined,
    maxResponseTimeMs: undefined,
  };
}
