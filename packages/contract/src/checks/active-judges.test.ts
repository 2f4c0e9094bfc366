import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/exchange-fixture.js';
import { component, miniSpec, op } from '../../test/mini-spec.js';
import { scopeRules, scopeSatisfies } from '../spec/behaviour-rules.js';
import { loadSpec } from '../spec/load-spec.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import { judgeAllowHeader } from './allow-header-conformance.js';
import { judgeAvailability } from './ensure-resource-availability.js';
import { judgeIgnoredAuth } from './ignored-auth.js';
import { judgeBulkCreated } from './lifecycle/bulk-invite-atomicity.js';
import { judgeMissingHeader } from './missing-required-header.js';
import { comparableFields, judgeStable, judgeWritten } from './read-after-write.js';
import { judgeReadOnlyIgnored, readOnlySentinels } from './read-only-sentinels.js';
import { judgeNoWriteOnly } from './read-only-write-only.js';
import { judgeWithoutScope, judgeWithScope, missingScopeDetail } from './scope-enforcement.js';
import { judgeTenantIsolation } from './tenant-isolation.js';
import { judgeUnsupportedMethod } from './unsupported-method.js';
import { judgeUseAfterFree } from './use-after-free.js';

const spec = miniSpec();
const validator = createSchemaValidator(spec);
const item = {
  path: '/api/organizations/org/projects/3/',
  pathTemplate: '/api/organizations/{organization_id}/projects/{id}/',
};

describe('unsupported_method and allow_header_conformance', () => {
  it('expects 405 for an undeclared method', () => {
    expect(judgeUnsupportedMethod(exchange({ ...item, method: 'PUT', status: 405 })).outcome).toBe('pass');
    expect(judgeUnsupportedMethod(exchange({ ...item, method: 'PUT', status: 404 })).message).toBe(
      'Unsupported method PUT /api/organizations/{organization_id}/projects/{id}/ returned 404, expected 405',
    );
  });

  it('expects Allow to list exactly the declared methods (HEAD and OPTIONS tolerated)', () => {
    const declared = ['get', 'delete', 'patch'];
    const withAllow = (allow?: string) =>
      exchange({ ...item, method: 'PUT', status: 405, headers: allow === undefined ? {} : { allow } });
    expect(judgeAllowHeader(withAllow('GET, PATCH, DELETE, HEAD, OPTIONS'), declared).outcome).toBe('pass');
    expect(judgeAllowHeader(withAllow(), declared).message).toBe(
      '405 response to PUT without an Allow header',
    );
    expect(judgeAllowHeader(withAllow('GET, POST'), declared).message).toBe(
      "Allow header 'GET, POST' does not match the spec (GET, DELETE, PATCH): missing DELETE, PATCH; undeclared POST",
    );
    expect(judgeAllowHeader(exchange({ status: 404 }), declared).outcome).toBe('skip');
  });
});

describe('missing_required_header', () => {
  it('expects a 4xx', () => {
    expect(judgeMissingHeader(exchange({ status: 400 }), 'X-Key').outcome).toBe('pass');
    expect(judgeMissingHeader(exchange({ status: 200 }), 'X-Key').message).toBe(
      "Missing required header 'X-Key' was not rejected: got 200, expected a 4xx",
    );
  });
});

describe('ignored_auth', () => {
  it('expects 401 without or with invalid credentials', () => {
    expect(judgeIgnoredAuth(exchange({ status: 401, role: 'none' }), op('projects_list')).outcome).toBe(
      'pass',
    );
    expect(judgeIgnoredAuth(exchange({ status: 200, role: 'none' }), op('projects_list')).message).toBe(
      'Authentication declared but not enforced: without credentials got 200',
    );
    expect(judgeIgnoredAuth(exchange({ status: 403, role: 'invalid' }), op('projects_list')).message).toBe(
      'Request with an invalid token got 403, expected 401',
    );
    const no401 = {
      ...op('projects_list'),
      responses: op('projects_list').responses.filter((r) => r.status !== '401'),
    };
    expect(judgeIgnoredAuth(exchange({ status: 403, role: 'invalid' }), no401).outcome).toBe('pass');
  });
});

