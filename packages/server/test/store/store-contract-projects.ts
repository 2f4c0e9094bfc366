import { describe, expect, it } from 'vitest';
import type { Organization, Project } from '../../src/domain/types.js';
import type { StoreHarness } from './store-contract.js';

/** Contract: projects (capped creation, listing/search, updates, two-phase deletion). */
export function describeProjectsContract(h: StoreHarness): void {
  const create = async (org: Organization, name: string): Promise<Project> => {
    const result = await h.store.createProject({ organization_id: org.id, name });
    if (!result.ok) throw new Error(result.reason);
    return result.project;
  };

  describe('projects', () => {
    it('creates a project with defaults and fresh tokens', async () => {
      const org = await h.org();
      const at = h.clock.peek();
      const project = await create(org, 'Default project');
      expect(project).toEqual({
        id: expect.any(Number),
        uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organization_id: org.id,
        name: 'Default project',
        api_token: expect.stringMatching(/^phc_[2-9A-HJ-NP-Za-km-z]{44}$/),
        secret_api_token: expect.stringMatching(/^phs_[2-9A-HJ-NP-Za-km-z]{49}$/),
        secret_api_token_backup: null,
        is_demo: false,
        timezone: 'UTC',
        access_control: false,
        is_pending_deletion: false,
        created_at: at,
        updated_at: at,
        settings: {},
      });
      const custom = await h.store.createProject({
        organization_id: org.id,
        name: 'Custom',
        is_demo: true,
        timezone: 'Europe/Paris',
        access_control: true,
        settings: { anonymize_ips: true, app_urls: ['https://a.io'], week_start_day: 1, survey_config: null },
        api_token: `phc_fixed_${org.id}`,
        secret_api_token: null,
      });
      expect(custom).toMatchObject({
        ok: true,
        project: {
          is_demo: true,
          timezone: 'Europe/Paris',
          access_control: true,
          settings: {
            anonymize_ips: true,
            app_urls: ['https://a.io'],
            week_start_day: 1,
            survey_config: null,
          },
          api_token: `phc_fixed_${org.id}`,
          secret_api_token: null,
        },
      });
      expect(await h.store.getProject(org.id, project.id)).toEqual(project);
      expect(await h.store.getProjectById(project.id)).toEqual(project);
      expect(await h.store.getProject((await h.org()).id, project.id)).toBeUndefined();
      expect(await h.store.getProject(org.id, 2 ** 60)).toBeUndefined();
    });

    it('enforces the per-organization cap, also under concurrent creation', async () => {
      const org = await h.org();
      const results = await Promise.all(
        [0, 1, 2, 3, 4, 5].map((i) =>
          (i % 2 ? (h.peer ?? h.store) : h.store).createProject(
            { organization_id: org.id, name: `p${i}` },
            { maxProjects: 3 },
          ),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(3);
      expect(results.filter((r) => !r.ok)).toEqual([
        { ok: false, reason: 'limit_reached' },
        { ok: false, reason: 'limit_reached' },
        { ok: false, reason: 'limit_reached' },
      ]);
      expect(await h.store.countProjects(org.id)).toBe(3);
    });

    it('lists by id with name search (case-insensitive), id filter, pending deletions hidden, paginated', async () => {
      const org = await h.org();
      const alpha = await create(org, 'Alpha Web');
      const beta = await create(org, 'Beta APP');
      const gamma = await create(org, 'Gamma web_app');
      const accent = await create(org, 'Équipe');
      const names = (p: { results: Project[] }) => p.results.map((x) => x.name);
      expect(names(await h.store.listProjects(org.id, { limit: 10, offset: 0 }))).toEqual([
        'Alpha Web',
        'Beta APP',
        'Gamma web_app',
        'Équipe',
      ]);
      expect(await h.store.listProjects(org.id, { limit: 10, offset: 0, search: 'WEB' })).toEqual({
        count: 2,
        results: [alpha, gamma],
      });
      expect(names(await h.store.listProjects(org.id, { limit: 10, offset: 0, search: '_' }))).toEqual([
        'Gamma web_app',
      ]);
      expect(names(await h.store.listProjects(org.id, { limit: 10, offset: 0, search: 'éQUIPE' }))).toEqual([
        'Équipe',
      ]);
      expect(await h.store.listProjects(org.id, { limit: 1, offset: 1 })).toEqual({
        count: 4,
        results: [beta],
      });
      expect(
        names(await h.store.listProjects(org.id, { limit: 10, offset: 0, ids: [gamma.id, alpha.id] })),
      ).toEqual(['Alpha Web', 'Gamma web_app']);
      expect(await h.store.listProjects(org.id, { limit: 10, offset: 0, ids: [] })).toEqual({
        count: 0,
        results: [],
      });
      await h.store.markProjectPendingDeletion(org.id, accent.id);
      expect((await h.store.listProjects(org.id, { limit: 10, offset: 0 })).count).toBe(3);
      const withPending = await h.store.listProjects(org.id, {
        limit: 10,
        offset: 0,
        includePendingDeletion: true,
      });
      expect(withPending.count).toBe(4);
    });

    it('updates only the given fields and bumps updated_at', async () => {
      const org = await h.org();
      const project = await create(org, 'Before');
      const at = h.clock.peek();
      const updated = await h.store.updateProject(org.id, project.id, {
        name: 'After',
        settings: { anonymize_ips: true },
        secret_api_token_backup: 'phs_backup',
      });
      expect(updated).toEqual({
        ok: true,
        project: {
          ...project,
          name: 'After',
          settings: { anonymize_ips: true },
          secret_api_token_backup: 'phs_backup',
          updated_at: at,
        },
      });
      expect((await h.store.listProjects(org.id, { limit: 10, offset: 0, search: 'aft' })).count).toBe(1);
      const flags = await h.store.updateProject(org.id, project.id, {
        is_demo: true,
        access_control: true,
        timezone: 'UTC',
      });
      expect(flags).toMatchObject({
        ok: true,
        project: { name: 'After', is_demo: true, access_control: true },
      });
      const notFound = { ok: false, reason: 'not_found' };
      expect(await h.store.updateProject(org.id, 999_999_999, { name: 'x' })).toEqual(notFound);
      expect(await h.store.updateProject((await h.org()).id, project.id, { name: 'x' })).toEqual(notFound);
    });

    it('decides a check on the locked demo projects, on create and on update; a refusal writes nothing', async () => {
      const org = await h.org();
      const refusal = { kind: 'forbidden', detail: 'one demo' } as const;
      const seen: unknown[] = [];
      const oneDemo = (locked: { demoProjectIds: number[] }) => {
        seen.push(locked);
        return locked.demoProjectIds.length > 0 ? refusal : null;
      };
      const input = { organization_id: org.id, name: 'Demo', is_demo: true };
      const demo = await h.store.createProject(input, { check: oneDemo });
      if (!demo.ok) throw new Error(demo.reason);
      expect(await h.store.createProject(input, { check: oneDemo })).toEqual({
        ok: false,
        reason: 'refused',
        refusal,
      });
      const plain = await create(org, 'Plain');
      const refused = await h.store.updateProject(
        org.id,
        plain.id,
        { is_demo: true, name: 'x' },
        { check: oneDemo },
      );
      expect(refused).toEqual({ ok: false, reason: 'refused', refusal });
      expect(seen).toEqual([
        { demoProjectIds: [] },
        { demoProjectIds: [demo.project.id] },
        { current: plain, demoProjectIds: [demo.project.id] },
      ]);
      expect(await h.store.getProject(org.id, plain.id)).toEqual(plain);
      expect(await h.store.countProjects(org.id)).toBe(2);
    });

    it('marks pending deletion once, then the purge deletes pending projects only', async () => {
      const org = await h.org();
      const doomed = await create(org, 'Doomed');
      const kept = await create(org, 'Kept');
      const marked = await h.store.markProjectPendingDeletion(org.id, doomed.id);
      expect(marked).toEqual({
        ok: true,
        project: expect.objectContaining({ id: doomed.id, is_pending_deletion: true }),
      });
      expect(await h.store.markProjectPendingDeletion(org.id, doomed.id)).toEqual({
        ok: false,
        reason: 'already_pending',
      });
      expect(await h.store.markProjectPendingDeletion(org.id, 999_999_999)).toEqual({
        ok: false,
        reason: 'not_found',
      });
      expect(await h.store.getProject(org.id, doomed.id)).toMatchObject({ is_pending_deletion: true });
      expect(await h.store.countProjects(org.id)).toBe(2);
      expect(await h.store.purgePendingDeletions()).toBeGreaterThanOrEqual(1);
      expect(await h.store.getProject(org.id, doomed.id)).toBeUndefined();
      expect(await h.store.getProject(org.id, kept.id)).toEqual(kept);
      expect(await h.store.countProjects(org.id)).toBe(1);
      expect(await h.store.purgePendingDeletions()).toBe(0);
    });
  });
}
