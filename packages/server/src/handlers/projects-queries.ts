import type { Context } from 'hono';
import type { Project } from '../domain/types.js';
import type { AppEnv } from '../http/app-env.js';
import { isProjectVisible } from '../rules/projects-access.js';
import { MAX_PROJECTS_PER_ORGANIZATION, type Store } from '../store/index.js';

/* Store look-ups of the projects handlers that combine several store calls. */

/** Every project of an organization, pending deletions included (at most the cap, so one page). */
function listAllProjects(store: Store, organizationId: string): Promise<Project[]> {
  return store
    .listProjects(organizationId, {
      limit: MAX_PROJECTS_PER_ORGANIZATION,
      offset: 0,
      includePendingDeletion: true,
    })
    .then((page) => page.results);
}

/**
 * The ids the requester may list, or `undefined` for "all of the organization's": the key's `scoped_teams`,
 * further limited to non-private projects for members (level 1).
 */
export async function visibleProjectIds(c: Context<AppEnv>): Promise<number[] | undefined> {
  const scoped = c.get('principal').key.scoped_teams;
  const level = c.get('membership').level;
  const ids = scoped && scoped.length > 0 ? [...scoped] : undefined;
  // A level that sees private projects sees everything: no need to load the organization's projects.
  if (isProjectVisible({ access_control: true }, level)) return ids;
  const all = await listAllProjects(c.get('deps').store, c.get('organization').id);
  const visible = new Set(
    all.filter((project) => isProjectVisible(project, level)).map((project) => project.id),
  );
  return (ids ?? [...visible]).filter((id) => visible.has(id));
}

/**
 * Resolves the `{id}` path value in the requester's organization: `@current` → the organization's first project
 * (lowest id, not pending deletion, visible to the requester); a number → that project (pending deletion
 * included). `undefined` when there is none.
 */
export async function findProject(c: Context<AppEnv>, id: number | '@current'): Promise<Project | undefined> {
  const { store } = c.get('deps');
  const organizationId = c.get('organization').id;
  if (id !== '@current') return store.getProject(organizationId, id);
  const ids = await visibleProjectIds(c);
  const { results } = await store.listProjects(organizationId, {
    limit: 1,
    offset: 0,
    ...(ids ? { ids } : {}),
  });
  return results[0];
}
