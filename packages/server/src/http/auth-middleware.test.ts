import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKeyValue } from '../domain/tokens.js';
import { createApp } from './app.js';
import { echoHandlers } from './test-support/echo-handlers.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

let world: TestWorld;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  world = await createTestWorld();
  app = createApp({
    store: world.store,
    clock: world.clock,
    mailer: null,
    config: {},
    handlers: () => echoHandlers(),
  });
});
afterAll(async () => {
  await world.cleanup();
});

const call = async (path: string, key?: string, init: RequestInit = {}) => {
  const headers = new Headers(init.headers);
  if (key !== undefined) headers.set('Authorization', `Bearer ${key}`);
  const res = await app.request(`http://api.test${path}`, { ...init, headers });
  return { status: res.status, headers: res.headers, body: await res.json() };
};

const denied = (detail = 'You do not have permission to perform this action.') => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
});

describe('authentication', () => {
  const NOT_AUTHENTICATED = {
    type: 'authentication_error',
    code: 'not_authenticated',
    detail: 'Authentication credentials were not provided.',
    attr: null,
  };
  const FAILED = {
    type: 'authentication_error',
    code: 'authentication_failed',
    detail: 'Personal API key found in request Authorization header is invalid.',
    attr: null,
  };

  it.each([
    ['no header', {}],
    ['another scheme', { Authorization: 'Basic dXNlcjpwYXNz' }],
    ['an empty bearer', { Authorization: 'Bearer ' }],
  ])('401 not_authenticated with %s', async (_name, headers) => {
    const res = await call(`/api/organizations/${world.orgA.id}/members/`, undefined, { headers });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(NOT_AUTHENTICATED);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
  });

  it('401 authentication_failed for an unknown key (and a project token)', async () => {
    for (const key of ['phx_doesnotexist', 'phc_projecttoken']) {
      const res = await call(`/api/organizations/${world.orgA.id}/members/`, key);
      expect(res.status).toBe(401);
      expect(res.body).toEqual(FAILED);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    }
  });

  it('401 for the key of an inactive user', async () => {
    const res = await call(`/api/organizations/${world.orgA.id}/members/`, world.keys.inactive);
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ ...FAILED, detail: 'User account is disabled.' });
  });

  it('authenticates BEFORE the body is read or validated', async () => {
    const init = { method: 'POST', body: '{not json', headers: { 'Content-Type': 'application/json' } };
    expect((await call(`/api/organizations/${world.orgA.id}/invites/`, undefined, init)).body).toEqual(
      NOT_AUTHENTICATED,
    );
    const huge = {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
      headers: { 'Content-Type': 'text/plain' },
    };
    expect((await call(`/api/organizations/${world.orgA.id}/invites/`, 'phx_nope', huge)).status).toBe(401);
  });

  it('sets principal, organization and membership', async () => {
    const res = await call(`/api/organizations/${world.orgA.id}/members/`, world.keys.admin);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      operationId: 'members_list',
      organization: world.orgA.id,
      level: 8,
      user: 'admin@a.example.com',
      body: null,
    });
  });

  it('touches last_used_at at most once a minute', async () => {
    const secure = hashApiKeyValue(world.keys.member);
    const lastUsed = async () =>
      (await world.store.findPersonalApiKey(secure))?.key.last_used_at?.toISOString();
    expect(await lastUsed()).toBeUndefined();
    const path = `/api/organizations/${world.orgA.id}/members/`;
    await call(path, world.keys.member);
    const first = world.clock.now().toISOString();
    expect(await lastUsed()).toBe(first);
    world.clock.advance(59_000);
    await call(path, world.keys.member);
    expect(await lastUsed()).toBe(first);
    world.clock.advance(1_000);
    await call(path, world.keys.member);
    expect(await lastUsed()).toBe(world.clock.now().toISOString());
  });
});

describe('scopes', () => {
  const member = (suffix = '') => `/api/organizations/${world.orgA.id}/members/${suffix}`;
  const patch = { method: 'PATCH', body: '{"level":1}', headers: { 'Content-Type': 'application/json' } };

  it('a read scope allows reads', async () => {
    expect((await call(member(), world.keys.memberRead)).status).toBe(200);
  });

  it('a read scope does not allow writes', async () => {
    const res = await call(member(`${world.users.admin.uuid}/`), world.keys.memberRead, patch);
    expect(res.status).toBe(403);
    expect(res.body).toEqual(denied("API key missing required scope 'organization_member:write'"));
  });

  it('a write scope satisfies the read requirement', async () => {
    expect((await call(member(), world.keys.memberWrite)).status).toBe(200);
  });

  it('a legacy key (no scopes) is allowed everything', async () => {
    expect((await call(member(), world.keys.legacy)).status).toBe(200);
    expect(
      (await call(member(`${world.users.member.uuid}/scoped_api_keys/`), world.keys.legacy)).status,
    ).toBe(200);
  });

  it('other scope objects do not help', async () => {
    const res = await call(`/api/organizations/${world.orgA.id}/projects/`, world.keys.memberWrite);
    expect(res.status).toBe(403);
    expect(res.body).toEqual(denied("API key missing required scope 'project:read'"));
  });
});

