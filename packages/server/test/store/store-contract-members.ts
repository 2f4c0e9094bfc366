import { describe, expect, it } from 'vitest';
import type { ListedMember, Organization, User } from '../../src/domain/types.js';
import type { Store } from '../../src/store/store.js';
import type { StoreHarness } from './store-contract.js';

const emails = (page: { results: ListedMember[] }) => page.results.map((m) => m.user.email);

/** Contract: memberships, the members list and its search tiers, owner-keeping level changes and removals. */
export function describeMembersContract(h: StoreHarness): void {
  describe('memberships', () => {
    it('adds a member once and gets it by user id, user uuid and email', async () => {
      const org = await h.org();
      const user = await h.user({ email: 'Member.One@Example.com' });
      const at = h.clock.peek();
      const added = await h.store.addMember(org.id, user.id, 8);
      if (!added.ok) throw new Error(added.reason);
      expect(added.member).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organization_id: org.id,
        user_id: user.id,
        level: 8,
        joined_at: at,
        updated_at: at,
        user,
      });
      expect(await h.store.addMember(org.id, user.id, 1)).toEqual({ ok: false, reason: 'already_member' });
      expect(await h.store.getMember(org.id, user.id)).toEqual(added.member);
      expect(await h.store.getMemberByUserUuid(org.id, user.uuid)).toEqual(added.member);
      expect(await h.store.getMemberByEmail(org.id, 'member.one@EXAMPLE.com')).toEqual(added.member);
      const other = await h.org();
      expect(await h.store.getMember(other.id, user.id)).toBeUndefined();
      expect(await h.store.getMemberByUserUuid(org.id, 'not-a-uuid')).toBeUndefined();
    });
    it('gets an organization with the requester membership in one call', async () => {
      const org = await h.org();
      const user = await h.user();
      const added = await h.store.addMember(org.id, user.id, 8);
      if (!added.ok) throw new Error(added.reason);
      const { user: _user, ...membership } = added.member;
      // The members version moved with the new membership.
      const organization = { ...org, members_version: expect.any(Number) };
      expect(await h.store.getOrganizationMembership(org.id, user.id)).toEqual({ organization, membership });
      const stranger = await h.user();
      expect(await h.store.getOrganizationMembership(org.id, stranger.id)).toEqual({
        organization,
        membership: undefined,
      });
      const other = await h.org();
      expect(await h.store.getOrganizationMembership(other.id, user.id)).toEqual({
        organization: other,
        membership: undefined,
      });
      expect(
        await h.store.getOrganizationMembership('00000000-0000-4000-8000-000000000000', user.id),
      ).toBeUndefined();
    });
  });

  describe('members version', () => {
    it('changes with every change the members list can show, in any organization of the user, and only then', async () => {
      const org = await h.org();
      const other = await h.org();
      const owner = await h.member(org, 15);
      const version = async (o: Organization) => {
        const found = await h.store.getOrganizationMembership(o.id, owner.id);
        if (!found) throw new Error(`organization ${o.id} vanished`);
        return found.organization.members_version;
      };
      let seen = await version(org);
      let seenOther = await version(other);
      const expectChange = async (what: string, changes: { org: boolean; other: boolean }) => {
        const [now, nowOther] = [await version(org), await version(other)];
        expect({ what, org: now !== seen, other: nowOther !== seenOther }).toEqual({ what, ...changes });
        [seen, seenOther] = [now, nowOther];
      };

      const user = await h.user();
      await expectChange('a user who is not a member is created', { org: false, other: false });
      await h.store.addMember(org.id, user.id, 1);
      await expectChange('member added', { org: true, other: false });
      await h.store.addMember(other.id, user.id, 1);
      await expectChange('member added to the other organization', { org: false, other: true });
      await h.store.updateMemberLevel(org.id, user.id, 8);
      await expectChange('level changed', { org: true, other: false });
      await h.store.setUserGithubLogin(user.id, 'octo');
      await expectChange('the user row of a member of both changed', { org: true, other: true });
      await h.store.createProject({ organization_id: org.id, name: 'Unrelated' });
      await h.store.createInvite({ organization_id: org.id, target_email: 'later@example.com' });
      await h.store.touchPersonalApiKey('no-such-key');
      await expectChange('project, invite and key changes', { org: false, other: false });
      const invite = await h.store.createInvite({
        organization_id: org.id,
        target_email: 'joiner@example.com',
      });
      await expectChange('invite created', { org: false, other: false });
      const joiner = await h.user({ email: 'joiner@example.com' });
      await h.store.acceptInvite(invite.id, joiner.id);
      await expectChange('invite accepted', { org: true, other: false });
      await h.store.removeMember(org.id, user.id);
      await expectChange('member removed', { org: true, other: false });
      await h.store.setUserGithubLogin(user.id, null);
      await expectChange('the user row of a member of the other only changed', { org: false, other: true });
    });
  });

  describe('listMembers', () => {
    it('orders by -joined_at (default) or joined_at with user id as tiebreaker, paginates and counts', async () => {
      const org = await h.org();
      const first = await h.member(org, 15);
      h.clock.freeze();
      const second = await h.member(org, 1);
      const third = await h.member(org, 1);
      h.clock.unfreeze();
      await h.member(org, 1, { is_active: false });
      const all = await h.store.listMembers(org.id, { limit: 10, offset: 0 });
      expect(all.count).toBe(3);
      expect(all.results.map((m) => m.user_id)).toEqual([third.id, second.id, first.id]);
      expect(all.results.every((m) => m.search_match_type === null)).toBe(true);
      const asc = await h.store.listMembers(org.id, { limit: 10, offset: 0, order: 'joined_at' });
      expect(asc.results.map((m) => m.user_id)).toEqual([first.id, second.id, third.id]);
      const page = await h.store.listMembers(org.id, { limit: 1, offset: 1, order: '-joined_at' });
      expect(page).toEqual({ count: 3, results: [expect.objectContaining({ user_id: second.id })] });
      expect(await h.store.listMembers(org.id, { limit: 5, offset: 3 })).toEqual({ count: 3, results: [] });
    });

    it('filters by exact email and by updated_at', async () => {
      const org = await h.org();
      const a = await h.member(org, 1, { email: 'Filter.A@example.com' });
      const cut = h.clock.peek();
      h.clock.advance(5000);
      const b = await h.member(org, 1);
      expect(
        emails(await h.store.listMembers(org.id, { limit: 10, offset: 0, email: 'Filter.A@example.com' })),
      ).toEqual([a.email]);
      expect(
        (await h.store.listMembers(org.id, { limit: 10, offset: 0, email: 'filter.a@example.com' })).count,
      ).toBe(0);
      const recent = await h.store.listMembers(org.id, { limit: 10, offset: 0, updatedAfter: cut });
      expect(recent.results.map((m) => m.user_id)).toEqual([b.id]);
    });
  });

  describe('listMembers search', () => {
    const setup = async () => {
      const org = await h.org();
      const add = (first_name: string, last_name: string, email: string, is_active = true) =>
        h.member(org, 1, { first_name, last_name, email, is_active });
      const jon = await add('Jon', 'Smith', 'jon.smith@acme.io');
      const jonathan = await add('Jonathan', 'Smyth', 'jsmyth@acme.io');
      const alice = await add('Alice', 'Jones', 'alice@acme.io');
      await add('Jon', 'Smithers', 'inactive.jon@acme.io', false);
      await add('Under_score', 'Élodie', 'under@acme.io');
      await add('O"Neil*', '(Paren)', 'quote@acme.io');
      const outsider = await h.org();
      await h.member(outsider, 1, { first_name: 'Jon', last_name: 'Smith', email: 'jon.smith@elsewhere.io' });
      return { org, jon, jonathan, alice };
    };
    let fixture: Awaited<ReturnType<typeof setup>> | undefined;
    const data = async () => {
      fixture ??= await setup();
      return fixture;
    };

    it('returns only the exact tier (case-insensitive substring of any field), by score then first_name', async () => {
      const { org, jon, jonathan, alice } = await data();
      const page = await h.store.listMembers(org.id, { limit: 10, offset: 0, search: 'JON' });
      // scores: Jon Smith 1 + 0 + 1 = 2; Jonathan 0.75 + 0 + 0.25 = 1; Alice Jones 0 + 0.75 + 0 = 0.75
      expect(page.count).toBe(3);
      expect(page.results.map((m) => [m.user_id, m.search_match_type])).toEqual([
        [jon.id, 'exact'],
        [jonathan.id, 'exact'],
        [alice.id, 'exact'],
      ]);
      const second = await h.store.listMembers(org.id, {
        limit: 1,
        offset: 1,
        search: 'jon',
        order: 'joined_at',
      });
      expect(second).toEqual({ count: 3, results: [expect.objectContaining({ user_id: jonathan.id })] });
      expect(await h.store.listMembers(org.id, { limit: 10, offset: 3, search: 'jon' })).toEqual({
        count: 3,
        results: [],
      });
      expect(await h.store.listMembers(org.id, { limit: 0, offset: 0, search: 'jon' })).toEqual({
        count: 3,
        results: [],
      });
    });

    it('suppresses similar rows whenever an exact row exists', async () => {
      const { org, jon } = await data();
      // "smyth" is similar to "smith" (0.4) but "smith" is a substring of Jon's names only.
      const page = await h.store.listMembers(org.id, { limit: 10, offset: 0, search: 'smith' });
      expect(page.results.map((m) => [m.user_id, m.search_match_type])).toEqual([[jon.id, 'exact']]);
      expect(page.count).toBe(1);
    });

    it('falls back to the similar tier: word_similarity > 0.3 on any field, by score', async () => {
      const { org, jon, jonathan } = await data();
      // Jon Smith: 0 + ws(smth, smith) 0.4 + ws(smth, jon.smith@acme.io) 0.4 = 0.8
      // Jonathan Smyth: 0 + ws(smth, smyth) 0.4 + ws(smth, jsmyth@acme.io) 0.2 = 0.6; Alice: 0 → excluded
      const page = await h.store.listMembers(org.id, { limit: 10, offset: 0, search: 'smth' });
      expect(page.results.map((m) => [m.user_id, m.search_match_type])).toEqual([
        [jon.id, 'similar'],
        [jonathan.id, 'similar'],
      ]);
      expect(page.count).toBe(2);
      expect(await h.store.listMembers(org.id, { limit: 10, offset: 2, search: 'smth' })).toEqual({
        count: 2,
        results: [],
      });
      // ws('jhon', 'jon') = 0.2 on every field: not similar enough.
      expect(await h.store.listMembers(org.id, { limit: 10, offset: 0, search: 'jhon' })).toEqual({
        count: 0,
        results: [],
      });
    });

    it('matches LIKE and FTS special characters literally and folds non-ASCII case', async () => {
      const { org } = await data();
      expect(emails(await h.store.listMembers(org.id, { limit: 10, offset: 0, search: '_' }))).toEqual([
        'under@acme.io',
      ]);
      expect((await h.store.listMembers(org.id, { limit: 10, offset: 0, search: '%' })).count).toBe(0);
      for (const search of ['"neil*', 'O"N', '(paren)', 'l*']) {
        expect(emails(await h.store.listMembers(org.id, { limit: 10, offset: 0, search }))).toEqual([
          'quote@acme.io',
        ]);
      }
      expect(emails(await h.store.listMembers(org.id, { limit: 10, offset: 0, search: 'éLODIE' }))).toEqual([
        'under@acme.io',
      ]);
    });

    it('breaks score ties by first_name in code point order, then user id', async () => {
      const org = await h.org();
      const zed = await h.member(org, 1, { first_name: 'Zed', last_name: 'Kim', email: 'zk@x.io' });
      const amy = await h.member(org, 1, { first_name: 'Amy', last_name: 'Kim', email: 'ak@x.io' });
      const lowerAmy = await h.member(org, 1, { first_name: 'amy', last_name: 'Kim', email: 'ak2@x.io' });
      const amy2 = await h.member(org, 1, { first_name: 'Amy', last_name: 'Kim', email: 'ak3@x.io' });
      const page = await h.store.listMembers(org.id, { limit: 10, offset: 0, search: 'kim' });
      expect(page.results.map((m) => m.user_id)).toEqual([amy.id, amy2.id, zed.id, lowerAmy.id]);
    });
  });

  describe('level changes and removals', () => {
    it('updates the level and updated_at, and reports unknown members', async () => {
      const org = await h.org();
      await h.member(org, 15);
      const user = await h.member(org, 1);
      const at = h.clock.peek();
      const result = await h.store.updateMemberLevel(org.id, user.id, 8);
      if (!result.ok) throw new Error(result.reason);
      expect(result.member).toMatchObject({ user_id: user.id, level: 8, updated_at: at });
      expect(result.member.joined_at.getTime()).toBeLessThan(at.getTime());
      expect(await h.store.updateMemberLevel(org.id, 999_999_999, 8)).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect(await h.store.removeMember(org.id, 999_999_999)).toEqual({ ok: false, reason: 'not_found' });
    });

    it('refuses to demote or remove the last owner unless the guard is off', async () => {
      const org = await h.org();
      const owner = await h.member(org, 15);
      const admin = await h.member(org, 8);
      expect(await h.store.countOwners(org.id)).toBe(1);
      expect(await h.store.updateMemberLevel(org.id, owner.id, 8)).toEqual({
        ok: false,
        reason: 'last_owner',
      });
      expect(await h.store.removeMember(org.id, owner.id)).toEqual({ ok: false, reason: 'last_owner' });
      expect((await h.store.updateMemberLevel(org.id, owner.id, 15))?.ok).toBe(true);
      expect((await h.store.updateMemberLevel(org.id, admin.id, 15))?.ok).toBe(true);
      expect(await h.store.countOwners(org.id)).toBe(2);
      expect(await h.store.removeMember(org.id, owner.id)).toEqual({ ok: true });
      expect(await h.store.getMember(org.id, owner.id)).toBeUndefined();
      expect(await h.store.removeMember(org.id, admin.id, { ensureOwnerRemains: false })).toEqual({
        ok: true,
      });
      expect(await h.store.countOwners(org.id)).toBe(0);
    });

    it('decides a check on both memberships as locked (and the owner count); a refusal writes nothing', async () => {
      const org = await h.org();
      const owner = await h.member(org, 15);
      const admin = await h.member(org, 8);
      const target = await h.member(org, 1);
      const seen: unknown[] = [];
      const refusal = { kind: 'forbidden', detail: 'no' } as const;
      const check = (locked: unknown) => {
        seen.push(locked);
        return refusal;
      };
      const membership = (user: User, level: number) =>
        expect.objectContaining({ organization_id: org.id, user_id: user.id, level });
      expect(
        await h.store.updateMemberLevel(org.id, target.id, 8, { requesterUserId: admin.id, check }),
      ).toEqual({ ok: false, reason: 'refused', refusal });
      expect(await h.store.removeMember(org.id, target.id, { requesterUserId: 999_999_999, check })).toEqual({
        ok: false,
        reason: 'refused',
        refusal,
      });
      expect(await h.store.removeMember(org.id, owner.id, { requesterUserId: owner.id, check })).toEqual({
        ok: false,
        reason: 'refused',
        refusal,
      });
      expect(seen).toEqual([
        { requester: membership(admin, 8), target: membership(target, 1), ownerCount: 1 },
        { requester: undefined, target: membership(target, 1), ownerCount: 1 },
        { requester: membership(owner, 15), target: membership(owner, 15), ownerCount: 1 },
      ]);
      expect((await h.store.getMember(org.id, target.id))?.level).toBe(1);
      expect(await h.store.countOwners(org.id)).toBe(1);
      const allowed = await h.store.updateMemberLevel(org.id, target.id, 8, {
        requesterUserId: admin.id,
        check: () => null,
      });
      expect(allowed.ok && allowed.member.level).toBe(8);
    });

    const twoOwners = async (): Promise<[Organization, User, User]> => {
      const org = await h.org();
      return [org, await h.member(org, 15), await h.member(org, 15)];
    };
    const stores = async (): Promise<[Store, Store]> => [h.store, h.peer ?? h.store];

    it('keeps an owner when both owners are demoted concurrently', async () => {
      for (let round = 0; round < 5; round++) {
        const [org, a, b] = await twoOwners();
        const [s1, s2] = await stores();
        const results = await Promise.all([
          s1.updateMemberLevel(org.id, a.id, 8),
          s2.updateMemberLevel(org.id, b.id, 1),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'last_owner' }]);
        expect(await h.store.countOwners(org.id)).toBe(1);
      }
    });

    it('keeps an owner when both owners are removed (or one removed, one demoted) concurrently', async () => {
      for (let round = 0; round < 5; round++) {
        const [org, a, b] = await twoOwners();
        const [s1, s2] = await stores();
        const second =
          round % 2 === 0 ? s2.removeMember(org.id, b.id) : s2.updateMemberLevel(org.id, b.id, 8);
        const results = await Promise.all([s1.removeMember(org.id, a.id), second]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(await h.store.countOwners(org.id)).toBe(1);
      }
    });
  });
}
