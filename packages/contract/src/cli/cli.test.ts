import { describe, expect, it } from 'vitest';
import { createFakeServer, ORG, TOKENS } from '../../test/fake-server.js';
import { MINI_SPEC_PATH } from '../../test/mini-spec.js';
import { UsageError } from '../run/rate-limiter.js';
import { parseCliArgs } from './parse-args.js';
import { EXIT, runCli } from './run-cli.js';

const noFile = (p: string): string => {
  throw new Error(`ENOENT ${p}`);
};

describe('parseCliArgs', () => {
  it('parses every option', () => {
    const config = parseCliArgs(
      [
        '--base-url',
        'http://localhost:8000',
        '--token',
        'phx_o',
        '--member-token',
        'phx_m',
        '--no-scope-token',
        'phx_n',
        '--other-org-token',
        'phx_x',
        '--admin-token',
        'phx_a',
        '--organization-id',
        '@current',
        '--checks',
        'pagination,ignored_auth',
        '--exclude-checks',
        'ignored_auth',
        '--seed',
        '42',
        '--max-examples',
        '3',
        '--workers',
        '2',
        '--rate-limit',
        '10/s',
        '-H',
        'X-Trace: abc',
        '-H',
        'X-Other:1',
        '--read-only',
        '--report',
        'junit=out.xml,json=out.json',
        '--spec',
        'spec.yaml',
        '--max-response-time',
        '500',
      ],
      noFile,
    );
    expect(config).toEqual({
      help: false,
      baseUrl: 'http://localhost:8000',
      tokens: { owner: 'phx_o', admin: 'phx_a', member: 'phx_m', noScope: 'phx_n', otherOrg: 'phx_x' },
      organizationId: '@current',
      otherOrganizationId: undefined,
      checks: ['pagination', 'ignored_auth'],
      excludeChecks: ['ignored_auth'],
      seed: '42',
      maxExamples: 3,
      workers: 2,
      rateLimit: '10/s',
      headers: { 'X-Trace': 'abc', 'X-Other': '1' },
      readOnly: true,
      reports: { junit: 'out.xml', json: 'out.json' },
      spec: 'spec.yaml',
      maxResponseTimeMs: 500,
    });
  });

  it('takes tokens and ids from a fixtures file, flags winning', () => {
    const fixtures = JSON.stringify({
      organizationId: 'org-1',
      otherOrganizationId: 'org-2',
      tokens: { owner: 'phx_o', admin: 'phx_a', member: 'phx_m', noScope: 'phx_n', otherOrg: 'phx_x' },
    });
    const config = parseCliArgs(
      ['--base-url', 'http://h', '--fixtures', 'f.json', '--member-token', 'phx_flag'],
      () => fixtures,
    );
    expect(config.tokens).toEqual({
      owner: 'phx_o',
      admin: 'phx_a',
      member: 'phx_flag',
      noScope: 'phx_n',
      otherOrg: 'phx_x',
    });
    expect([config.organizationId, config.otherOrganizationId]).toEqual(['org-1', 'org-2']);
  });

  it.each([
    [['--token', 't'], '--base-url is required'],
    [['--base-url', 'nope', '--token', 't'], "--base-url 'nope' is not a URL"],
    [['--base-url', 'http://h'], '--token (or fixtures.tokens.owner) is required'],
    [
      ['--base-url', 'http://h', '--token', 't', '--workers', '0'],
      "--workers must be a positive integer, got '0'",
    ],
    [
      ['--base-url', 'http://h', '--token', 't', '--report', 'html=x'],
      "invalid --report entry 'html=x' (expected junit=<path> or json=<path>)",
    ],
    [
      ['--base-url', 'http://h', '--token', 't', '-H', 'novalue'],
      "invalid header 'novalue' (expected 'Name: value')",
    ],
    [
      ['--base-url', 'http://h', '--token', 't', '--fixtures', 'f.json'],
      'cannot read fixtures f.json: ENOENT f.json',
    ],
    [['--bogus'], "Unknown option '--bogus'"],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv, noFile)).toThrow(UsageError);
    expect(() => parseCliArgs(argv, noFile)).toThrow(message);
  });
});

describe('runCli exit codes', () => {
  const io = (fetch?: typeof globalThis.fetch) => {
    const out: string[] = [];
    const err: string[] = [];
    const files: Record<string, string> = {};
    return {
      out,
      err,
      files,
      io: {
        stdout: (t: string) => out.push(t),
        stderr: (t: string) => err.push(t),
        fetch,
        writeFile: (p: string, t: string) => {
          files[p] = t;
        },
      },
    };
  };
  const args = [
    '--base-url',
    'http://fake.test',
    '--spec',
    MINI_SPEC_PATH,
    '--token',
    TOKENS.owner,
    '--organization-id',
    ORG,
    '--seed',
    '3',
    '--max-examples',
    '1',
  ];

  it('exits 0 when every check passes, printing progress, the summary and writing reports', async () => {
    const t = io(createFakeServer().fetch);
    expect(
      await runCli(
        [...args, '--checks', 'not_a_server_error,pagination', '--report', 'junit=r.xml,json=r.json'],
        t.io,
      ),
    ).toBe(EXIT.ok);
    const text = t.out.join('');
    expect(text).toContain('org-api-contract: seed 3, target http://fake.test, 9 operations, 2 checks\n');
    expect(text).toContain('  PASS pagination: ');
    expect(text).toContain('seed 3 (rerun with --seed 3)');
    expect(Object.keys(t.files)).toEqual(['r.xml', 'r.json']);
    expect(JSON.parse(t.files['r.json'] as string).summary.fail).toBe(0);
  });

  it('exits 1 on conformance failures', async () => {
    const t = io(createFakeServer(['missing_request_id']).fetch);
    expect(await runCli([...args, '--checks', 'response_headers_conformance'], t.io)).toBe(EXIT.failures);
    expect(t.out.join('')).toContain(
      "[response_headers_conformance] projects_list: Response headers do not conform: header 'X-Request-Id'",
    );
  });

  it('exits 2 on usage errors, spec errors and an unreachable target', async () => {
    const usage = io();
    expect(await runCli(['--checks', 'x'], usage.io)).toBe(EXIT.error);
    expect(usage.err.join('')).toBe('org-api-contract: --base-url is required\nRun with --help for usage.\n');
    const unknownCheck = io(createFakeServer().fetch);
    expect(await runCli([...args, '--checks', 'nope'], unknownCheck.io)).toBe(EXIT.error);
    const noOrg = io(createFakeServer().fetch);
    expect(
      await runCli(
        args.filter((a) => a !== '--organization-id' && a !== ORG),
        noOrg.io,
      ),
    ).toBe(EXIT.error);
    expect(noOrg.err.join('')).toContain('refusing to write without an organization id');
    const badSpec = io(createFakeServer().fetch);
    expect(await runCli([...args, '--spec', '/nonexistent.yaml'], badSpec.io)).toBe(EXIT.error);
    expect(badSpec.err.join('')).toContain('cannot read spec /nonexistent.yaml');
    const down = io(async () => {
      throw new TypeError('fetch failed');
    });
    expect(await runCli(args, down.io)).toBe(EXIT.error);
    expect(down.err.join('')).toBe('org-api-contract: cannot reach http://fake.test: fetch failed\n');
  });

  it('prints usage with --help', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(EXIT.ok);
    expect(t.out.join('')).toContain('Usage: org-api-contract --base-url <url>');
  });
});
