import type { Context } from 'hono';
import type { Project, ProjectPatch } from '../domain/types.js';
import { ApiError } from '../errors/api-error.js';
import { refusalError } from '../errors/refusal-error.js';
import type { Handlers } from '../generated/handlers.gen.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { paginate, parsePageRequest } from '../http/pagination.js';
import {
  canCreateProject,
  checkProjectAction,
  checkSingleDemoProject,
  ORGANIZATION_ACCESS_INSUFFICIENT,
  projectCapMessage,
} from '../rules/projects-access.js';
import { MAX_PROJECTS_PER_ORGANIZATION } from '../store/index.js';
import {
  createProjectSettings,
  mergeProjectSettings,
  pickSettingsInput,
  readProjectSettings,
  toStoredSettings,
} from './project-settings.js';
import { PROJECT_COLUMN_DEFAULTS } from './project-settings-defaults.js';
import { toProject, toProjectBasic } from './projects-mapper.js';
import { DEFAULT_PROJECT_NAME, pickDefaultProjectName } from './projects-naming.js';
import { findProject, visibleProjectIds } from './projects-queries.js';

/** The operations of `projects/`. */
export type ProjectOperationId =
  | 'organizations_projects_list'
  | 'organizations_projects_create'
  | 'organizations_projects_retrieve'
  | 'organizations_projects_partial_update'
  | 'organizations_projects_destroy';

/** 400 when deleting a project whose deletion is already under way (upstream wording). */
export const PROJECT_ALREADY_DELETING = 'This project is already being deleted.';

/**
 * Handlers of `projects/…`: list (visible, not pending deletion, key `scoped_teams`, `search`), create (level,
 * demo and cap checks, generated tokens, every setting defaulted), retrieve (`@current` = first project), PATCH
 * (settings merged per `project-settings.ts`) and two-phase DELETE (marked pending; `store.purgePendingDeletions()`
 * removes it later).
 *
 * @example
 * const handlers = { ...createProjectHandlers(deps), ...createLegalDocumentHandlers(deps) };
 */
export function createProjectHandlers(deps: AppDeps): Pick<Handlers<AppEnv>, ProjectOperationId> {
  const { store } = deps;
  return {
    organizations_projects_list: async (c) => {
      const query = c.req.valid('query');
      const page = parsePageRequest(query);
      const search = query.search?.replaceAll('\u0000', '').trim();
      const ids = await visibleProjectIds(c);
      const { count, results } = await store.listProjects(c.get('organization').id, {
        ...page,
        ...(search ? { search } : {}),
        ...(ids ? { ids } : {}),
      });
      return c.json(paginate(c, page, count, results.map(toProjectBasic)), 200);
    },

    organizations_projects_create: async (c) => {
      const body: Record<string, unknown> = c.req.valid('json') ?? {};
      const organization = c.get('organization');
      const level = c.get('membership').level;
      const isDemo = body.is_demo === true;
      // Upstream's permission order: plan limits (PremiumMultiProjectPermission) before the level check. A demo
      // project needs only membership: its rules (one per organization, the cap) are decided by the store below.
      if (!isDemo && (await store.countProjects(organization.id)) >= MAX_PROJECTS_PER_ORGANIZATION) {
        throw ApiError.permissionDenied(projectCapMessage(MAX_PROJECTS_PER_ORGANIZATION));
      }
      if (!canCreateProject(organization, level, isDemo)) {
        throw ApiError.permissionDenied(ORGANIZATION_ACCESS_INSUFFICIENT);
      }
      const settings = createProjectSettings(pickSettingsInput(body));
      const name = typeof body.name === 'string' ? body.name : undefined;
      const created = await store.createProject(
        {
          organization_id: organization.id,
          name: name ?? DEFAULT_PROJECT_NAME,
          is_demo: isDemo,
          timezone: typeof body.timezone === 'string' ? body.timezone : PROJECT_COLUMN_DEFAULTS.timezone,
          access_control: body.access_control === true,
          settings: toStoredSettings(settings),
        },
        {
          // Without a name, the store picks a free default name under its lock (concurrent creates stay distinct).
          ...(name === undefined ? { pickName: pickDefaultProjectName } : {}),
          ...(isDemo ? { check: ({ demoProjectIds }) => checkSingleDemoProject(demoProjectIds) } : {}),
        },
      );
      // The store decides the demo rule and the cap inside its transaction: concurrent creates cannot pass them.
      if (!created.ok) {
        if (created.reason === 'refused') throw refusalError(created.refusal);
        throw ApiError.permissionDenied(projectCapMessage(MAX_PROJECTS_PER_ORGANIZATION));
      }
      return c.json(toProject(created.project, level), 201);
    },

    organizations_projects_retrieve: async (c) => {
      const project = await authorizedProject(c, c.req.valid('param').id, 'read');
      return c.json(toProject(project, c.get('membership').level), 200);
    },

    organizations_projects_partial_update: async (c) => {
      const project = await authorizedProject(c, c.req.valid('param').id, 'update');
      const body: Record<string, unknown> = c.req.valid('json') ?? {};
      const patch: ProjectPatch = {};
      if (typeof body.name === 'string') patch.name = body.name;
      if (typeof body.is_demo === 'boolean') patch.is_demo = body.is_demo;
      if (typeof body.timezone === 'string') patch.timezone = body.timezone;
      if (typeof body.access_control === 'boolean') patch.access_control = body.access_control;
      const input = pickSettingsInput(body);
      // The settings are merged with the stored document, and one demo project per organization is decided, inside
      // the store's transaction (no lost updates, no second demo project).
      const updated = await store.updateProject(
        project.organization_id,
        project.id,
        (current) =>
          Object.keys(input).length === 0
            ? patch
            : {
                ...patch,
                settings: toStoredSettings(
                  mergeProjectSettings(readProjectSettings(current.settings), input),
                ),
              },
        patch.is_demo
          ? { check: ({ current, demoProjectIds }) => checkSingleDemoProject(demoProjectIds, current.id) }
          : {},
      );
      if (!updated.ok) {
        if (updated.reason === 'refused') throw refusalError(updated.refusal);
        throw ApiError.notFound();
      }
      return c.json(toProject(updated.project, c.get('membership').level), 200);
    },

    organizations_projects_destroy: async (c) => {
      const project = await authorizedProject(c, c.req.valid('param').id, 'delete');
      const marked = await store.markProjectPendingDeletion(project.organization_id, project.id);
      if (!marked.ok) {
        if (marked.reason === 'already_pending') {
          throw ApiError.validation('invalid_input', PROJECT_ALREADY_DELETING);
        }
        throw ApiError.notFound();
      }
      return c.body(null, 204);
    },
  };
}

/** Finds the project (404) and checks the requester may do `action` on it (403). */
async function authorizedProject(
  c: Context<AppEnv>,
  id: number | '@current',
  action: 'read' | 'update' | 'delete',
): Promise<Project> {
  const project = await findProject(c, id);
  if (!project) throw ApiError.notFound();
  const refused = checkProjectAction(project, c.get('membership').level, action);
  if (refused) throw refusalError(refused);
  return project;
}
