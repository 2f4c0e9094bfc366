import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denied, PATHS } from './test-support/api-calls.js';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

/**
 * The "Authentication and scopes" rules against the real app (generated routes, handlers, response
 * validation) on both databases, through the real generated client. Pipeline details (ordering, 405, HEAD) are
 * unit-tested in `http/auth-middleware.test.ts` on a fixture API.
 */
describe.each(STORE_KINDS)('authentication and scopes (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  const membersOf = (organizationId: string) => ({ params: { path: { organization_id: organizationId } } });

  it.each([
    [
      'no Authorization header',
      undefined,
      { code: 'not_authenticated', detail: 'Authentication credentials were not provided.' },
    ],
    [
      'an unknown phx_ key',
      'Bearer phx_unknownunknownunknownunknownunknown',
      {
        code: 'authentication_failed',
        detail: 'Personal API key found in request Authorization header is invalid.',
      },
    ],
    [
      'a valid key followed by other text',
      'Bearer {key} trailing',
      {
        code: 'authentication_failed',
        detail: 'Personal API key found in request Authorization header is invalid.',
      },
    ],
  ])('401 with %s, WWW-Authenticate: Bearer', async (_name, header, expected) => {
    const { organization, owner } = await h.seedOrg();
    const authorization = header?.replace('{key}', owner.key);
    const response = await h.fetch(
      new Request(`http://localhost/api/organizations/${organization.id}/members/`, {
        headers: authorization ? { authorization } : {},
      }),
    );
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="api"');
    expect(await response.json()).toEqual({ type: 'authentication_error', attr: null, ...expected });
  });

  it('stores the key only as its sha256$ hash and keeps last_used_at', async () => {
    const org = await h.seedOrg();
    const [before] = await h.store.listPersonalApiKeys(org.member.user.id);
    const hash = `sha256$${createHash('sha256').update(org.member.key).digest('hex')}`;
    expect(before?.secure_value).toBe(hash);
    expect(JSON.stringify(before)).not.toContain(org.member.key);
    expect(before?.last_used_at).toBeNull();
    h.clock.advance(5_000);
    const { response } = await org.member.client.GET(PATHS.members, membersOf(org.organization.id));
    expect(response.status).toBe(200);
    const [after] = await h.store.listPersonalApiKeys(org.member.user.id);
    expect(after?.last_used_at?.toISOString()).toBe(h.clock.now().toISOString());
  });

  it("a :read scope allows reads only; :write satisfies :read; '*' allows all", async () => {
    const org = await h.seedOrg();
    const reader = await h.addMember(org.organization, 8, {}, { scopes: ['organization_member:read'] });
    const writer = await h.addMember(org.organization, 8, {}, { scopes: ['organization_member:write'] });
    const path = { organization_id: org.organization.id, user__uuid: org.member.user.uuid };

    expect((await reader.client.GET(PATHS.members, membersOf(org.organization.id))).response.status).toBe(
      200,
    );
    const refused = await reader.client.PATCH(PATHS.member, { params: { path }, body: { level: 1 } });
    expect(refused.response.status).toBe(403);
    expect(refused.error).toEqual(denied("API key missing required scope 'organization_member:write'"));

    expect((await writer.client.GET(PATHS.members, membersOf(org.organization.id))).response.status).toBe(
      200,
    );
    const patched = await writer.client.PATCH(PATHS.member, { params: { path }, body: { level: 1 } });
    expect(patched.response.status).toBe(200);
    const projects = await writer.client.GET('/api/organizations/{organization_id}/projects/', {
      params: { path: { organization_id: org.organization.id } },
    });
    expect(projects.error).toEqual(denied("API key missing required scope 'project:read'"));
  });

  it('enforces keys restricted to organizations and to projects, as upstream', async () => {
    const org = await h.seedOrg();
    const other = await h.seedOrg();
    const project = await h.createProject(org.organization);
    const elsewhere = await h.addMember(
      org.organization,
      8,
      {},
      { scopedOrganizations: [other.organization.id] },
    );
    const scopedHere = await h.addMember(
      org.organization,
      8,
      {},
      { scopedOrganizations: [org.organization.id] },
    );
    const teams = await h.addMember(org.organization, 8, {}, { scopedTeams: [project.id] });

    const refused = await elsewhere.client.GET(PATHS.members, membersOf(org.organization.id));
    expect(refused.error).toEqual(
      denied(`API key does not have access to the requested organization: ID ${org.organization.id}.`),
    );
    expect((await scopedHere.client.GET(PATHS.members, membersOf(org.organization.id))).response.status).toBe(
      200,
    );

    const notProjectBased = await teams.client.GET(PATHS.members, membersOf(org.organization.id));
    expect(notProjectBased.error).toEqual(
      denied('API keys with scoped projects are only supported on project-based endpoints.'),
    );
    const projectPath = (id: number) => ({ params: { path: { organization_id: org.organization.id, id } } });
    const PROJECT = '/api/organizations/{organization_id}/projects/{id}/';
    expect((await teams.client.GET(PROJECT, projectPath(project.id))).response.status).toBe(200);
    const otherProject = await h.createProject(org.organization);
    expect((await teams.client.GET(PROJECT, projectPath(otherProject.id))).error).toEqual(
      denied(`API key does not have access to the requested project: ID ${otherProject.id}.`),
    );
  });

  it('403 with the generic message for a foreign or unknown organization (no existence leak); @current resolves', async () => {
    const org = await h.seedOrg();
    const foreign = await h.seedOrg();
    const generic = denied('You do not have permission to perform this action.');
    for (const id of [foreign.organization.id, '00000000-0000-4000-8000-000000000000']) {
      const { response, error } = await org.owner.client.GET(PATHS.members, membersOf(id));
      expect([response.status, error]).toEqual([403, generic]);
    }
    const current = await org.owner.client.GET(PATHS.members, membersOf('@current'));
    expect(current.data?.results.map((row) => row.user.email).sort()).toEqual(
      [org.owner, org.admin, org.member].map((m) => m.user.email).sort(),
    );
  });
});
