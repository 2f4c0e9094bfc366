import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_PERMISSION_INSUFFICIENT } from '../rules/projects-access.js';
import { PROJECT_ALREADY_DELETING } from './projects-handlers.js';
import { denied, invalid, NOT_FOUND, projectCalls } from './projects-test-helpers.js';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

describe.each(STORE_KINDS)('projects handlers: list, retrieve, update, delete (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  const { create, list, get, patch, destroy, listedNames, seedProject } = projectCalls(() => h);

  describe('GET projects/', () => {
    it('lists visible projects by id, hides pending deletions, searches names case-insensitively', async () => {
      const org = await h.seedOrg();
      const web = await seedProject(org, 'Hogflix Web');
      await seedProject(org, 'Hogflix iOS');
      const gone = await seedProject(org, 'Old web');
      await h.store.markProjectPendingDeletion(org.organization.id, gone.id);
      const { data, response } = await list(org.member.client, org);
      expect(response.status).toBe(200);
      expect(data).toMatchObject({ count: 2, next: null, previous: null });
      expect(data?.results[0]).toEqual({
        id: web.id,
        uuid: web.uuid,
        organization: org.organization.id,
        project_id: web.id,
        api_token: web.api_token,
        name: 'Hogflix Web',
        completed_snippet_onboarding: false,
        has_completed_onboarding_for: null,
        ingested_event: false,
        is_demo: false,
        timezone: 'UTC',
        access_control: false,
        tags: [],
      });
      expect(await listedNames(org.member.client, org, { search: 'WEB' })).toEqual(['Hogflix Web']);
      expect(await listedNames(org.member.client, org, { search: '  ' })).toEqual([
        'Hogflix Web',
        'Hogflix iOS',
      ]);
    });

    it('paginates with absolute links', async () => {
      const org = await h.seedOrg();
      for (const name of ['A', 'B', 'C']) await seedProject(org, name);
      const { data } = await list(org.owner.client, org, { limit: 2, search: 'a' });
      expect(data).toMatchObject({ count: 1, next: null });
      const page = await list(org.owner.client, org, { limit: 2 });
      expect(page.data?.next).toBe(
        `http://localhost/api/organizations/${org.organization.id}/projects/?limit=2&offset=2`,
      );
      expect(page.data?.results.map((project) => project.name)).toEqual(['A', 'B']);
    });

    it('limits keys with scoped_teams to their projects, and hides private projects from members', async () => {
      const org = await h.seedOrg();
      const a = await seedProject(org, 'A');
      await seedProject(org, 'B');
      const secret = await seedProject(org, 'Secret', { access_control: true });
      const scoped = await h.addMember(org.organization, 8, {}, { scopedTeams: [a.id, secret.id] });
      expect(await listedNames(scoped.client, org)).toEqual(['A', 'Secret']);
      const scopedMember = await h.addMember(org.organization, 1, {}, { scopedTeams: [a.id, secret.id] });
      expect(await listedNames(scopedMember.client, org)).toEqual(['A']);
      expect(await listedNames(org.member.client, org)).toEqual(['A', 'B']);
      expect(await listedNames(org.admin.client, org)).toEqual(['A', 'B', 'Secret']);
    });
  });

  describe('GET projects/{id}/', () => {
    it('retrieves by id and @current (first visible project, not pending deletion)', async () => {
      const org = await h.seedOrg();
      const first = await seedProject(org, 'First');
      const second = await seedProject(org, 'Second');
      const byId = await get(org.member.client, org, second.id);
      expect([byId.response.status, byId.data?.name, byId.data?.effective_membership_level]).toEqual([
        200,
        'Second',
        1,
      ]);
      expect((await get(org.member.client, org, '@current')).data?.id).toBe(first.id);
      await h.store.markProjectPendingDeletion(org.organization.id, first.id);
      expect((await get(org.member.client, org, '@current')).data?.id).toBe(second.id);
    });

    it('reads a project pending deletion with is_pending_deletion true', async () => {
      const org = await h.seedOrg();
      const project = await seedProject(org, 'Going');
      await h.store.markProjectPendingDeletion(org.organization.id, project.id);
      const { data, response } = await get(org.owner.client, org, project.id);
      expect([response.status, data?.is_pending_deletion]).toEqual([200, true]);
    });

    it('answers 404 for unknown ids, other organizations’ projects and @current without projects', async () => {
      const org = await h.seedOrg();
      const other = await h.seedOrg();
      const foreign = await seedProject(other, 'Foreign');
      for (const id of [999_999_999, foreign.id, '@current' as const]) {
        const { response, error } = await get(org.owner.client, org, id);
        expect([response.status, error]).toEqual([404, NOT_FOUND]);
      }
    });

    it('refuses members on private projects (403)', async () => {
      const org = await h.seedOrg();
      const secret = await seedProject(org, 'Secret', { access_control: true });
      const asMember = await get(org.member.client, org, secret.id);
      expect([asMember.response.status, asMember.error]).toEqual([
        403,
        denied(PROJECT_PERMISSION_INSUFFICIENT),
      ]);
      const asAdmin = await get(org.admin.client, org, secret.id);
      expect([asAdmin.response.status, asAdmin.data?.user_access_level]).toEqual([200, 'admin']);
    });
  });

  describe('PATCH projects/{id}/', () => {
    it('changes only the fields sent, shallow-merges survey_config/modifiers/conversations_settings', async () => {
      const org = await h.seedOrg();
      const { data: created } = await create(org.owner.client, org, {
        name: 'Before',
        survey_config: { appearance: { color: 'red' }, keep: true },
        modifiers: { personsOnEventsMode: 'disabled' },
        session_replay_config: { record_canvas: true, other: 1 },
        revenue_analytics_config: { base_currency: 'EUR', filter_test_accounts: true },
      });
      const id = created?.id ?? 0;
      h.clock.advance(5000);
      const { data, response } = await patch(org.member.client, org, id, {
        name: 'After',
        timezone: 'America/New_York',
        survey_config: { appearance: { size: 'large' } },
        modifiers: { bounceRatePageViewMode: 'count_pageviews' },
        conversations_settings: { widget_domains: ['a.example.com', '', null] },
        session_replay_config: { record_canvas: false },
        revenue_analytics_config: { goals: [] },
        anonymize_ips: true,
      });
      expect(response.status).toBe(200);
      expect(data).toMatchObject({
        name: 'After',
        timezone: 'America/New_York',
        anonymize_ips: true,
        survey_config: { appearance: { size: 'large' }, keep: true },
        modifiers: { personsOnEventsMode: 'disabled', bounceRatePageViewMode: 'count_pageviews' },
        conversations_settings: { widget_domains: ['a.example.com'] },
        session_replay_config: { record_canvas: false },
        revenue_analytics_config: { goals: [] },
        base_currency: 'USD',
        session_recording_retention_period: '30d',
        created_at: created?.created_at,
        updated_at: h.clock.now().toISOString(),
      });
      expect(data?.revenue_analytics_config).toEqual({ goals: [] });
      const reread = await get(org.owner.client, org, id);
      expect(reread.data).toEqual({ ...data, effective_membership_level: 15, user_access_level: 'admin' });
    });

    it('clears a merged setting with null, then merges into nothing', async () => {
      const org = await h.seedOrg();
      const { data: created } = await create(org.owner.client, org, { survey_config: { a: 1 } });
      const id = created?.id ?? 0;
      expect(
        (await patch(org.owner.client, org, id, { survey_config: null })).data?.survey_config,
      ).toBeNull();
      const merged = await patch(org.owner.client, org, id, { survey_config: { b: 2 } });
      expect(merged.data?.survey_config).toEqual({ b: 2 });
    });

    it('validates with the generated validators and ignores read-only fields', async () => {
      const org = await h.seedOrg();
      const project = await seedProject(org, 'P');
      const bad = await patch(org.owner.client, org, project.id, {
        session_recording_minimum_duration_milliseconds: 30001,
      });
      expect([bad.response.status, bad.error]).toEqual([
        400,
        invalid(
          'max_value',
          'Ensure this value is less than or equal to 30000.',
          'session_recording_minimum_duration_milliseconds',
        ),
      ]);
      const readOnly = await patch(org.owner.client, org, project.id, {
        api_token: 'phc_forged',
        is_pending_deletion: true,
        name: 'Renamed',
      });
      expect(readOnly.data).toMatchObject({
        api_token: project.api_token,
        is_pending_deletion: false,
        name: 'Renamed',
      });
    });

    it('answers 404 for unknown ids and 403 for members on private projects', async () => {
      const org = await h.seedOrg();
      const unknown = await patch(org.owner.client, org, 999_999_999, { name: 'x' });
      expect([unknown.response.status, unknown.error]).toEqual([404, NOT_FOUND]);
      const secret = await seedProject(org, 'Secret', { access_control: true });
      const refused = await patch(org.member.client, org, secret.id, { name: 'x' });
      expect([refused.response.status, refused.error]).toEqual([
        403,
        denied(PROJECT_PERMISSION_INSUFFICIENT),
      ]);
    });
  });

  describe('DELETE projects/{id}/', () => {
    it('marks the project pending deletion (204); a second delete is 400; the purge removes it', async () => {
      const org = await h.seedOrg();
      const project = await seedProject(org, 'Doomed');
      const first = await destroy(org.admin.client, org, project.id);
      expect(first.response.status).toBe(204);
      expect((await get(org.owner.client, org, project.id)).data?.is_pending_deletion).toBe(true);
      expect(await listedNames(org.owner.client, org)).toEqual([]);
      const second = await destroy(org.owner.client, org, project.id);
      expect([second.response.status, second.error]).toEqual([
        400,
        invalid('invalid_input', PROJECT_ALREADY_DELETING, null),
      ]);
      expect(await h.store.purgePendingDeletions()).toBeGreaterThanOrEqual(1);
      const after = await get(org.owner.client, org, project.id);
      expect([after.response.status, after.error]).toEqual([404, NOT_FOUND]);
    });

    it('needs admin level in the project (403 for members) and answers 404 for unknown ids', async () => {
      const org = await h.seedOrg();
      const project = await seedProject(org, 'Kept');
      const refused = await destroy(org.member.client, org, project.id);
      expect([refused.response.status, refused.error]).toEqual([
        403,
        denied(PROJECT_PERMISSION_INSUFFICIENT),
      ]);
      expect((await get(org.owner.client, org, project.id)).data?.is_pending_deletion).toBe(false);
      const unknown = await destroy(org.owner.client, org, 999_999_999);
      expect([unknown.response.status, unknown.error]).toEqual([404, NOT_FOUND]);
    });
  });
});