describe('scope_enforcement', () => {
  const scopeError = {
    type: 'authentication_error',
    code: 'permission_denied',
    detail: "API key missing required scope 'project:write'",
    attr: null,
  };
  const detail = "API key missing required scope 'project:write'";

  it('expects 403 with the documented detail from a key that does not grant the scope', () => {
    expect(judgeWithoutScope(exchange({ status: 403, role: 'noScope' }), ['project:read']).outcome).toBe(
      'pass',
    );
    expect(judgeWithoutScope(exchange({ status: 200, role: 'noScope' }), ['project:read']).message).toBe(
      'Token without scope project:read was allowed (200)',
    );
    expect(judgeWithoutScope(exchange({ status: 401, role: 'noScope' }), ['project:read']).message).toBe(
      'Token without scope project:read got 401, expected 403 for the missing scope project:read',
    );
    const readKey = exchange({ status: 201, role: 'scoped:project:read' });
    expect(judgeWithoutScope(readKey, ['project:write'], 'project:read', detail).message).toBe(
      'Token with only project:read was allowed (201), but the operation requires project:write',
    );
    const vague = exchange({ status: 403, body: { ...scopeError, detail: 'Forbidden.' } });
    expect(judgeWithoutScope(vague, ['project:write'], 'project:read', detail).message).toBe(
      `Token with only project:read got 403 with detail "Forbidden."; a missing scope is answered "${detail}"`,
    );
    expect(
      judgeWithoutScope(
        exchange({ status: 403, body: scopeError }),
        ['project:write'],
        'project:read',
        detail,
      ),
    ).toEqual({
      outcome: 'pass',
      message: 'project:read: 403',
    });
    expect(missingScopeDetail(scopeRules(loadSpec()), ['project:write'])).toBe(detail);
  });

  it('expects no scope refusal from a key that grants the scope, exactly or by implication', () => {
    expect(judgeWithScope(exchange({ status: 403, body: scopeError }), ['project:write']).message).toBe(
      `Token with exactly the required scope project:write was refused for missing scope: ${detail}`,
    );
    const readDetail = { ...scopeError, detail: "API key missing required scope 'project:read'" };
    expect(
      judgeWithScope(exchange({ status: 403, body: readDetail }), ['project:read'], 'project:write').message,
    ).toBe(
      "Token with project:write (which grants project:read) was refused for missing scope: API key missing required scope 'project:read'",
    );
    const levelError = { ...scopeError, detail: 'Your organization access level is insufficient.' };
    expect(judgeWithScope(exchange({ status: 403, body: levelError }), ['project:read']).outcome).toBe(
      'pass',
    );
    const owner = exchange({ status: 404 });
    expect(
      judgeWithScope(exchange({ status: 403, body: levelError }), ['project:read'], 'project:read', owner)
        .message,
    ).toBe(
      'Token with exactly the required scope project:read was refused (403: Your organization access level is insufficient.) where a key with every scope got 404',
    );
  });

  it('reads the scope rules of the spec: * grants all, :write grants :read', () => {
    const rules = scopeRules(loadSpec());
    expect(rules).toEqual({
      wildcard: '*',
      implies: { write: 'read' },
      missingScopeDetail: "API key missing required scope '{scope}'",
    });
    expect(
      [
        ['project:write', 'project:read'],
        ['project:read', 'project:write'],
        ['*', 'legal_document:write'],
        ['organization:write', 'project:read'],
        ['project:read', 'project:read'],
      ].map(([held, required]) => scopeSatisfies(rules, held as string, required as string)),
    ).toEqual([true, false, true, false, true]);
  });
});

describe('tenant_isolation', () => {
  it('accepts only 403/404', () => {
    expect(judgeTenantIsolation(exchange({ status: 404, role: 'otherOrg' }), 'x').outcome).toBe('pass');
    expect(
      judgeTenantIsolation(exchange({ status: 200, role: 'otherOrg' }), "another organization's token")
        .message,
    ).toBe("Tenant isolation broken: another organization's token got 200");
    expect(judgeTenantIsolation(exchange({ status: 400, role: 'otherOrg' }), 'x').message).toBe(
      'x got 400, expected 403 or 404',
    );
  });
});

describe('use_after_free and ensure_resource_availability', () => {
  it('judges reads after delete and after create', () => {
    expect(judgeUseAfterFree(exchange({ ...item, status: 404 }), false).outcome).toBe('pass');
    expect(
      judgeUseAfterFree(exchange({ ...item, status: 200, body: { is_pending_deletion: true } }), true),
    ).toEqual({
      outcome: 'pass',
      message: 'deleted resource is pending deletion',
    });
    expect(
      judgeUseAfterFree(exchange({ ...item, status: 200, body: { is_pending_deletion: false } }), true)
        .message,
    ).toBe('Deleted resource is still available: GET /api/organizations/org/projects/3/ returned 200');
    const created = exchange({ method: 'POST', status: 201, body: { id: 3 } });
    expect(judgeAvailability(created, exchange({ ...item, status: 200 })).outcome).toBe('pass');
    expect(judgeAvailability(created, exchange({ ...item, status: 404 })).message).toBe(
      'Created resource is not available: GET /api/organizations/org/projects/3/ returned 404',
    );
    expect(judgeAvailability(exchange({ status: 400 }), exchange({ status: 404 })).outcome).toBe('skip');
  });
});

