import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AvailableSetupTaskIdsEnum } from '../generated/schemas.gen.js';
import {
  ORGANIZATION_ACCESS_INSUFFICIENT,
  PROJECT_PLAN_LIMIT,
  projectCapMessage,
} from '../rules/projects-access.js';
import { MAX_PROJECTS_PER_ORGANIZATION } from '../store/index.js';
import { PROJECT_SETTING_DEFAULTS } from './project-settings-defaults.js';
import { denied, invalid, PROJECTS, type ProjectBody, projectCalls, UUID } from './projects-test-helpers.js';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

describe.each(STORE_KINDS)('projects handlers: create (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  const { create, list, seedProject } = projectCalls(() => h);

  describe('POST projects/', () => {
    it('creates a project from an empty body (201): default name, generated tokens, every default', async () => {
      const org = await h.seedOrg();
      const { data, response } = await create(org.admin.client, org);
      expect(response.status).toBe(201);
      const now = h.clock.now().toISOString();
      expect(data).toMatchObject({
        ...PROJECT_SETTING_DEFAULTS,
        organization: org.organization.id,
        name: 'Default project',
        uuid: expect.stringMatching(UUID),
        project_id: data?.id,
        is_demo: false,
        timezone: 'UTC',
        access_control: false,
        is_pending_deletion: false,
        created_at: now,
        updated_at: now,
        effective_membership_level: 8,
        user_access_level: 'admin',
        has_group_types: false,
        group_types: [],
        ingested_event: false,
        live_events_token: null,
        default_modifiers: { personsOnEventsMode: 'person_id_override_properties_on_events' },
        product_intents: [],
        available_setup_task_ids: AvailableSetupTaskIdsEnum.options,
        secret_api_token_backup: null,
        deletion_scheduled_at: null,
      });
      // Values spelled out independently of the defaults table (the documented choices).
      expect(data).toMatchObject({
        week_start_day: null,
        session_recording_retention_period: '30d',
        base_currency: 'USD',
        data_attributes: ['data-attr'],
        survey_config: null,
      });
      expect(data?.api_token).toMatch(/^phc_[2-9A-HJ-NP-Za-km-z]{44}$/);
      expect(data?.secret_api_token).toMatch(/^phs_[2-9A-HJ-NP-Za-km-z]{49}$/);
    });

    it('generates unique default names (case-insensitive) and keeps given values', async () => {
      const org = await h.seedOrg();
      await seedProject(org, 'DEFAULT PROJECT');
      await seedProject(org, 'Default project 3');
      expect((await create(org.owner.client, org)).data?.name).toBe('Default project 2');
      expect((await create(org.owner.client, org)).data?.name).toBe('Default project 4');
      const { data } = await create(org.owner.client, org, {
        name: 'Hogflix staging',
        timezone: 'Europe/Berlin',
        week_start_day: 1,
        tags: [' Staging ', 'staging', 'Web', ''],
        app_urls: ['https://hogflix.com', null, ''],
        session_recording_sample_rate: '0.25',
        revenue_analytics_config: { base_currency: 'EUR' },
      });
      expect(data).toMatchObject({
        name: 'Hogflix staging',
        timezone: 'Europe/Berlin',
        week_start_day: 1,
        tags: ['staging', 'web'],
        app_urls: ['https://hogflix.com'],
        session_recording_sample_rate: '0.25',
        revenue_analytics_config: { base_currency: 'EUR' },
      });
    });

    it('allows duplicate names, on create and on PATCH, as upstream (names are not unique)', async () => {
      const org = await h.seedOrg();
      const first = await create(org.owner.client, org, { name: 'Web' });
      const second = await create(org.owner.client, org, { name: 'WEB' });
      const third = await create(org.owner.client, org, { name: 'Web' });
      expect([first, second, third].map((r) => [r.response.status, r.data?.name])).toEqual([
        [201, 'Web'],
        [201, 'WEB'],
        [201, 'Web'],
      ]);
      const renamed = await org.owner.client.PATCH('/api/organizations/{organization_id}/projects/{id}/', {
        params: { path: { organization_id: org.organization.id, id: second.data?.id ?? 0 } },
        body: { name: 'Web' },
      });
      expect([renamed.response.status, renamed.data?.name]).toEqual([200, 'Web']);
    });

    it('refuses members (403) unless the organization lets members create projects', async () => {
      const org = await h.seedOrg();
      const refused = await create(org.member.client, org, { name: 'Nope' });
      expect([refused.response.status, refused.error]).toEqual([
        403,
        denied(ORGANIZATION_ACCESS_INSUFFICIENT),
      ]);
      const open = await h.store.createOrganization({ name: 'Open org', members_can_create_projects: true });
      const member = await h.addMember(open, 1);
      const created = await member.client.POST(PROJECTS, {
        params: { path: { organization_id: open.id } },
        body: { name: 'Mine' },
      });
      expect([created.response.status, created.data?.effective_membership_level]).toEqual([201, 1]);
      expect(created.data?.user_access_level).toBe('member');
    });

    it('lets members create one demo project; a second demo project is a plan limit (403)', async () => {
      const org = await h.seedOrg();
      const demo = await create(org.member.client, org, { is_demo: true });
      expect([demo.response.status, demo.data?.is_demo]).toEqual([201, true]);
      const second = await create(org.owner.client, org, { is_demo: true });
      expect([second.response.status, second.error]).toEqual([403, denied(PROJECT_PLAN_LIMIT)]);
    });

    it('answers the generated validators’ 400 bodies', async () => {
      const org = await h.seedOrg();
      const cases: [unknown, ReturnType<typeof invalid>][] = [
        [
          { timezone: 'Mars/Olympus_Mons' },
          invalid('invalid_choice', '"Mars/Olympus_Mons" is not a valid choice.', 'timezone'),
        ],
        [
          { name: 'x'.repeat(201) },
          invalid('max_length', 'Ensure this field has no more than 200 characters.', 'name'),
        ],
        [
          { session_recording_retention_period: '2y' },
          invalid('invalid_choice', '"2y" is not a valid choice.', 'session_recording_retention_period'),
        ],
        [
          { base_currency: 'XXX' },
          invalid('invalid_choice', '"XXX" is not a valid choice.', 'base_currency'),
        ],
      ];
      for (const [body, expected] of cases) {
        const { response, error } = await create(org.owner.client, org, body as ProjectBody);
        expect([response.status, error]).toEqual([400, expected]);
      }
      expect((await list(org.owner.client, org)).data?.count).toBe(0);
    });

    it('takes sample rates from 0.00 to 1.00 only (the generated pattern)', async () => {
      const org = await h.seedOrg();
      for (const rate of ['0', '0.5', '1.00']) {
        const { data, response } = await create(org.owner.client, org, {
          session_recording_sample_rate: rate,
        });
        expect([response.status, data?.session_recording_sample_rate]).toEqual([201, rate]);
      }
      // The detail is the generic formatter's; the spec's example words it as DRF does ("Ensure that there are
      // no more than 2 decimal places.") — see the report.
      const refused = invalid(
        'invalid_input',
        'This value does not match the required pattern.',
        'session_recording_sample_rate',
      );
      for (const rate of ['1.5', '-0.1', '.', '0.125']) {
        const { response, error } = await create(org.owner.client, org, {
          session_recording_sample_rate: rate,
        });
        expect([rate, response.status, error]).toEqual([rate, 400, refused]);
      }
    });
  });

  describe(`the cap of ${MAX_PROJECTS_PER_ORGANIZATION} projects`, () => {
    it('lets exactly one of two concurrent creates take the last slot; later ones get 403', async () => {
      const org = await h.seedOrg();
      // Seeded through the store, one by one: each create locks the organization row, so batching does not help.
      for (let i = 1; i < MAX_PROJECTS_PER_ORGANIZATION; i++) await seedProject(org, `P${i}`);
      const results = await Promise.all([
        create(org.owner.client, org, { name: 'A' }),
        create(org.admin.client, org, { name: 'B' }),
      ]);
      const statuses = results.map((result) => result.response.status).sort();
      expect(statuses).toEqual([201, 403]);
      const refusal = results.find((result) => result.response.status === 403);
      expect(refusal?.error).toEqual(denied(projectCapMessage(MAX_PROJECTS_PER_ORGANIZATION)));
      expect(await h.store.countProjects(org.organization.id)).toBe(MAX_PROJECTS_PER_ORGANIZATION);
      // At the cap the plan limit is answered before the level check, as upstream's permission order does.
      const member = await create(org.member.client, org, { name: 'C' });
      expect([member.response.status, member.error]).toEqual([
        403,
        denied(
          "You have reached the maximum limit of 1500 projects per organization. Contact support if you'd like access to more projects.",
        ),
      ]);
      // 1,499 transactions, each locking the organization: on a busy PostgreSQL (both test projects at once) this
      // takes longer than the default 30 s.
    }, 120_000);
  });
});
