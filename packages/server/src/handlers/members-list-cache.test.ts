import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memberCalls } from './test-support/api-calls.js';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

/**
 * GET members/ answers repeated requests from rendered pages keyed by the organization's members version. Writes
 * made straight through the store stand for another server process on the same database: the app never sees
 * them, only the version its authentication reads.
 */
describe.each(STORE_KINDS)('members list rendered-page cache (%s)', (kind) => {
  let h: HandlerHarness;
  let listCalls = 0;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
    const listMembers = h.store.listMembers.bind(h.store);
    h.store.listMembers = (...args) => {
      listCalls += 1;
      return listMembers(...args);
    };
  });
  afterAll(async () => {
    await h?.cleanup();
  });
  const calls = memberCalls();
  const levels = (data: { results: Array<{ level?: number; user: { email: string } }> } | undefined) =>
    data?.results.map((row) => `${row.user.email}:${row.level}`);

  it('answers a repeated request with the same bytes and headers without reading the members again', async () => {
    const org = await h.seedOrg();
    const first = await calls.list(org.owner.client, org, { limit: 2 });
    const before = listCalls;
    const second = await calls.list(org.owner.client, org, { limit: 2 });
    expect(listCalls).toBe(before);
    expect(second.response.status).toBe(200);
    expect(second.response.headers.get('content-type')).toBe('application/json');
    expect(second.data).toEqual(first.data);
    expect(second.data?.next).toBe(
      `http://localhost/api/organizations/${org.organization.id}/members/?limit=2&offset=2`,
    );
    // Another member asking the same URL gets the same page (the list does not depend on who asks).
    expect((await calls.list(org.member.client, org, { limit: 2 })).data).toEqual(first.data);
    expect(listCalls).toBe(before);
    // Another query is another page.
    const other = await calls.list(org.owner.client, org, { limit: 1 });
    expect(other.data?.results).toHaveLength(1);
    expect(listCalls).toBe(before + 1);
  });

  it('keys pages on the validated query: unknown parameters and another parameter order make no new entries', async () => {
    const org = await h.seedOrg();
    const path = `/api/organizations/${org.organization.id}/members/`;
    const get = async (query: string) => {
      const request = new Request(`http://localhost${path}?${query}`, {
        headers: { Authorization: `Bearer ${org.owner.key}` },
      });
      const response = await h.fetch(request);
      expect(response.status).toBe(200);
      return response.json() as Promise<{ next: string | null }>;
    };
    const first = await get('limit=1&order=-joined_at');
    const before = listCalls;
    for (let i = 0; i < 20; i += 1) {
      expect(await get(`order=-joined_at&utm_${i}=${'x'.repeat(1000)}&limit=1`)).toEqual(first);
    }
    expect(listCalls).toBe(before);
    expect(first.next).toBe(`http://localhost${path}?limit=1&offset=1&order=-joined_at`);
    // A percent-encoded name is the parameter it decodes to, as the validator reads it: the same page.
    expect(await get('%6Cimit=1&order=-joined_at')).toEqual(first);
    expect(listCalls).toBe(before);
    // The default order, not sent, is another page: its links do not repeat it.
    expect((await get('limit=1')).next).toBe(`http://localhost${path}?limit=1&offset=1`);
    expect(listCalls).toBe(before + 1);
  });

  it('shows every change made through the API at once', async () => {
    const org = await h.seedOrg();
    await calls.list(org.owner.client, org);
    const patched = await calls.patch(org.owner.client, org, org.member.user.uuid, { level: 8 });
    expect(patched.response.status).toBe(200);
    expect(levels((await calls.list(org.owner.client, org)).data)).toEqual([
      `${org.member.user.email}:8`,
      `${org.admin.user.email}:8`,
      `${org.owner.user.email}:15`,
    ]);
    const removed = await calls.remove(org.owner.client, org, org.member.user.uuid);
    expect(removed.response.status).toBe(204);
    expect(calls.emailsOf((await calls.list(org.owner.client, org)).data)).toEqual([
      org.admin.user.email,
      org.owner.user.email,
    ]);
  });

  it('shows changes made by another process on the same database (members and their user rows)', async () => {
    const org = await h.seedOrg();
    const id = org.organization.id;
    const list = async () => levels((await calls.list(org.owner.client, org)).data);
    expect(await list()).toEqual([
      `${org.member.user.email}:1`,
      `${org.admin.user.email}:8`,
      `${org.owner.user.email}:15`,
    ]);
    await h.store.updateMemberLevel(id, org.member.user.id, 8);
    expect((await list())?.[0]).toBe(`${org.member.user.email}:8`);
    const joiner = await h.store.createUser({ email: h.email('joiner') });
    if (!joiner.ok) throw new Error(joiner.reason);
    h.clock.advance(1000);
    await h.store.addMember(id, joiner.user.id, 1);
    expect((await list())?.[0]).toBe(`${joiner.user.email}:1`);
    await h.store.removeMember(id, joiner.user.id);
    expect(await list()).toHaveLength(3);
    // A user row change (here the GitHub login, not shown in the list) also renders the page anew.
    const before = listCalls;
    await h.store.setUserGithubLogin(org.admin.user.id, 'octo-admin');
    await list();
    expect(listCalls).toBe(before + 1);
  });

  it('answers GET github_login from the same cache, per member (@me per requester), seeing every change', async () => {
    const org = await h.seedOrg();
    const id = org.organization.id;
    const login = async (client = org.owner.client, uuid = org.admin.user.uuid) => {
      const { data, response } = await calls.githubLogin(client, org, uuid);
      return response.status === 200 ? data?.github_login : response.status;
    };
    expect(await login()).toBeNull();
    await h.store.setUserGithubLogin(org.admin.user.id, 'octo-admin');
    expect(await login()).toBe('octo-admin');
    expect(await login(org.member.client)).toBe('octo-admin');
    await h.store.setUserGithubLogin(org.member.user.id, 'octo-member');
    expect(await login(org.admin.client, '@me')).toBe('octo-admin');
    expect(await login(org.member.client, '@me')).toBe('octo-member');
    await h.store.removeMember(id, org.admin.user.id);
    expect(await login()).toBe(404);
  });
});
