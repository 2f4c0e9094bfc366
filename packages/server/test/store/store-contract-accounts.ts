import { describe, expect, it } from 'vitest';
import { hashApiKeyValue, maskApiKeyValue } from '../../src/domain/tokens.js';
import type { StoreHarness } from './store-contract.js';

/** Contract: organizations, users, personal API keys, `@current` resolution. */
export function describeAccountsContract(h: StoreHarness): void {
  describe('organizations', () => {
    it('creates an organization with defaults and reads it back', async () => {
      const at = h.clock.peek();
      const org = await h.store.createOrganization({ name: 'Acme' });
      expect(org).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Acme',
        members_can_invite: true,
        members_can_create_projects: false,
        created_at: at,
        members_version: 0,
      });
      expect(await h.store.getOrganization(org.id)).toEqual(org);
    });

    it('keeps explicit flags and ids, and finds nothing for unknown or malformed ids', async () => {
      const id = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
      const org = await h.store.createOrganization({
        id,
        name: 'Flags',
        members_can_invite: false,
        members_can_create_projects: true,
      });
      expect(org).toMatchObject({ id, members_can_invite: false, members_can_create_projects: true });
      expect(await h.store.getOrganization('6b6f2a5e-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await h.store.getOrganization('not-a-uuid')).toBeUndefined();
    });
  });

  describe('users', () => {
    it('creates a user with defaults', async () => {
      const at = h.clock.peek();
      const result = await h.store.createUser({ email: 'Default.User@Example.com' });
      if (!result.ok) throw new Error(result.reason);
      expect(result.user).toEqual({
        id: expect.any(Number),
        uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        distinct_id: expect.any(String),
        first_name: '',
        last_name: '',
        email: 'Default.User@Example.com',
        is_email_verified: false,
        is_active: true,
        hedgehog_config: null,
        role_at_organization: null,
        is_2fa_enabled: false,
        has_social_auth: false,
        github_login: null,
        last_login: null,
        created_at: at,
      });
    });

    it('round-trips every field and finds the user by id, uuid and email (case-insensitive)', async () => {
      const lastLogin = new Date('2025-12-31T23:59:59.123Z');
      const user = await h.user({
        email: 'Ada.Lovelace@Example.org',
        first_name: 'Ada',
        last_name: 'Lovelace',
        is_email_verified: true,
        hedgehog_config: { use_as_profile: true, color: 'blue', accessories: ['hat'] },
        role_at_organization: 'engineering',
        is_2fa_enabled: true,
        has_social_auth: true,
        github_login: 'ada',
        last_login: lastLogin,
      });
      expect(user).toMatchObject({
        first_name: 'Ada',
        hedgehog_config: { use_as_profile: true, color: 'blue', accessories: ['hat'] },
        is_2fa_enabled: true,
        has_social_auth: true,
        github_login: 'ada',
        last_login: lastLogin,
      });
      expect(await h.store.getUserById(user.id)).toEqual(user);
      expect(await h.store.getUserByUuid(user.uuid)).toEqual(user);
      expect(await h.store.findUserByEmail('ada.LOVELACE@example.ORG')).toEqual(user);
      expect(await h.store.getUserById(999_999_999)).toBeUndefined();
      expect(await h.store.getUserByUuid('nope')).toBeUndefined();
      expect(await h.store.findUserByEmail('nobody@example.org')).toBeUndefined();
    });

    it('sets and clears the GitHub login of a user, and ignores unknown ids', async () => {
      const user = await h.user({ email: 'octo@example.com' });
      expect(user.github_login).toBeNull();
      expect((await h.store.setUserGithubLogin(user.id, 'octocat'))?.github_login).toBe('octocat');
      expect((await h.store.getUserById(user.id))?.github_login).toBe('octocat');
      expect((await h.store.setUserGithubLogin(user.id, null))?.github_login).toBeNull();
      expect(await h.store.setUserGithubLogin(999_999, 'ghost')).toBeUndefined();
    });

    it('refuses an email that differs only by case', async () => {
      await h.user({ email: 'Taken@Example.com' });
      expect(await h.store.createUser({ email: 'taken@example.COM' })).toEqual({
        ok: false,
        reason: 'email_taken',
      });
    });
  });

  describe('personal API keys', () => {
    it('creates a key and finds it with its user by secure value', async () => {
      const user = await h.user();
      const value = 'phx_contract_key_0001';
      const created = await h.store.createPersonalApiKey({
        user_id: user.id,
        label: 'ci',
        secure_value: hashApiKeyValue(value),
        mask_value: maskApiKeyValue(value),
        scopes: ['organization:read', 'project:write'],
        scoped_organizations: ['0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f'],
        scoped_teams: [1, 2],
      });
      if (!created.ok) throw new Error(created.reason);
      expect(created.key).toEqual({
        id: expect.any(String),
        user_id: user.id,
        label: 'ci',
        secure_value: hashApiKeyValue(value),
        mask_value: 'phx_...0001',
        scopes: ['organization:read', 'project:write'],
        scoped_organizations: ['0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f'],
        scoped_teams: [1, 2],
        created_at: expect.any(Date),
        last_used_at: null,
      });
      expect(await h.store.findPersonalApiKey(hashApiKeyValue(value))).toEqual({ key: created.key, user });
      expect(await h.store.findPersonalApiKey(hashApiKeyValue('phx_other'))).toBeUndefined();
      // With an organization: the same key and user, plus what getOrganizationMembership reads, in one query.
      const secure = hashApiKeyValue(value);
      const memberOf = await h.org();
      await h.store.addMember(memberOf.id, user.id, 8);
      const notMemberOf = await h.org();
      for (const org of [memberOf, notMemberOf]) {
        expect(await h.store.findPersonalApiKeyInOrganization(secure, org.id)).toEqual({
          key: created.key,
          user,
          organization: await h.store.getOrganizationMembership(org.id, user.id),
        });
      }
      expect(
        (await h.store.findPersonalApiKeyInOrganization(secure, memberOf.id))?.organization?.membership
          ?.level,
      ).toBe(8);
      expect(
        await h.store.findPersonalApiKeyInOrganization(secure, '00000000-0000-4000-8000-000000000000'),
      ).toEqual({ key: created.key, user, organization: undefined });
      expect(
        await h.store.findPersonalApiKeyInOrganization(hashApiKeyValue('phx_other'), memberOf.id),
      ).toBeUndefined();
      const duplicate = await h.store.createPersonalApiKey({
        user_id: user.id,
        label: 'again',
        secure_value: hashApiKeyValue(value),
        mask_value: '********',
        scopes: [],
      });
      expect(duplicate).toEqual({ ok: false, reason: 'duplicate' });
    });

    it("touches last_used_at and lists a user's keys newest first with their scoping", async () => {
      const user = await h.user();
      const make = async (label: string, scoping: { orgs: string[] | null; teams: number[] | null }) => {
        const r = await h.store.createPersonalApiKey({
          user_id: user.id,
          label,
          secure_value: hashApiKeyValue(`phx_${label}_${user.id}`),
          mask_value: '********',
          scopes: [],
          scoped_organizations: scoping.orgs,
          scoped_teams: scoping.teams,
        });
        if (!r.ok) throw new Error(r.reason);
        return r.key;
      };
      const first = await make('first', { orgs: null, teams: null });
      const second = await make('second', { orgs: [], teams: [7] });
      const usedAt = new Date('2026-02-03T04:05:06.789Z');
      await h.store.touchPersonalApiKey(first.id, usedAt);
      await h.store.touchPersonalApiKey('unknown-id');
      const keys = await h.store.listPersonalApiKeys(user.id);
      expect(keys.map((k) => [k.label, k.scoped_organizations, k.scoped_teams, k.last_used_at])).toEqual([
        ['second', [], [7], null],
        ['first', null, null, usedAt],
      ]);
      expect(keys[0]?.id).toBe(second.id);
      expect(await h.store.listPersonalApiKeys(999_999_999)).toEqual([]);
    });
  });

  describe('admin CLI: list, revoke, deactivate', () => {
    const key = async (userId: number, label: string) => {
      const value = `phx_${label}_${userId}`;
      const created = await h.store.createPersonalApiKey({
        user_id: userId,
        label,
        secure_value: hashApiKeyValue(value),
        mask_value: maskApiKeyValue(value),
        scopes: ['*'],
      });
      if (!created.ok) throw new Error(created.reason);
      return created.key;
    };

    it('lists keys with their users, of one user or of all, newest first; deletes a key for every lookup', async () => {
      const [ann, bob] = [await h.user(), await h.user()];
      const annOld = await key(ann.id, 'old');
      h.clock.advance(1000);
      const bobKey = await key(bob.id, 'bob');
      h.clock.advance(1000);
      const annNew = await key(ann.id, 'new');
      expect(await h.store.listPersonalApiKeysWithUsers(ann.id)).toEqual([
        { key: annNew, user: ann },
        { key: annOld, user: ann },
      ]);
      const all = await h.store.listPersonalApiKeysWithUsers();
      const ours = all.filter(({ user }) => user.id === ann.id || user.id === bob.id);
      expect(ours.map(({ key }) => key.id)).toEqual([annNew.id, bobKey.id, annOld.id]);

      expect(await h.store.deletePersonalApiKey(annOld.id)).toEqual(annOld);
      expect(await h.store.deletePersonalApiKey(annOld.id)).toBeUndefined();
      expect(await h.store.findPersonalApiKey(annOld.secure_value)).toBeUndefined();
      const org = await h.org();
      await h.store.addMember(org.id, ann.id, 1);
      expect(await h.store.findPersonalApiKeyInOrganization(annOld.secure_value, org.id)).toBeUndefined();
      expect(await h.store.listPersonalApiKeysWithUsers(ann.id)).toEqual([{ key: annNew, user: ann }]);
    });

    it('deactivates a user: memberships kept but hidden from the members list, members version bumped', async () => {
      const org = await h.org();
      const owner = await h.member(org, 15);
      const member = await h.member(org, 1);
      const before = await h.store.getOrganization(org.id);
      const deactivated = await h.store.setUserActive(member.id, false);
      expect(deactivated).toEqual({ ...member, is_active: false });
      expect((await h.store.getMember(org.id, member.id))?.level).toBe(1);
      const listed = await h.store.listMembers(org.id, { limit: 10, offset: 0 });
      expect([listed.count, listed.results.map((m) => m.user.id)]).toEqual([1, [owner.id]]);
      expect((await h.store.getOrganization(org.id))?.members_version).not.toBe(before?.members_version);
      expect((await h.store.setUserActive(member.id, true))?.is_active).toBe(true);
      expect((await h.store.listMembers(org.id, { limit: 10, offset: 0 })).count).toBe(2);
      expect(await h.store.setUserActive(999_999_999, false)).toBeUndefined();
    });
  });

  describe('findCurrentOrganization (@current)', () => {
    it('resolves to the first scoped organization the user belongs to, else the one joined first', async () => {
      const [a, b, c] = [await h.org('A'), await h.org('B'), await h.org('C')];
      const user = await h.user();
      await h.store.addMember(b.id, user.id, 1);
      await h.store.addMember(a.id, user.id, 1);
      expect((await h.store.findCurrentOrganization(user.id, null))?.id).toBe(b.id);
      expect((await h.store.findCurrentOrganization(user.id, []))?.id).toBe(b.id);
      expect((await h.store.findCurrentOrganization(user.id, [c.id, a.id, b.id]))?.id).toBe(a.id);
      expect(await h.store.findCurrentOrganization(user.id, [c.id])).toBeUndefined();
      const loner = await h.user();
      expect(await h.store.findCurrentOrganization(loner.id, null)).toBeUndefined();
    });
  });
}
