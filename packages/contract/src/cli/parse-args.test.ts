import { describe, expect, it } from 'vitest';
import { UsageError } from '../run/rate-limiter.js';
import { parseCliArgs } from './parse-args.js';

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
        '--scoped-token',
        'project:read=phx_pr',
        '--scoped-token',
        'project:write=phx_pw',
        '--disposable-owner-token',
        'phx_d',
        '--disposable-organization-id',
        'org-d',
        '--other-organization-id',
        'org-b',
        '--include-operation-id',
        'a,b',
        '--include-operation-id',
        'c',
        '--include-path',
        '/x/',
        '--include-method',
        'GET',
        '--exclude-operation-id',
        'd',
        '--exclude-path',
        '/y/',
        '--exclude-method',
        'delete,patch',
        '-x',
        '--dry-run',
        '--request-timeout',
        '2.5',
        '--max-throttle-wait',
        '0',
      ],
      noFile,
    );
    expect(config).toEqual({
      help: false,
      baseUrl: 'http://localhost:8000',
      tokens: {
        owner: 'phx_o',
        admin: 'phx_a',
        member: 'phx_m',
        noScope: 'phx_n',
        otherOrg: 'phx_x',
        disposableOwner: 'phx_d',
        scoped: { 'project:read': 'phx_pr', 'project:write': 'phx_pw' },
      },
      organizationId: '@current',
      otherOrganizationId: 'org-b',
      disposableOrganizationId: 'org-d',
      users: undefined,
      operationFilter: {
        includeOperationId: ['a', 'b', 'c'],
        includePath: ['/x/'],
        includeMethod: ['GET'],
        excludeOperationId: ['d'],
        excludePath: ['/y/'],
        excludeMethod: ['delete', 'patch'],
      },
      exitFirst: true,
      dryRun: true,
      requestTimeoutMs: 2500,
      checks: ['pagination', 'ignored_auth'],
      excludeChecks: ['ignored_auth'],
      seed: '42',
      maxExamples: 3,
      workers: 2,
      rateLimit: '10/s',
      maxThrottleWaitSeconds: 0,
      headers: { 'X-Trace': 'abc', 'X-Other': '1' },
      readOnly: true,
      reports: { junit: 'out.xml', json: 'out.json' },
      spec: 'spec.yaml',
      maxResponseTimeMs: 500,
    });
  });

  it('takes tokens, ids and users from a fixtures file (the reference fixtures format), flags winning', () => {
    const fixtures = JSON.stringify({
      organizationId: 'org-1',
      otherOrganizationId: 'org-2',
      disposableOrganizationId: 'org-3',
      tokens: {
        owner: 'phx_o',
        admin: 'phx_a',
        member: 'phx_m',
        noScope: 'phx_n',
        otherOrg: 'phx_x',
        disposableOwner: 'phx_d',
        scoped: { 'project:read': 'phx_pr', 'project:write': 'phx_pw' },
      },
      users: { owner: { uuid: 'u-1' }, member: { uuid: 'u-3' } },
    });
    const config = parseCliArgs(
      [
        '--base-url',
        'http://h',
        '--fixtures',
        'f.json',
        '--member-token',
        'phx_flag',
        '--scoped-token',
        'project:read=phx_flag2',
      ],
      () => fixtures,
    );
    expect(config.tokens).toEqual({
      owner: 'phx_o',
      admin: 'phx_a',
      member: 'phx_flag',
      noScope: 'phx_n',
      otherOrg: 'phx_x',
      disposableOwner: 'phx_d',
      scoped: { 'project:read': 'phx_flag2', 'project:write': 'phx_pw' },
    });
    expect([config.organizationId, config.otherOrganizationId, config.disposableOrganizationId]).toEqual([
      'org-1',
      'org-2',
      'org-3',
    ]);
    expect(config.users).toEqual({ owner: { uuid: 'u-1' }, member: { uuid: 'u-3' } });
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
    [
      ['--base-url', 'http://h', '--token', 't', '--request-timeout', '0'],
      "--request-timeout must be a positive number of seconds, got '0'",
    ],
    [
      ['--base-url', 'http://h', '--token', 't', '--scoped-token', 'project:read'],
      "invalid --scoped-token 'project:read' (expected <scope>=<key>)",
    ],
    [['--base-url', 'http://h', '--fixtures', 'f.json'], 'cannot read fixtures f.json: ENOENT f.json'],
    [
      ['--base-url', 'http://h', '--token', 't', '--max-throttle-wait', '1.5'],
      "--max-throttle-wait must be a whole number of seconds (0 or more), got '1.5'",
    ],
    [
      ['--base-url', 'http://h', '--token', 't', '--max-throttle-wait=-1'],
      "--max-throttle-wait must be a whole number of seconds (0 or more), got '-1'",
    ],
    [
      ['--base-url', 'http://h', '--token', 't', '--max-throttle-wait', '99999999999999999999'],
      "--max-throttle-wait must be a whole number of seconds (0 or more), got '99999999999999999999'",
    ],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv, noFile)).toThrow(UsageError);
    expect(() => parseCliArgs(argv, noFile)).toThrow(message);
  });
});
