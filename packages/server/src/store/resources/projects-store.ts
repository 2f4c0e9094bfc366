import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { generateProjectApiToken, generateSecretApiToken } from '../../domain/tokens.js';
import type { NewProject, Page, Project, ProjectPatch } from '../../domain/types.js';
import type { Refusal } from '../../rules/refusal.js';
import type { Database } from '../database-schema.js';
import { countRows, listPage } from '../page-query.js';
import { decodeProject, toIso } from '../row-codec.js';
import { inTransaction, type StoreContext } from '../store-context.js';
import type { ListProjectsQuery, Result, RuleRefusal } from '../store-types.js';
import { lowerText } from '../text-fold.js';

/** Upstream's hard cap of projects per organization. */
export const MAX_PROJECTS_PER_ORGANIZATION = 1500;

/** What a project write's `check` rule sees: read inside its transaction, with the organization locked. */
export interface LockedProjects {
  /** The organization's demo projects (`is_demo`), pending deletions included. */
  demoProjectIds: number[];
}

/** A rule decided on the locked rows (`rules/`): `null` lets the write happen, a refusal stops it. */
type LockedCheck<Facts> = (locked: Facts) => Refusal | null;

/** Projects: capped creation, search/list, partial updates, two-phase deletion. */
export interface ProjectStore {
  /**
   * Creates a project unless `check` refuses it (`reason: 'refused'`) or the organization already has
   * `maxProjects` projects (default 1500; pending deletions count), both decided inside the transaction with the
   * organization locked. Tokens are generated when absent.
   */
  createProject(
    input: NewProject,
    options?: {
      maxProjects?: number;
      /**
       * Picks the name instead of `input.name`, inside the transaction with the organization locked, from the names
       * of the organization's projects (pending deletions included): unique default names under concurrency.
       */
      pickName?: (takenNames: readonly string[]) => string;
      /** A rule on the organization's projects as locked (e.g. one demo project per organization). */
      check?: LockedCheck<LockedProjects>;
    },
  ): Promise<Result<{ project: Project }, 'limit_reached'> | RuleRefusal>;

  /** Lists an organization's projects ordered by id ascending. See `ListProjectsQuery`. */
  listProjects(organizationId: string, query: ListProjectsQuery): Promise<Page<Project>>;

  /** Gets a project of an organization (pending deletion included). */
  getProject(organizationId: string, projectId: number): Promise<Project | undefined>;

  /** Gets a project by id in any organization (for key `scoped_teams` checks). */
  getProjectById(projectId: number): Promise<Project | undefined>;

  /** Counts an organization's projects (pending deletions included). */
  countProjects(organizationId: string): Promise<number>;

  /**
   * Applies a partial update (and bumps `updated_at`). The caller merges `settings`: given a function, the store
   * calls it with the current project inside a transaction with the organization locked and writes what it returns,
   * so concurrent read-merge-write updates lose nothing. `check` is decided in that transaction too, before the
   * patch is computed (`reason: 'refused'`). @returns the project, or `not_found`.
   */
  updateProject(
    organizationId: string,
    projectId: number,
    patch: ProjectPatch | ((current: Project) => ProjectPatch),
    options?: { check?: LockedCheck<LockedProjects & { current: Project }> },
  ): Promise<Result<{ project: Project }, 'not_found'> | RuleRefusal>;

  /** Marks a project pending deletion. @returns the project, or `not_found`, or `already_pending`. */
  markProjectPendingDeletion(
    organizationId: string,
    projectId: number,
  ): Promise<Result<{ project: Project }, 'not_found' | 'already_pending'>>;

  /** Deletes all projects pending deletion (background job). @returns how many were deleted. */
  purgePendingDeletions(): Promise<number>;
}

