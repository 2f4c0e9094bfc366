import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePersonalApiKey } from '../cli/provisioning.js';
import {
  DAY_MS,
  ISO_DATETIME,
  memberCalls,
  NOT_FOUND,
  UNKNOWN_UUID,
  UUID_PATTERN,
} from './test-support/api-calls.js';
import {
  type ApiClient,
  createHandlerHarness,
  type HandlerHarness,
  STORE_KINDS,
} from './test-support/handler-harness.js';

/** Reading members: the list (order, search, pagination), GitHub login and scoped API keys. Changes: member-changes.test.ts */
describe.each(STORE_KINDS)('members handlers (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });
  const calls = memberCalls();

  describe('GET members/', () => {
    it('refuses a repeated query key with 400 (a stated deviation: upstream takes the last value)', async () => {
      const org = await h.seedOrg();
      const response = await h.fetch(
        new Request(`http://localhost/api/organizations/${org.organization.id}/members/?limit=5&limit=1`, {
          headers: { authorization: `Bearer ${org.owner.key}` },
        }),
      );
      expect({ status: response.status, body: await response.json() }).toEqual({
        status: 400,
        body: {
          type: 'validation_error',
          code: 'invalid_input',
          detail: 'A valid integer is required.',
          attr: 'limit',
        },
      });
    });

    it('lists active members newest first with the full OrganizationMember body', async () => {
      const org = await h.seedOrg();
      await h.addMember(org.organization, 1, { is_active: false });
      const { data, response } = await calls.list(org.member.client, org);
      expect(response.status).toBe(200);
      expect(data?.count).toBe(3);
      expect(calls.emailsOf(data)).toEqual([
        org.member.user.email,
        org.admin.user.email,
        org.owner.user.email,
      ]);
      const owner = org.owner.user;
      expect(data?.results[2]).toEqual({
        id: expect.stringMatching(UUID_PATTERN),
        user: {
          id: owner.id,
          uuid: owner.uuid,
          distinct_id: owner.distinct_id,
          first_name: 'Olivia',
          last_name: 'Owner',
          email: owner.email,
          is_email_verified: true,
          hedgehog_config: null,
          role_at_organization: null,
        },
        level: 15,
        joined_at: expect.stringMatching(ISO_DATETIME),
        updated_at: expect.stringMatching(ISO_DATETIME),
        is_2fa_enabled: false,
        has_social_auth: false,
        last_login: null,
        search_match_type: null,
      });
      expect(data?.next).toBeNull();
      expect(data?.previous).toBeNull();
    });

    it('orders by joined_at and paginates with absolute links keeping the other parameters', async () => {
      const org = await h.seedOrg();
      const { data } = await calls.list(org.owner.client, org, { order: 'joined_at', limit: 1, offset: 1 });
      const base = `http://localhost/api/organizations/${org.organization.id}/members/`;
      expect(data).toMatchObject({
        count: 3,
        next: `${base}?limit=1&offset=2&order=joined_at`,
        previous: `${base}?limit=1&order=joined_at`,
      });
      expect(calls.emailsOf(data)).toEqual([org.admin.user.email]);
      const all = await calls.list(org.owner.client, org, { order: 'joined_at' });
      expect(calls.emailsOf(all.data)).toEqual([
        org.owner.user.email,
        org.admin.user.email,
        org.member.user.email,
      ]);
    });

    it('searches exact tier first (NUL-stripped, trimmed), else the similar tier', async () => {
      const org = await h.seedOrg();
      const exact = await calls.list(org.owner.client, org, { search: ' \u0000MIA  ' });
      expect(exact.data?.count).toBe(1);
      expect(exact.data?.results.map((r) => [r.user.email, r.search_match_type])).toEqual([
        [org.member.user.email, 'exact'],
      ]);
      const similar = await calls.list(org.owner.client, org, { search: 'Olivai' });
      expect(similar.data?.results.map((r) => [r.user.email, r.search_match_type])).toEqual([
        [org.owner.user.email, 'similar'],
      ]);
      const none = await calls.list(org.owner.client, org, { search: 'zzzzqqqq' });
      expect(none.data).toMatchObject({ count: 0, results: [] });
      const blank = await calls.list(org.owner.client, org, { search: ' \u0000 ' });
      expect(blank.data?.count).toBe(3);
      expect(blank.data?.results.every((r) => r.search_match_type === null)).toBe(true);
    });

    it('rejects a search over 200 characters with upstream message', async () => {
      const org = await h.seedOrg();
      const { error, response } = await calls.list(org.owner.client, org, { search: 'x'.repeat(201) });
      expect(response.status).toBe(400);
      expect(error).toEqual({
        type: 'validation_error',
        code: 'invalid_input',
        detail: 'Search query must be 200 characters or fewer.',
        attr: 'search',
      });
    });
  });

  describe('GET members/{user__uuid}/github_login/', () => {
    it('returns the linked login or null, @me included', async () => {
      const org = await h.seedOrg();
      const octo = await h.addMember(org.organization, 1, { github_login: 'octocat' });
      const get = (client: ApiClient, uuid: string) => calls.githubLogin(client, org, uuid);
      expect((await get(org.member.client, octo.user.uuid)).data).toEqual({ github_login: 'octocat' });
      expect((await get(octo.client, '@me')).data).toEqual({ github_login: 'octocat' });
      expect((await get(org.member.client, org.owner.user.uuid)).data).toEqual({ github_login: null });
      const missing = await get(org.member.client, UNKNOWN_UUID);
      expect([missing.response.status, missing.error]).toEqual([404, NOT_FOUND]);
    });
  });

  describe('GET members/{user__uuid}/scoped_api_keys/', () => {
    it("summarises the TARGET's keys that reach this organization, active = used in the last 7 days", async () => {
      const org = await h.seedOrg();
      const other = await h.seedOrg();
      const target = org.member.user;
      const project = await h.createProject(org.organization);
      const foreignProject = await h.createProject(other.organization);
      const issue = async (
        label: string,
        scoping: { scopedOrganizations?: string[]; scopedTeams?: number[] },
      ) => {
        h.clock.advance(1000);
        return (await issuePersonalApiKey(h.store, { userId: target.id, label, scopes: ['*'], ...scoping }))
          .key;
      };
      const orgKey = await issue('org-scoped', { scopedOrganizations: [org.organization.id] });
      await issue('other-org', { scopedOrganizations: [other.organization.id] });
      const projectKey = await issue('project-scoped', { scopedTeams: [project.id] });
      await issue('other-project', { scopedTeams: [foreignProject.id] });
      const emptyKey = await issue('empty-scoping', { scopedOrganizations: [], scopedTeams: [] });
      const now = h.clock.now().getTime();
      await h.store.touchPersonalApiKey(orgKey.id, new Date(now - 8 * DAY_MS));

      const get = () => calls.scopedApiKeys(org.owner.client, org, target.uuid);
      const first = await get();
      expect(first.response.status).toBe(200);
      expect(first.data).toEqual({
        has_keys: true,
        has_keys_active_last_week: false,
        keys: [
          { name: 'empty-scoping', last_used_at: null },
          { name: 'project-scoped', last_used_at: null },
          { name: 'org-scoped', last_used_at: new Date(now - 8 * DAY_MS).toISOString() },
          { name: 'test', last_used_at: null },
        ],
      });
      await h.store.touchPersonalApiKey(projectKey.id, new Date(now - 7 * DAY_MS));
      expect((await get()).data?.has_keys_active_last_week).toBe(true);
      expect(emptyKey.scoped_organizations).toEqual([]);
    });

    it('answers has_keys false when no key reaches the organization, and counts the caller for @me', async () => {
      const org = await h.seedOrg();
      const other = await h.seedOrg();
      const outsider = await h.addMember(
        org.organization,
        1,
        {},
        { scopedOrganizations: [other.organization.id] },
      );
      expect((await calls.scopedApiKeys(org.owner.client, org, outsider.user.uuid)).data).toEqual({
        has_keys: false,
        has_keys_active_last_week: false,
        keys: [],
      });
      expect((await calls.scopedApiKeys(org.admin.client, org, '@me')).data).toEqual({
        has_keys: true,
        has_keys_active_last_week: true,
        keys: [{ name: 'test', last_used_at: h.clock.now().toISOString() }],
      });
    });
  });
});
