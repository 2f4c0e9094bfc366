import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFakeServer, FAKE_SERVER_ARGS, ORG, TOKENS } from '../../test/fake-server.js';
import { MINI_SPEC_PATH } from '../../test/mini-spec.js';
import { EXIT, runCli } from './run-cli.js';

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
  const args = [...FAKE_SERVER_ARGS];

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

  it('checks the credentials first: a refused owner token exits 2 with one clear line', async () => {
    const t = io(createFakeServer().fetch);
    const refused = args.map((a) => (a === TOKENS.owner ? 'phx_wrong' : a));
    expect(await runCli(refused, t.io)).toBe(EXIT.error);
    expect(t.err.join('')).toBe(
      `org-api-contract: owner token rejected by http://fake.test: GET /api/organizations/${ORG}/projects/ answered 401 (Invalid key.)\n`,
    );
    expect(t.out.join('')).toBe('');
    const member = io(createFakeServer().fetch);
    expect(await runCli([...args, '--member-token', 'phx_revoked'], member.io)).toBe(EXIT.error);
    expect(member.err.join('')).toBe(
      `org-api-contract: member token rejected by http://fake.test: GET /api/organizations/${ORG}/projects/ answered 401 (Invalid key.)\n`,
    );
  });

  it('times out a request that hangs (--request-timeout), counts it as an error and goes on', async () => {
    const server = createFakeServer();
    const hanging = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.method === 'GET' && /\/projects\/\d+\/$/.test(new URL(request.url).pathname))
        return new Promise<Response>(() => {});
      return server.fetch(request);
    };
    const t = io(hanging as typeof fetch);
    const code = await runCli(
      [
        ...args,
        '--request-timeout',
        '0.05',
        '--checks',
        'not_a_server_error',
        '--report',
        'json=r.json,junit=r.xml',
      ],
      t.io,
    );
    expect(code).toBe(EXIT.error);
    const text = t.out.join('');
    expect(text).toMatch(
      /\nErrors:\n {2}projects_retrieve: GET http:\/\/fake\.test\/api\/organizations\/[^ ]+\/projects\/\d+\/ timed out after 50 ms\n/,
    );
    expect(text).toMatch(/\n\d+ passed, 0 failed, 0 skipped, 1 error; /);
    const json = JSON.parse(t.files['r.json'] as string);
    expect(json.summary).toMatchObject({ fail: 0, skip: 0, errors: 1 });
    expect(json.summary.tests).toBe(json.results.length + 1);
    const xml = t.files['r.xml'] as string;
    expect(xml).toContain(
      `<testsuites name="org-api-contract" tests="${json.summary.tests}" failures="0" errors="1" skipped="0">`,
    );
    expect(xml.match(/<testcase /g)?.length).toBe(json.summary.tests);
  });

  it('selects operations (--include-*/--exclude-*), stops at the first failing check (-x) and dry-runs', async () => {
    const selected = io(createFakeServer().fetch);
    const filters = ['--include-method', 'get', '--exclude-operation-id', 'invites_list'];
    expect(await runCli([...args, ...filters, '--checks', 'not_a_server_error'], selected.io)).toBe(EXIT.ok);
    expect(selected.out.join('')).toContain(
      'org-api-contract: seed 3, target http://fake.test, 2 operations, 1 checks\n',
    );
    const unknown = io(createFakeServer().fetch);
    expect(await runCli([...args, '--include-operation-id', 'nope'], unknown.io)).toBe(EXIT.error);
    expect(unknown.err.join('')).toMatch(
      /^org-api-contract: --include-operation-id 'nope' matches no operation of the spec \(known: projects_list, /,
    );

    const first = io(createFakeServer(['missing_request_id', 'bad_error_body']).fetch);
    const checks = '--checks=response_headers_conformance,error_body_conformance';
    expect(await runCli([...args, checks, '-x'], first.io)).toBe(EXIT.failures);
    expect(first.out.join('')).toContain(
      '\nstopped early (--exitfirst): response_headers_conformance failed\n',
    );
    expect(first.out.join('')).not.toContain('[error_body_conformance]');

    let sent = 0;
    const dry = io(async () => {
      sent++;
      return new Response(null, { status: 500 });
    });
    expect(
      await runCli(
        [...args, '--dry-run', '--include-path', '/api/organizations/{organization_id}/projects/'],
        dry.io,
      ),
    ).toBe(EXIT.ok);
    expect(sent).toBe(0);
    const plan = dry.out.join('');
    expect(plan).toMatch(
      /^dry run \(nothing sent\): spec .*mini-spec\.yaml, target http:\/\/fake\.test, seed 3\n2 operation\(s\):\n/,
    );
    expect(plan).toMatch(
      /\n {2}projects_list {2}GET \/api\/organizations\/\{organization_id\}\/projects\/ {2}\(\d+ negative mutant\(s\)\)\n {4}curl -X GET 'http:\/\/fake\.test\/api\/organizations\/0b0c4e55-1111-4aaa-8bbb-000000000001\/projects\/' -H "authorization: Bearer \$TOKEN"\n/,
    );
    expect(plan).toContain('\n  projects_create  POST /api/organizations/{organization_id}/projects/');
  });

  it('reads the spec from a URL (--spec http://…)', async () => {
    const server = createFakeServer();
    const specText = readFileSync(MINI_SPEC_PATH, 'utf8');
    const withSpec = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (new URL(request.url).pathname === '/openapi.yaml')
        return new Response(specText, { headers: { 'content-type': 'application/yaml' } });
      return server.fetch(request);
    };
    const t = io(withSpec as typeof fetch);
    const fromUrl = args.map((a) => (a === MINI_SPEC_PATH ? 'http://fake.test/openapi.yaml' : a));
    expect(
      await runCli([...fromUrl, '--checks', 'not_a_server_error', '--report', 'json=r.json'], t.io),
    ).toBe(EXIT.ok);
    expect(JSON.parse(t.files['r.json'] as string).specSource).toBe('http://fake.test/openapi.yaml');
    const missing = io(withSpec as typeof fetch);
    const gone = args.map((a) => (a === MINI_SPEC_PATH ? 'http://fake.test/nope.yaml' : a));
    expect(await runCli(gone, missing.io)).toBe(EXIT.error);
    expect(missing.err.join('')).toBe(
      'org-api-contract: cannot fetch spec http://fake.test/nope.yaml: answered 404\n',
    );
  });

  it('prints usage with --help', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(EXIT.ok);
    expect(t.out.join('')).toContain('Usage: org-api-contract --base-url <url>');
  });
});