/** The {@link ProjectStore} over `ctx` (the store's context, or a transaction's). */
export function projectStore(ctx: StoreContext): ProjectStore {
  return {
    createProject: (input, options) => createProject(ctx, input, options),
    listProjects: (organizationId, query) => listProjects(ctx, organizationId, query),
    getProject: (organizationId, projectId) => getProject(ctx, organizationId, projectId),
    getProjectById: (projectId) => getProject(ctx, undefined, projectId),
    countProjects: (organizationId) => countProjects(ctx, organizationId),
    updateProject: (organizationId, projectId, patch, options) =>
      updateProject(ctx, organizationId, projectId, patch, options?.check),
    markProjectPendingDeletion: (organizationId, projectId) =>
      markProjectPendingDeletion(ctx, organizationId, projectId),
    async purgePendingDeletions() {
      const result = await ctx.db
        .deleteFrom('projects')
        .where('is_pending_deletion', '=', ctx.dialect.bool(true))
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function createProject(
  ctx: StoreContext,
  input: NewProject,
  options: Parameters<ProjectStore['createProject']>[1] = {},
): Promise<Result<{ project: Project }, 'limit_reached'> | RuleRefusal> {
  return inTransaction(ctx, async (trx) => {
    const { db, dialect: d } = trx;
    await d.lockOrganization(db, input.organization_id);
    const refusal = options.check?.({ demoProjectIds: await demoProjectIds(trx, input.organization_id) });
    if (refusal) return { ok: false, reason: 'refused', refusal };
    const maxProjects = options.maxProjects ?? MAX_PROJECTS_PER_ORGANIZATION;
    if ((await countProjects(trx, input.organization_id)) >= maxProjects)
      return { ok: false, reason: 'limit_reached' };
    // Picked under the same lock as the insert, so concurrent creates cannot pick the same name.
    const { pickName } = options;
    const name = pickName ? pickName(await projectNames(trx, input.organization_id)) : input.name;
    const now = toIso(ctx.now());
    const row = await db
      .insertInto('projects')
      .values({
        uuid: randomUUID(),
        organization_id: input.organization_id,
        name,
        name_lc: lowerText(name),
        api_token: input.api_token ?? generateProjectApiToken(),
        secret_api_token:
          input.secret_api_token === undefined ? generateSecretApiToken() : input.secret_api_token,
        secret_api_token_backup: null,
        is_demo: d.bool(input.is_demo ?? false),
        timezone: input.timezone ?? 'UTC',
        access_control: d.bool(input.access_control ?? false),
        is_pending_deletion: d.bool(false),
        created_at: now,
        updated_at: now,
        settings: JSON.stringify(input.settings ?? {}),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { ok: true, project: decodeProject(row, d) };
  });
}

async function demoProjectIds(ctx: StoreContext, organizationId: string): Promise<number[]> {
  const rows = await ctx.db
    .selectFrom('projects')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('is_demo', '=', ctx.dialect.bool(true))
    .orderBy('id')
    .execute();
  return rows.map((row) => Number(row.id));
}

async function projectNames(ctx: StoreContext, organizationId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('projects')
    .select('name')
    .where('organization_id', '=', organizationId)
    .execute();
  return rows.map((row) => row.name);
}

function countProjects(ctx: StoreContext, organizationId: string): Promise<number> {
  return countRows(ctx.db.selectFrom('projects').where('organization_id', '=', organizationId));
}

async function listProjects(
  ctx: StoreContext,
  organizationId: string,
  query: ListProjectsQuery,
): Promise<Page<Project>> {
  const { db, dialect: d } = ctx;
  if (query.ids && query.ids.length === 0) return { count: 0, results: [] };
  const filtered = db
    .selectFrom('projects')
    .where('organization_id', '=', organizationId)
    .$if(!query.includePendingDeletion, (q) => q.where('is_pending_deletion', '=', d.bool(false)))
    .$if(query.ids !== undefined, (q) => q.where('id', 'in', [...(query.ids ?? [])]))
    .$if(Boolean(query.search), (q) =>
      q.where(d.containsLowered(sql.ref('name_lc'), lowerText(query.search ?? ''))),
    );
  return listPage(
    filtered,
    query,
    (q) => q.selectAll().orderBy('id'),
    (row) => decodeProject(row, d),
  );
}

async function getProject(
  ctx: StoreContext,
  organizationId: string | undefined,
  projectId: number,
): Promise<Project | undefined> {
  if (!Number.isSafeInteger(projectId)) return undefined;
  const row = await ctx.db
    .selectFrom('projects')
    .selectAll()
    .where('id', '=', projectId)
    .$if(organizationId !== undefined, (q) => q.where('organization_id', '=', organizationId as string))
    .executeTakeFirst();
  return row && decodeProject(row, ctx.dialect);
}

type ProjectUpdate = Partial<Record<keyof Database['projects'], unknown>>;

async function updateProject(
  ctx: StoreContext,
  organizationId: string,
  projectId: number,
  patch: ProjectPatch | ((current: Project) => ProjectPatch),
  check?: LockedCheck<LockedProjects & { current: Project }>,
): Promise<Result<{ project: Project }, 'not_found'> | RuleRefusal> {
  const notFound = { ok: false, reason: 'not_found' } as const;
  if (!Number.isSafeInteger(projectId)) return notFound;
  if (typeof patch !== 'function' && !check) {
    const project = await writeProjectPatch(ctx, organizationId, projectId, patch);
    return project ? { ok: true, project } : notFound;
  }
  // Read-(check)-merge-write in one transaction under the organization lock: concurrent merges cannot lose a
  // change, and concurrent writes cannot both pass the check.
  return inTransaction(ctx, async (trx) => {
    await trx.dialect.lockOrganization(trx.db, organizationId);
    const current = await getProject(trx, organizationId, projectId);
    if (!current) return notFound;
    const refusal = check?.({ current, demoProjectIds: await demoProjectIds(trx, organizationId) });
    if (refusal) return { ok: false, reason: 'refused', refusal };
    const project = await writeProjectPatch(
      trx,
      organizationId,
      projectId,
      typeof patch === 'function' ? patch(current) : patch,
    );
    return project ? { ok: true, project } : notFound;
  });
}

async function writeProjectPatch(
  ctx: StoreContext,
  organizationId: string,
  projectId: number,
  patch: ProjectPatch,
): Promise<Project | undefined> {
  const { dialect: d } = ctx;
  const set: ProjectUpdate = { updated_at: toIso(ctx.now()) };
  if (patch.name !== undefined) Object.assign(set, { name: patch.name, name_lc: lowerText(patch.name) });
  if (patch.is_demo !== undefined) set.is_demo = d.bool(patch.is_demo);
  if (patch.timezone !== undefined) set.timezone = patch.timezone;
  if (patch.access_control !== undefined) set.access_control = d.bool(patch.access_control);
  if (patch.settings !== undefined) set.settings = JSON.stringify(patch.settings);
  if (patch.api_token !== undefined) set.api_token = patch.api_token;
  if (patch.secret_api_token !== undefined) set.secret_api_token = patch.secret_api_token;
  if (patch.secret_api_token_backup !== undefined)
    set.secret_api_token_backup = patch.secret_api_token_backup;
  const row = await ctx.db
    .updateTable('projects')
    .set(set as never)
    .where('organization_id', '=', organizationId)
    .where('id', '=', projectId)
    .returningAll()
    .executeTakeFirst();
  return row && decodeProject(row, d);
}

function markProjectPendingDeletion(
  ctx: StoreContext,
  organizationId: string,
  projectId: number,
): Promise<Result<{ project: Project }, 'not_found' | 'already_pending'>> {
  return inTransaction(ctx, async (trx) => {
    const { db, dialect: d } = trx;
    if (!Number.isSafeInteger(projectId)) return { ok: false, reason: 'not_found' };
    const row = await db
      .updateTable('projects')
      .set({ is_pending_deletion: d.bool(true), updated_at: toIso(ctx.now()) })
      .where('organization_id', '=', organizationId)
      .where('id', '=', projectId)
      .where('is_pending_deletion', '=', d.bool(false))
      .returningAll()
      .executeTakeFirst();
    if (row) return { ok: true, project: decodeProject(row, d) };
    const exists = await getProject(trx, organizationId, projectId);
    return { ok: false, reason: exists ? 'already_pending' : 'not_found' };
  });
}
