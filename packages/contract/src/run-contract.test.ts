import { describe, expect, it } from 'vitest';
import { createFakeServer, type Defect, ORG, OTHER_ORG, TOKENS } from '../test/fake-server.js';
import { miniSpec } from '../test/mini-spec.js';
import type { CheckResult } from './checks/check-types.js';
import { UsageError } from './run/rate-limiter.js';
import { runContract, selectChecks } from './run-contract.js';

const run = (defects: Defect[] = [], extra: Partial<Parameters<typeof runContract>[0]> = {}) => {
  const server = createFakeServer(defects);
  return runContract({
    spec: miniSpec(),
    target: { baseUrl: 'http://fake.test', fetch: server.fetch },
    tokens: TOKENS,
    organizationId: ORG,
    otherOrganizationId: OTHER_ORG,
    seed: 7,
    maxExamples: 2,
    ...extra,
  }).then((set) => ({ set, server }));
};

const failures = (results: CheckResult[]) => results.filter((r) => r.outcome === 'fail');
const failedChecks = (results: CheckResult[]) => [...new Set(failures(results).map((r) => r.check))].sort();

describe('runContract against the fixture server', () => {
  it('passes a correct server with zero failures and cleans up everything it created', async () => {
    const { set, server } = await run();
    expect(failures(set.results).map((f) => `${f.check} ${f.operation}: ${f.message}`)).toEqual([]);
    expect(set.errors).toEqual([]);
    expect(set.seed).toBe('7');
    expect(set.cleanup.leftovers).toEqual([]);
    expect(server.projects.size).toBe(0);
    // The mini spec has no invite DELETE, so invites stay; all of them carry the seed.
    expect(
      [...server.invites.values()]
        .map((i) => String(i.target_email))
        .filter((e) => !e.startsWith('contract-7-')),
    ).toEqual([]);
    expect(set.results.filter((r) => r.outcome === 'pass').map((r) => r.check)).toEqual(
      expect.arrayContaining([
        'not_a_server_error',
        'negative_data_rejection',
        'pagination',
        'scope_enforcement',
        'tenant_isolation',
        'use_after_free',
        'read_after_write',
      ]),
    );
  });

  it('names what it creates with the seed', async () => {
    const names: string[] = [];
    const server = createFakeServer();
    await runContract({
      spec: miniSpec(),
      target: {
        baseUrl: 'http://fake.test',
        fetch: async (input, init) => {
          const req = input instanceof Request ? input : new Request(input, init);
          if (req.method === 'POST')
            names.push(String((JSON.parse(await req.clone().text()) as { name?: string }).name ?? ''));
          return server.fetch(req);
        },
      },
      tokens: TOKENS,
      organizationId: ORG,
      seed: 'abc',
      maxExamples: 1,
      checks: ['positive_data_acceptance'],
    });
    const named = names.filter((n) => n.startsWith('contract-abc-'));
    expect(named.length).toBeGreaterThan(0);
  });

  it.each<[Defect, string[]]>([
    ['leak_write_only', ['read_only_write_only', 'response_schema_conformance']],
    [
      'accept_invalid_body',
      ['bulk_invite_atomicity', 'negative_data_rejection', 'response_schema_conformance'],
    ],
    ['ignore_scope', ['scope_enforcement']],
    ['ignore_auth', ['ignored_auth']],
    ['no_405', ['unsupported_method']],
    ['cross_tenant', ['tenant_isolation']],
    ['crash_on_long_search', ['negative_data_rejection', 'not_a_server_error', 'status_code_conformance']],
    ['bad_error_body', ['error_body_conformance', 'response_schema_conformance']],
    ['delete_keeps_item', ['deleted_not_listed', 'pagination', 'project_lifecycle', 'use_after_free']],
    ['apply_read_only_id', ['read_only_write_only']],
    ['duplicate_pages', ['pagination']],
    ['missing_request_id', ['response_headers_conformance']],
    ['reinvite_keeps_old', ['reinvite_replacement']],
    ['bulk_not_atomic', ['bulk_invite_atomicity', 'negative_data_rejection']],
  ])('catches the %s defect with exactly %j', async (defect, expected) => {
    const { set } = await run([defect]);
    expect(failedChecks(set.results)).toEqual(expected);
    for (const f of failures(set.results).filter((r) => r.request)) {
      expect(f.curl).toMatch(/^curl -X [A-Z]+ 'http:\/\/fake\.test\/api\/organizations\//);
      expect(f.curl).not.toContain('phx_');
    }
  });

  it('refuses writes without an organization id, but runs read-only without creating anything', async () => {
    await expect(run([], { organizationId: undefined })).rejects.toThrow(
      new UsageError(
        'refusing to write without an organization id: pass organizationId (--organization-id) or readOnly (--read-only)',
      ),
    );
    const { set, server } = await run([], { readOnly: true });
    expect(failures(set.results)).toEqual([]);
    expect(set.operations).toEqual(['projects_list', 'projects_retrieve', 'invites_list']);
    expect(server.projects.size + server.invites.size).toBe(0);
    expect(set.results.find((r) => r.check === 'use_after_free')).toEqual({
      check: 'use_after_free',
      operation: '*',
      outcome: 'skip',
      message: 'skipped in a read-only run',
    });
  });

  it('is deterministic for a seed (same requests, same results)', async () => {
    const a = await run([], { checks: ['negative_data_rejection', 'positive_data_acceptance'] });
    const b = await run([], { checks: ['negative_data_rejection', 'positive_data_acceptance'] });
    expect(a.set.requests).toBe(b.set.requests);
    expect(a.set.results).toEqual(b.set.results);
  });
});

describe('selectChecks', () => {
  it('runs default checks, honours --checks/--exclude-checks and rejects unknown names', () => {
    expect(selectChecks()).not.toContain('max_response_time');
    expect(selectChecks(['all'])).toContain('max_response_time');
    expect(selectChecks(['pagination', 'max_response_time'])).toEqual(['max_response_time', 'pagination']);
    expect(selectChecks(undefined, ['pagination'])).not.toContain('pagination');
    expect(() => selectChecks(['nope'])).toThrow("unknown check 'nope'");
  });
});

describe('probes never touch data the runner did not create', () => {
  it('uses impossible ids (never @me/@current) when no created resource exists', async () => {
    const paths: string[] = [];
    const server = createFakeServer();
    await runContract({
      spec: miniSpec(),
      target: {
        baseUrl: 'http://fake.test',
        fetch: async (input, init) => {
          const req = input instanceof Request ? input : new Request(input, init);
          paths.push(`${req.method} ${new URL(req.url).pathname}`);
          return server.fetch(req);
        },
      },
      tokens: TOKENS,
      organizationId: ORG,
      seed: 1,
      maxExamples: 1,
    });
    expect(paths.filter((p) => p.includes('%40') || p.includes('@'))).toEqual([]);
    expect(paths.filter((p) => p.includes('//'))).toEqual([]);
  });
});
