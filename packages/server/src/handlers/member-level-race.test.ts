import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { denied } from './test-support/api-calls.js';
import { createHandlerHarness, type HandlerHarness, type SeededOrg } from './test-support/handler-harness.js';
import { holdOrganizationLock } from './test-support/organization-lock.js';

const MEMBER = '/api/organizations/{organization_id}/members/{user__uuid}/';
const LOWER_OR_EQUAL = 'You can only edit others with level lower or equal to you.';

/**
 * A level change's permission is decided on the memberships as locked in the write's transaction, not as
 * authentication read them: interleaved for real on PostgreSQL by lining both requests up behind a held lock on the
 * organization row (each has authenticated and read its target before it waits), the owner's first.
 */
describe('level changes racing on PostgreSQL', () => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness('postgres');
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  /** Sends `first`, waits until it queues behind the lock, then `second`, then lets both go on in that order. */
  async function interleave<A, B>(org: SeededOrg, first: () => Promise<A>, second: () => Promise<B>) {
    if (!h.schema) throw new Error('PostgreSQL only');
    const lock = await holdOrganizationLock(h.schema, org.organization.id);
    const a = first();
    await lock.waitForWaiters(1);
    const b = second();
    await lock.waitForWaiters(2);
    await lock.release();
    return [await a, await b] as const;
  }
  const path = (org: SeededOrg, uuid: string) => ({ organization_id: org.organization.id, user__uuid: uuid });

  it('an admin demoting a member whom an owner promotes to owner at the same instant is refused (403)', async () => {
    const org = await h.seedOrg();
    const target = await h.addMember(org.organization, 8);
    const [promoted, demoted] = await interleave(
      org,
      () =>
        org.owner.client.PATCH(MEMBER, {
          params: { path: path(org, target.user.uuid) },
          body: { level: 15 },
        }),
      () =>
        org.admin.client.PATCH(MEMBER, { params: { path: path(org, target.user.uuid) }, body: { level: 1 } }),
    );
    expect([promoted.response.status, promoted.data?.level]).toEqual([200, 15]);
    expect([demoted.response.status, demoted.error]).toEqual([403, denied(LOWER_OR_EQUAL)]);
    expect((await h.store.getMember(org.organization.id, target.user.id))?.level).toBe(15);
  });

  it('an admin removing a member whom an owner promotes to owner at the same instant is refused (403)', async () => {
    const org = await h.seedOrg();
    const target = await h.addMember(org.organization, 1);
    const [promoted, removed] = await interleave(
      org,
      () =>
        org.owner.client.PATCH(MEMBER, {
          params: { path: path(org, target.user.uuid) },
          body: { level: 15 },
        }),
      () => org.admin.client.DELETE(MEMBER, { params: { path: path(org, target.user.uuid) } }),
    );
    expect(promoted.response.status).toBe(200);
    expect([removed.response.status, removed.error]).toEqual([403, denied(LOWER_OR_EQUAL)]);
    expect((await h.store.getMember(org.organization.id, target.user.id))?.level).toBe(15);
  });

  it('an admin whom an owner demotes at the same instant can no longer promote anyone to admin (403)', async () => {
    const org = await h.seedOrg();
    const target = await h.addMember(org.organization, 1);
    const [demoted, promoted] = await interleave(
      org,
      () =>
        org.owner.client.PATCH(MEMBER, {
          params: { path: path(org, org.admin.user.uuid) },
          body: { level: 1 },
        }),
      () =>
        org.admin.client.PATCH(MEMBER, { params: { path: path(org, target.user.uuid) }, body: { level: 8 } }),
    );
    expect(demoted.response.status).toBe(200);
    expect([promoted.response.status, promoted.error]).toEqual([
      403,
      denied('You can only change access level of others to lower or equal to your current one.'),
    ]);
    expect((await h.store.getMember(org.organization.id, target.user.id))?.level).toBe(1);
  });
});
