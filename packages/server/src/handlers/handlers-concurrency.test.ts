import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAST_OWNER_LEAVE_MESSAGE } from '../rules/membership-levels.js';
import { LAST_OWNER_MESSAGE } from './members-handlers.js';
import {
  createHandlerHarness,
  type HandlerHarness,
  type SeededMember,
  type SeededOrg,
  STORE_KINDS,
} from './test-support/handler-harness.js';

const MEMBER = '/api/organizations/{organization_id}/members/{user__uuid}/';
const BULK = '/api/organizations/{organization_id}/invites/bulk/';
const INVITES = '/api/organizations/{organization_id}/invites/';
const PROJECTS = '/api/organizations/{organization_id}/projects/';
const PROJECT = '/api/organizations/{organization_id}/projects/{id}/';
const ROUNDS = 3;

/** Concurrent requests through the HTTP layer: the store's transactions keep the invariants. */
describe.each(STORE_KINDS)('concurrency through HTTP (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  /** An organization with two owners (the seeded owner and a second one). */
  const twoOwners = async (): Promise<{ org: SeededOrg; a: SeededMember; b: SeededMember }> => {
    const org = await h.seedOrg();
    return { org, a: org.owner, b: await h.addMember(org.organization, 15) };
  };
  const path = (org: SeededOrg, uuid: string) => ({ organization_id: org.organization.id, user__uuid: uuid });

  it('concurrent bulk invites lose and double nothing (shared address kept once)', async () => {
    const org = await h.seedOrg();
    const batches = Array.from({ length: 5 }, (_, b) => [
      ...Array.from({ length: 4 }, (_, i) => ({ target_email: `c${b}-${i}@example.com` })),
      { target_email: 'shared@example.com', level: 8 as const },
    ]);
    const results = await Promise.all(
      batches.map((body, i) =>
        (i % 2 === 0 ? org.owner : org.admin).client.POST(BULK, {
          params: { path: { organization_id: org.organization.id } },
          body,
        }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual([201, 201, 201, 201, 201]);
    const { data } = await org.owner.client.GET(INVITES, {
      params: { path: { organization_id: org.organization.id } },
    });
    const emails = data?.results.map((invite) => invite.target_email).sort();
    const expected = [...new Set(batches.flat().map((item) => item.target_email))].sort();
    expect(expected).toHaveLength(21);
    expect([data?.count, emails]).toEqual([21, expected]);
  });

  it('two owners leaving at once: exactly one leaves, one owner remains', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { org, a, b } = await twoOwners();
      const results = await Promise.all(
        [a, b].map((owner) => owner.client.DELETE(MEMBER, { params: { path: path(org, '@me') } })),
      );
      const statuses = results.map((r) => r.response.status).sort();
      expect(statuses).toEqual([204, 400]);
      expect(results.find((r) => r.response.status === 400)?.error?.detail).toBe(LAST_OWNER_LEAVE_MESSAGE);
      expect(await h.store.countOwners(org.organization.id)).toBe(1);
    }
  });

  it('two owners removing each other at once: exactly one is removed, one owner remains', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { org, a, b } = await twoOwners();
      const results = await Promise.all([
        a.client.DELETE(MEMBER, { params: { path: path(org, b.user.uuid) } }),
        b.client.DELETE(MEMBER, { params: { path: path(org, a.user.uuid) } }),
      ]);
      const statuses = results.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 204)).toHaveLength(1);
      // The loser either lost the race inside the store (400) or was already gone when it authenticated (403).
      const loser = results.find((r) => r.response.status !== 204);
      expect([400, 403]).toContain(loser?.response.status);
      if (loser?.response.status === 400) expect(loser.error?.detail).toBe(LAST_OWNER_MESSAGE);
      expect(await h.store.countOwners(org.organization.id)).toBe(1);
    }
  });

  it('two owners demoting each other at once: at most one demotion, one owner remains', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { org, a, b } = await twoOwners();
      const results = await Promise.all([
        a.client.PATCH(MEMBER, { params: { path: path(org, b.user.uuid) }, body: { level: 8 } }),
        b.client.PATCH(MEMBER, { params: { path: path(org, a.user.uuid) }, body: { level: 8 } }),
      ]);
      const statuses = results.map((r) => r.response.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      const loser = results.find((r) => r.response.status !== 200);
      expect([400, 403]).toContain(loser?.response.status);
      expect(await h.store.countOwners(org.organization.id)).toBe(1);
    }
  });

  it('concurrent PATCHes of one project lose no change (settings document and merged config objects)', async () => {
    const org = await h.seedOrg();
    const project = await h.createProject(org.organization);
    const projectPath = { organization_id: org.organization.id, id: project.id };
    const bodies = [
      { anonymize_ips: true },
      { completed_snippet_onboarding: true },
      { product_description: 'described' },
      { session_recording_opt_in: true },
      ...Array.from({ length: 6 }, (_, i) => ({ survey_config: { [`key${i}`]: i } })),
    ];
    const results = await Promise.all(
      bodies.map((body, i) =>
        (i % 2 === 0 ? org.owner : org.admin).client.PATCH(PROJECT, { params: { path: projectPath }, body }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual(bodies.map(() => 200));
    const { data } = await org.owner.client.GET(PROJECT, { params: { path: projectPath } });
    expect({
      anonymize_ips: data?.anonymize_ips,
      completed_snippet_onboarding: data?.completed_snippet_onboarding,
      product_description: data?.product_description,
      session_recording_opt_in: data?.session_recording_opt_in,
      survey_config: data?.survey_config,
    }).toEqual({
      anonymize_ips: true,
      completed_snippet_onboarding: true,
      product_description: 'described',
      session_recording_opt_in: true,
      survey_config: { key0: 0, key1: 1, key2: 2, key3: 3, key4: 4, key5: 5 },
    });
  });

  it('concurrent creates without a name get distinct default names', async () => {
    const org = await h.seedOrg();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        org.owner.client.POST(PROJECTS, {
          params: { path: { organization_id: org.organization.id } },
          body: {},
        }),
      ),
    );
    expect(results.map((r) => r.response.status)).toEqual([201, 201, 201, 201]);
    expect(results.map((r) => r.data?.name).sort()).toEqual([
      'Default project',
      'Default project 2',
      'Default project 3',
      'Default project 4',
    ]);
  });
});