describe('organizations', () => {
  it('@current resolves to the organization joined first', async () => {
    const res = await call('/api/organizations/@current/members/', world.keys.owner);
    expect(res.body).toMatchObject({ organization: world.orgA.id, level: 15 });
  });

  it('@current with scoped_organizations resolves to the scoped organization', async () => {
    const res = await call('/api/organizations/@current/members/', world.keys.scopedToB);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ organization: world.orgB.id, level: 1 });
  });

  it('403 (default message) for an organization the user is not a member of', async () => {
    const res = await call(`/api/organizations/${world.orgB.id}/members/`, world.keys.admin);
    expect(res.status).toBe(403);
    expect(res.body).toEqual(denied());
  });

  it('403 (same message, no existence leak) for an organization that does not exist', async () => {
    const res = await call(
      '/api/organizations/6c0fbb1d-6b43-4c39-9b85-1f1e8f7f0b1e/members/',
      world.keys.admin,
    );
    expect(res.status).toBe(403);
    expect(res.body).toEqual(denied());
  });

  it('404 for a syntactically invalid organization id', async () => {
    const res = await call('/api/organizations/not-a-uuid/members/', world.keys.admin);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
  });

  it('403 when the key is scoped to other organizations', async () => {
    const res = await call(`/api/organizations/${world.orgA.id}/members/`, world.keys.scopedToB);
    expect(res.status).toBe(403);
    expect(res.body).toEqual(
      denied(`API key does not have access to the requested organization: ID ${world.orgA.id}.`),
    );
    expect((await call(`/api/organizations/${world.orgA.id}/members/`, world.keys.scopedToA)).status).toBe(
      200,
    );
  });

  it('403 for project-scoped keys outside project endpoints', async () => {
    const res = await call(`/api/organizations/${world.orgA.id}/members/`, world.keys.scopedTeams);
    expect(res.status).toBe(403);
    expect(res.body).toEqual(
      denied('API keys with scoped projects are only supported on project-based endpoints.'),
    );
    const other = await call(`/api/organizations/${world.orgA.id}/projects/2/`, world.keys.scopedTeams);
    expect(other.body).toEqual(denied('API key does not have access to the requested project: ID 2.'));
    expect(
      (await call(`/api/organizations/${world.orgA.id}/projects/1/`, world.keys.scopedTeams)).status,
    ).toBe(200);
  });
});

describe('routing', () => {
  it('405 with Allow for a known path and another method, after authentication', async () => {
    const path = `/api/organizations/${world.orgA.id}/invites/`;
    expect((await call(path, undefined, { method: 'PUT' })).status).toBe(401);
    const res = await call(path, world.keys.owner, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, POST');
    expect(res.body).toEqual({
      type: 'invalid_request',
      code: 'method_not_allowed',
      detail: 'Method "PUT" not allowed.',
      attr: null,
    });
  });

  it('OPTIONS is a method like any other: 401 without credentials, else 405 with Allow (a stated deviation)', async () => {
    const path = `/api/organizations/${world.orgA.id}/members/`;
    expect((await call(path, undefined, { method: 'OPTIONS' })).status).toBe(401);
    const res = await call(path, world.keys.owner, { method: 'OPTIONS' });
    expect([res.status, res.headers.get('allow'), res.body]).toEqual([
      405,
      'GET',
      {
        type: 'invalid_request',
        code: 'method_not_allowed',
        detail: 'Method "OPTIONS" not allowed.',
        attr: null,
      },
    ]);
  });

  it('404 for unknown routes without asking for credentials', async () => {
    const res = await call('/api/organizations/x/nothing/');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      type: 'invalid_request',
      code: 'not_found',
      detail: 'Not found.',
      attr: null,
    });
  });

  it('308 to the slashed URL before authentication', async () => {
    const res = await app.request(`http://api.test/api/organizations/${world.orgA.id}/members?limit=1`);
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe(
      `http://api.test/api/organizations/${world.orgA.id}/members/?limit=1`,
    );
  });

  it('hands handlers form bodies as coerced JSON', async () => {
    const res = await call(`/api/organizations/${world.orgA.id}/invites/`, world.keys.owner, {
      method: 'POST',
      body: 'target_email=new%40example.com&level=8&send_email=false',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      body: { target_email: 'new@example.com', level: 8, send_email: false },
    });
  });
});
