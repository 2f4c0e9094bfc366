import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_PLAN_LIMIT } from '../rules/projects-access.js';
import { denied, projectCalls } from './projects-test-helpers.js';
import {
  createHandlerHarness,
  type HandlerHarness,
  type SeededOrg,
  STORE_KINDS,
} from './test-support/handler-harness.js';
import { holdOrganizationLock } from './test-support/organization-lock.js';

/**
 * One demo project per organization, decided by the store with the organization locked, on create and on PATCH
 * `is_demo: true` (upstream's PremiumMultiProjectPermission: 403 with its plan-limit message).
 */
describe.each(STORE_KINDS)('one demo project per organization (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });
  const { create, get, patch, seedProject } = projectCalls(() => h);
  const demoCount = async (org: SeededOrg) =>
    (
      await h.store.listProjects(org.organization.id, { limit: 100, offset: 0, includePendingDeletion: true })
    ).results.filter((project) => project.is_demo).length;

  /**
   * Runs `requests` at once. On PostgreSQL they are lined up behind a lock on the organization row first, so that
   * every one of them has read (and passed) anything it reads before the store's lock, then they go on together.
   */
  async function concurrently<T>(org: SeededOrg, requests: Array<() => Promise<T>>): Promise<T[]> {
    if (!h.schema) return Promise.all(requests.map((send) => send()));
    const lock = await holdOrganizationLock(h.schema, org.organization.id);
    const answers = Promise.all(requests.map((send) => send()));
    await lock.waitForWaiters(Math.min(requests.length, 4)); // the harness's pool has 4 connections
    await lock.release();
    return answers;
  }

  it('PATCH is_demo: true while another demo project exists → 403 plan limit, nothing changed', async () => {
    const org = await h.seedOrg();
    const demo = await create(org.member.client, org, { is_demo: true });
    expect([demo.response.status, demo.data?.is_demo]).toEqual([201, true]);
    const plain = await seedProject(org, 'Plain');
    const refused = await patch(org.admin.client, org, plain.id, { is_demo: true, name: 'Renamed' });
    expect([refused.response.status, refused.error]).toEqual([403, denied(PROJECT_PLAN_LIMIT)]);
    const after = await get(org.admin.client, org, plain.id);
    expect([after.data?.name, after.data?.is_demo]).toEqual(['Plain', false]);
    expect(await demoCount(org)).toBe(1);
  });

  it('PATCH is_demo: true of the demo project itself, or of a project when there is no demo, is taken', async () => {
    const org = await h.seedOrg();
    const plain = await seedProject(org, 'Plain');
    const made = await patch(org.admin.client, org, plain.id, { is_demo: true });
    expect([made.response.status, made.data?.is_demo]).toEqual([200, true]);
    const again = await patch(org.admin.client, org, plain.id, { is_demo: true, name: 'Still the demo' });
    expect([again.response.status, again.data?.name]).toEqual([200, 'Still the demo']);
    const second = await create(org.owner.client, org, { is_demo: true });
    expect([second.response.status, second.error]).toEqual([403, denied(PROJECT_PLAN_LIMIT)]);
    const unset = await patch(org.admin.client, org, plain.id, { is_demo: false });
    expect([unset.response.status, unset.data?.is_demo]).toEqual([200, false]);
    expect((await create(org.owner.client, org, { is_demo: true })).response.status).toBe(201);
  });

  it('6 concurrent demo creates → exactly one demo project', async () => {
    const org = await h.seedOrg();
    const clients = [org.owner, org.admin, org.member, org.owner, org.admin, org.member].map((m) => m.client);
    const answers = await concurrently(
      org,
      clients.map((client) => () => create(client, org, { is_demo: true })),
    );
    const statuses = answers.map((answer) => answer.response.status).sort();
    expect(statuses).toEqual([201, 403, 403, 403, 403, 403]);
    for (const answer of answers.filter((a) => a.response.status === 403)) {
      expect(answer.error).toEqual(denied(PROJECT_PLAN_LIMIT));
    }
    expect(await demoCount(org)).toBe(1);
  });

  it('concurrent demo creates and PATCHes making plain projects demos → exactly one demo project', async () => {
    const org = await h.seedOrg();
    const plain = [await seedProject(org, 'P1'), await seedProject(org, 'P2'), await seedProject(org, 'P3')];
    const answers = await concurrently<{ response: Response }>(org, [
      ...plain.map((project) => () => patch(org.admin.client, org, project.id, { is_demo: true })),
      () => create(org.member.client, org, { is_demo: true }),
      () => create(org.owner.client, org, { is_demo: true }),
    ]);
    const ok = answers.filter((answer) => answer.response.ok);
    expect([ok.length, answers.length - ok.length]).toEqual([1, 4]);
    expect(await demoCount(org)).toBe(1);
  });
});
