import { describe, expect, it } from 'vitest';
import type { NewInvite } from '../../src/domain/types.js';
import { StoreError } from '../../src/store/store.js';
import type { StoreHarness } from './store-contract.js';

/** Contract: invites (replace on re-invite, atomic bulk creation, listing, acceptance). */
export function describeInvitesContract(h: StoreHarness): void {
  const allInvites = async (orgId: string) =>
    (await h.store.listInvites(orgId, { limit: 1000, offset: 0 })).results;

  describe('invites', () => {
    it('creates an invite with defaults and with every field', async () => {
      const org = await h.org();
      const at = h.clock.peek();
      const plain = await h.store.createInvite({
        organization_id: org.id,
        target_email: 'Plain@Example.com',
      });
      expect(plain).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organization_id: org.id,
        target_email: 'Plain@Example.com',
        first_name: '',
        level: 1,
        message: null,
        private_project_access: null,
        emailing_attempt_made: false,
        is_setup_delegation: false,
        created_by: null,
        created_at: at,
        updated_at: at,
      });
      const inviter = await h.member(org, 8);
      const full = await h.store.createInvite({
        organization_id: org.id,
        target_email: 'full@example.com',
        first_name: 'Full',
        level: 8,
        message: 'Welcome',
        private_project_access: [{ id: 3, level: 'admin' }],
        emailing_attempt_made: true,
        is_setup_delegation: true,
        created_by: inviter.id,
      });
      expect(full).toMatchObject({
        first_name: 'Full',
        level: 8,
        message: 'Welcome',
        private_project_access: [{ id: 3, level: 'admin' }],
        emailing_attempt_made: true,
        is_setup_delegation: true,
        created_by: inviter.id,
      });
      expect(await h.store.getInvite(org.id, full.id)).toEqual({ ...full, created_by_user: inviter });
      expect(await h.store.getInvite(org.id, plain.id)).toEqual({ ...plain, created_by_user: null });
      expect(await h.store.getInvite(org.id, 'unknown')).toBeUndefined();
    });

    it('replaces every invite for the same email (case-insensitive) in the organization, expired ones too', async () => {
      const org = await h.org();
      const other = await h.org();
      await h.store.createInvite({ organization_id: org.id, target_email: 'again@example.com' });
      h.clock.advance(10 * 24 * 3600 * 1000);
      await h.store.createInvite({ organization_id: other.id, target_email: 'again@example.com' });
      await h.store.createInvite({ organization_id: org.id, target_email: 'keep@example.com' });
      const latest = await h.store.createInvite({
        organization_id: org.id,
        target_email: 'AGAIN@example.com',
        level: 8,
      });
      expect((await allInvites(org.id)).map((i) => [i.target_email, i.level])).toEqual([
        ['AGAIN@example.com', 8],
        ['keep@example.com', 1],
      ]);
      expect((await allInvites(org.id))[0]?.id).toBe(latest.id);
      expect((await allInvites(other.id)).map((i) => i.target_email)).toEqual(['again@example.com']);
    });

    it('bulk-creates in input order in one transaction; a repeated email keeps only its last row', async () => {
      const org = await h.org();
      expect(await h.store.createInvites([])).toEqual([]);
      const inputs: NewInvite[] = ['b@x.io', 'a@x.io', 'B@x.io', 'c@x.io'].map((target_email, i) => ({
        organization_id: org.id,
        target_email,
        first_name: `n${i}`,
      }));
      const created = await h.store.createInvites(inputs);
      expect(created.map((i) => [i.target_email, i.first_name])).toEqual([
        ['b@x.io', 'n0'],
        ['a@x.io', 'n1'],
        ['B@x.io', 'n2'],
        ['c@x.io', 'n3'],
      ]);
      const stored = await allInvites(org.id);
      expect(stored.map((i) => i.first_name).sort()).toEqual(['n1', 'n2', 'n3']);
    });

    it('stores nothing of a bulk request when one item fails, and keeps the invites it would have replaced', async () => {
      const org = await h.org();
      const existing = await h.store.createInvite({ organization_id: org.id, target_email: 'old@x.io' });
      const error = await h.store
        .createInvites([
          { organization_id: org.id, target_email: 'old@x.io' },
          { organization_id: org.id, target_email: 'new@x.io' },
          { organization_id: '00000000-0000-4000-8000-000000000000', target_email: 'bad@x.io' },
        ])
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).operation).toBe('createInvites');
      expect((await allInvites(org.id)).map((i) => i.id)).toEqual([existing.id]);
    });

    it('never doubles an invite when bulk requests for the same emails race', async () => {
      const org = await h.org();
      const stores = [h.store, h.peer ?? h.store];
      const batch = (n: number): NewInvite[] =>
        ['e1', 'e2', 'e3', 'e4', 'e5'].map((e) => ({
          organization_id: org.id,
          target_email: `${e}@race.io`,
          first_name: `batch${n}`,
        }));
      await Promise.all([0, 1, 2, 3, 4, 5].map((n) => (stores[n % 2] ?? h.store).createInvites(batch(n))));
      const stored = await allInvites(org.id);
      expect(stored.map((i) => i.target_email).sort()).toEqual([
        'e1@race.io',
        'e2@race.io',
        'e3@race.io',
        'e4@race.io',
        'e5@race.io',
      ]);
      // Batches are atomic: every surviving invite comes from the same (last committed) batch.
      expect(new Set(stored.map((i) => i.first_name)).size).toBe(1);
    });

    it('lists newest first with id as tiebreaker, paginates, counts; deletes one invite', async () => {
      const org = await h.org();
      const first = await h.store.createInvite({ organization_id: org.id, target_email: '1@x.io' });
      h.clock.freeze();
      const tied = await h.store.createInvites([
        { organization_id: org.id, target_email: '2@x.io' },
        { organization_id: org.id, target_email: '3@x.io' },
      ]);
      h.clock.unfreeze();
      const tiedIds = tied
        .map((i) => i.id)
        .sort()
        .reverse();
      const page = await h.store.listInvites(org.id, { limit: 10, offset: 0 });
      expect(page.count).toBe(3);
      expect(page.results.map((i) => i.id)).toEqual([...tiedIds, first.id]);
      expect((await h.store.listInvites(org.id, { limit: 2, offset: 1 })).results.map((i) => i.id)).toEqual([
        tiedIds[1],
        first.id,
      ]);
      expect(await h.store.deleteInvite(org.id, first.id)).toBe(true);
      expect(await h.store.deleteInvite(org.id, first.id)).toBe(false);
      const other = await h.org();
      expect(await h.store.deleteInvite(other.id, tied[0]?.id ?? '')).toBe(false);
      expect((await h.store.listInvites(org.id, { limit: 10, offset: 0 })).count).toBe(2);
    });

    it('lists the invites for an email created since a given instant', async () => {
      const org = await h.org();
      const old = await h.store.createInvite({ organization_id: org.id, target_email: 'since@x.io' });
      const since = h.clock.peek();
      expect(await h.store.listUnexpiredInvitesByEmail(org.id, 'SINCE@x.io', since)).toEqual([]);
      expect(await h.store.listUnexpiredInvitesByEmail(org.id, 'SINCE@x.io', old.created_at)).toEqual([old]);
    });

    it('accepts an invite: creates the membership at its level and deletes the invite', async () => {
      const org = await h.org();
      const user = await h.user();
      const invite = await h.store.createInvite({
        organization_id: org.id,
        target_email: user.email,
        level: 8,
      });
      const accepted = await h.store.acceptInvite(invite.id, user.id);
      expect(accepted).toEqual({ ok: true, member: expect.objectContaining({ user_id: user.id, level: 8 }) });
      expect(await h.store.getInvite(org.id, invite.id)).toBeUndefined();
      expect(await h.store.acceptInvite(invite.id, user.id)).toEqual({ ok: false, reason: 'not_found' });
      const again = await h.store.createInvite({ organization_id: org.id, target_email: user.email });
      expect(await h.store.acceptInvite(again.id, user.id)).toEqual({ ok: false, reason: 'already_member' });
      expect(await h.store.getInvite(org.id, again.id)).toMatchObject({ id: again.id });
    });
  });
}