describe('read_after_write', () => {
  it('compares scalar fields written with what is read, e-mail domains case-insensitively', () => {
    expect(
      judgeWritten(
        'after create',
        { name: 'a', app_urls: ['x'], email: 'Ann@Example.COM' },
        { name: 'a', app_urls: [], email: 'Ann@example.com' },
        ['name', 'app_urls', 'email'],
      ).outcome,
    ).toBe('pass');
    expect(
      judgeWritten('after patch', { name: 'a', timezone: 'UTC' }, { name: 'b', timezone: 'UTC' }, [
        'name',
        'timezone',
      ]),
    ).toEqual({
      outcome: 'fail',
      message: 'after patch: read does not return what was written (name: wrote "a", read "b")',
      schemaPath: undefined,
    });
    expect(judgeWritten('after create', { secret_note: 's' }, {}, ['name']).outcome).toBe('skip');
  });

  it('compares only fields a server must store verbatim (no patterns, dates, readOnly or writeOnly)', () => {
    expect(comparableFields(spec, component('Project').schema)).toEqual([
      'name',
      'timezone',
      'week_start_day',
    ]);
    expect(comparableFields(spec, component('Invite').schema)).toEqual([
      'target_email',
      'first_name',
      'level',
      'message',
    ]);
  });

  it('requires server fields to stay stable', () => {
    expect(
      judgeStable('s', { id: 1, created_at: 'a', name: 'x' }, { id: 1, created_at: 'a', name: 'y' }).outcome,
    ).toBe('pass');
    expect(
      judgeStable('create vs read', { id: 1, created_at: 'a' }, { id: 1, created_at: 'b' }).message,
    ).toBe('create vs read: server field(s) changed: created_at "a" → "b"');
  });
});

describe('read_only_write_only', () => {
  it('finds writeOnly leaks in responses', () => {
    const leak = exchange({
      operationId: 'projects_create',
      status: 201,
      body: { id: 1, name: 'p', created_at: '2024-01-02T03:04:05Z', secret_note: 'x' },
    });
    expect(judgeNoWriteOnly(leak, op('projects_create'), validator)).toEqual({
      outcome: 'fail',
      message: 'writeOnly property leaked in response: /secret_note',
      schemaPath: '/components/schemas/Project/properties/secret_note/oasWriteOnlyInResponse',
    });
  });

  it('requires readOnly values sent in a request to be rejected or ignored', () => {
    const sent = { id: 987654321, created_at: '2001-02-03T04:05:06Z' };
    expect(judgeReadOnlyIgnored(exchange({ status: 400 }), sent).outcome).toBe('pass');
    expect(
      judgeReadOnlyIgnored(
        exchange({ status: 201, body: { id: 4, created_at: '2024-01-01T00:00:00Z' } }),
        sent,
      ).outcome,
    ).toBe('pass');
    expect(
      judgeReadOnlyIgnored(
        exchange({ status: 201, body: { id: 987654321, created_at: '2024-01-01T00:00:00Z' } }),
        sent,
      ).message,
    ).toBe('readOnly property applied from the request: id=987654321');
  });

  it('chooses unmistakable sentinels only for readOnly scalars', () => {
    expect(readOnlySentinels(spec, component('Project').schema, '7')).toEqual({
      id: 987654321,
      uuid: 'c0de0000-0000-4000-8000-00000000c0de',
      created_at: '2001-02-03T04:05:06Z',
    });
  });
});

describe('bulk invites', () => {
  it('expects the created invites in request order', () => {
    expect(
      judgeBulkCreated([{ target_email: 'a@x.io' }, { target_email: 'B@X.IO' }], ['a@x.io', 'b@x.io'])
        .outcome,
    ).toBe('pass');
    expect(
      judgeBulkCreated([{ target_email: 'b@x.io' }, { target_email: 'a@x.io' }], ['a@x.io', 'b@x.io'])
        .message,
    ).toBe('bulk create returned e-mails ["b@x.io","a@x.io"], expected ["a@x.io","b@x.io"] in that order');
    expect(judgeBulkCreated({ id: 1 }, ['a@x.io']).message).toBe(
      'bulk create returned {"id":1}, expected an array',
    );
  });
});
