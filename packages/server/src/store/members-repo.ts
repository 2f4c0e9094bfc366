import { randomUUID } from 'node:crypto';
import { type ExpressionBuilder, type Kysely, sql } from 'kysely';
import type { ListedMember, MembershipLevel, MemberWithUser, Page } from '../domain/types.js';
import type { Database } from './database-schema.js';
import { preparedQuery } from './prepared-query.js';
import {
  decodeMembership,
  decodeOrganization,
  decodeUser,
  PREFIXED_USER_COLUMNS,
  toIso,
} from './row-codec.js';
import type { SqlDialect } from './sql-dialect.js';
import type { ListMembersQuery, OrganizationMembership, OwnerGuardOptions, Result } from './store.js';
import { checkPage, inTransaction, type StoreContext } from './store-context.js';
import { lowerText } from './text-fold.js';

/* Organization memberships: add, get, list/search, level changes and removals that keep an owner. */

const OWNER: MembershipLevel = 15;

function memberQuery(db: Kysely<Database>) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('m')
    .select(PREFIXED_USER_COLUMNS);
}

function decodeMember(row: Record<string, unknown>, d: SqlDialect): MemberWithUser {
  return { ...decodeMembership(row), user: decodeUser(row, d, 'u_') };
}

const memberByColumn = (column: 'u.id' | 'u.uuid' | 'u.email_lc') =>
  preparedQuery((db, organizationId: string, value: string | number) =>
    memberQuery(db).where('m.organization_id', '=', organizationId).where(column, '=', value),
  );
const MEMBER_BY = {
  'u.id': memberByColumn('u.id'),
  'u.uuid': memberByColumn('u.uuid'),
  'u.email_lc': memberByColumn('u.email_lc'),
};

export async function getMemberWhere(
  ctx: StoreContext,
  organizationId: string,
  column: 'u.id' | 'u.uuid' | 'u.email_lc',
  value: string | number,
): Promise<MemberWithUser | undefined> {
  const key = column === 'u.email_lc' ? lowerText(String(value)) : value;
  const [row] = await MEMBER_BY[column](ctx, organizationId, key);
  return row && decodeMember(row, ctx.dialect);
}

const organizationMembershipQuery = preparedQuery((db, organizationId: string, userId: number) =>
  db
    .selectFrom('organizations as o')
    .leftJoin('organization_memberships as m', (join) =>
      join.onRef('m.organization_id', '=', 'o.id').on('m.user_id', '=', userId),
    )
    .selectAll('o')
    .select([
      'm.id as m_id',
      'm.user_id as m_user_id',
      'm.level as m_level',
      'm.joined_at as m_joined_at',
      'm.updated_at as m_updated_at',
    ])
    .where('o.id', '=', organizationId),
);

export async function getOrganizationMembership(
  ctx: StoreContext,
  organizationId: string,
  userId: number,
): Promise<OrganizationMembership | undefined> {
  const [row] = await organizationMembershipQuery(ctx, organizationId, userId);
  if (!row) return undefined;
  const membership =
    row.m_id === null
      ? undefined
      : decodeMembership({
          id: row.m_id,
          organization_id: row.id,
          user_id: row.m_user_id,
          level: row.m_level,
          joined_at: row.m_joined_at,
          updated_at: row.m_updated_at,
        });
  return { organization: decodeOrganization(row), membership, membersVersion: Number(row.members_version) };
}

export async function addMember(
  ctx: StoreContext,
  organizationId: string,
  userId: number,
  level: MembershipLevel,
): Promise<Result<{ member: MemberWithUser }, 'already_member'>> {
  const now = toIso(ctx.now());
  const inserted = await ctx.db
    .insertInto('organization_memberships')
    .values({
      id: randomUUID(),
      organization_id: organizationId,
      user_id: userId,
      level,
      joined_at: now,
      updated_at: now,
      // Copied from the user in the insert itself (NULL for an unknown user fails the insert, as the FK did).
      user_is_active: (eb) => eb.selectFrom('users').select('is_active').where('id', '=', userId),
    })
    .onConflict((oc) => oc.columns(['organization_id', 'user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return { ok: false, reason: 'already_member' };
  const member = await getMemberWhere(ctx, organizationId, 'u.id', userId);
  if (!member) throw new Error(`membership ${inserted.id} vanished right after insert`);
  return { ok: true, member };
}

export async function countOwners(ctx: StoreContext, organizationId: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('organization_memberships')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('organization_id', '=', organizationId)
    .where('level', '=', OWNER)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Loads the member's level inside a transaction with the organization locked, and checks the owner guard. */
async function lockedLevel(
  trx: StoreContext,
  organizationId: string,
  userId: number,
  losesOwnership: (level: number) => boolean,
  options: OwnerGuardOptions | undefined,
): Promise<'not_found' | 'last_owner' | undefined> {
  await trx.dialect.lockOrganization(trx.db, organizationId);
  const current = await trx.db
    .selectFrom('organization_memberships')
    .select('level')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  if (!current) return 'not_found';
  const guard = options?.ensureOwnerRemains ?? true;
  if (guard && losesOwnership(Number(current.level)) && (await countOwners(trx, organizationId)) <= 1) {
    return 'last_owner';
  }
  return undefined;
}

export function updateMemberLevel(
  ctx: StoreContext,
  organizationId: string,
  userId: number,
  level: MembershipLevel,
  options?: OwnerGuardOptions,
): Promise<Result<{ member: MemberWithUser }, 'not_found' | 'last_owner'>> {
  return inTransaction(ctx, async (trx) => {
    const refusal = await lockedLevel(
      trx,
      organizationId,
      userId,
      (cur) => cur === OWNER && level !== OWNER,
      options,
    );
    if (refusal) return { ok: false, reason: refusal };
    await trx.db
      .updateTable('organization_memberships')
      .set({ level, updated_at: toIso(ctx.now()) })
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .execute();
    const member = await getMemberWhere(trx, organizationId, 'u.id', userId);
    if (!member) throw new Error(`membership of user ${userId} vanished inside its transaction`);
    return { ok: true, member };
  });
}

export function removeMember(
  ctx: StoreContext,
  organizationId: string,
  userId: number,
  options?: OwnerGuardOptions,
): Promise<Result<object, 'not_found' | 'last_owner'>> {
  return inTransaction(ctx, async (trx) => {
    const refusal = await lockedLevel(trx, organizationId, userId, (cur) => cur === OWNER, options);
    if (refusal) return { ok: false, reason: refusal };
    await trx.db
      .deleteFrom('organization_memberships')
      .where('organization_id', '=', organizationId)
      .where('user_id', '=', userId)
      .execute();
    return { ok: true };
  });
}

type MemberEb = ExpressionBuilder<
  Database & { m: Database['organization_memberships']; u: Database['users'] },
  'm' | 'u'
>;

const SEARCH_COLUMNS = ['u.first_name_lc', 'u.last_name_lc', 'u.email_lc'] as const;

/** Memberships of the organization with the query's email/updated_at filters (the users table only for email). */
function filteredMemberships(ctx: StoreContext, organizationId: string, query: ListMembersQuery) {
  const email = query.email;
  return ctx.db
    .selectFrom('organization_memberships as m')
    .where('m.organization_id', '=', organizationId)
    .$if(email !== undefined, (q) =>
      q.where('m.user_id', 'in', (eb) =>
        // `email_lc` (unique index) finds the user; `email` keeps the match exact (case-sensitive).
        eb
          .selectFrom('users')
          .select('id')
          .where('email_lc', '=', lowerText(email as string))
          .where('email', '=', email as string)
          .$castTo<{ id: number }>(),
      ),
    )
    .$if(query.updatedAfter !== undefined, (q) =>
      q.where('m.updated_at', '>', toIso(query.updatedAfter as Date)),
    );
}

/**
 * The list's memberships of active users, WITHOUT the users table: `m.user_is_active` and the
 * (organization_id, user_is_active, joined_at, user_id) index make the count an index-only range and the page an
 * index walk that reads only its own users.
 */
function activeMemberships(ctx: StoreContext, organizationId: string, query: ListMembersQuery) {
  return filteredMemberships(ctx, organizationId, query).where(
    'm.user_is_active',
    '=',
    ctx.dialect.bool(true),
  );
}

/**
 * The search's memberships joined to their active users. `u.is_active` (not the membership copy) on purpose: the
 * planner then drives from the search's candidate users, not from a scan of the organization's index range.
 */
function activeMembers(ctx: StoreContext, organizationId: string, query: ListMembersQuery) {
  return filteredMemberships(ctx, organizationId, query)
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .where('u.is_active', '=', ctx.dialect.bool(true));
}

export async function listMembers(
  ctx: StoreContext,
  organizationId: string,
  query: ListMembersQuery,
): Promise<Page<ListedMember>> {
  checkPage(query.limit, query.offset);
  const d = ctx.dialect;
  const search = query.search ?? '';
  if (search === '') {
    const dir = query.order === 'joined_at' ? 'asc' : 'desc';
    const [countRow, rows] = await Promise.all([
      activeMemberships(ctx, organizationId, query)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow(),
      activeMemberships(ctx, organizationId, query)
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .selectAll('m')
        .select(PREFIXED_USER_COLUMNS)
        .orderBy('m.joined_at', dir)
        .orderBy('m.user_id', dir)
        .limit(query.limit)
        .offset(query.offset)
        .execute(),
    ]);
    const results = rows.map((r) => ({ ...decodeMember(r, d), search_match_type: null }));
    return { count: Number(countRow.n), results };
  }

  // Lowercased once in JS: pg_trgm's own lowering is then a no-op, so both dialects see the same trigrams.
  const searchLc = lowerText(search);
  return d.withSearchPlan(ctx, searchLc, (searchCtx) =>
    searchMembers(searchCtx, organizationId, query, searchLc),
  );
}

async function searchMembers(
  ctx: StoreContext,
  organizationId: string,
  query: ListMembersQuery,
  searchLc: string,
): Promise<Page<ListedMember>> {
  const d = ctx.dialect;
  const base = activeMembers(ctx, organizationId, query);
  const columns = SEARCH_COLUMNS.map((c) => sql.ref<string>(c));
  const userId = sql.ref('m.user_id');
  const exactWhere = (eb: MemberEb) => {
    const contains = eb.or(columns.map((c) => d.containsLowered(c, searchLc)));
    const candidates = d.exactCandidates(searchLc, userId);
    return candidates ? eb.and([candidates, contains]) : contains;
  };
  const exact = { where: exactWhere, score: d.searchScore(searchLc, columns) };
  const similarTier = d.similarTier(searchLc, userId, columns);
  const similar = { where: (eb: MemberEb) => eb.and([similarTier.where]), score: similarTier.score };
  type Tier = typeof exact | typeof similar;
  // A tier's page ranks narrow rows (id, score) and counts them; the page's full rows are loaded by id afterwards
  // (carrying every column through the sort of thousands of matches costs more than the scoring).
  // 'window': one pass counting with `count(*) over ()`.
  const windowRank = (tier: Tier) =>
    base
      .where(tier.where)
      .select('m.user_id')
      .select(sql<number>`${tier.score}`.as('score'))
      .select(sql<number | string>`count(*) over ()`.as('total_count'))
      .orderBy('score', 'desc')
      .orderBy(d.codePointOrder(sql.ref('u.first_name')))
      .orderBy('m.user_id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
  // 'materialized': the tier's rows scored once into a CTE (a NULL score is outside the tier) that the page and the
  // count both read.
  const matches = (tier: Tier) =>
    ctx.db.with(
      (cte) => cte('matches').materialized(),
      () =>
        base
          .where(tier.where)
          .select(['m.user_id', 'u.first_name'])
          .select(sql<number | null>`${tier.score}`.as('score')),
    );
  const materializedRank = (tier: Tier) =>
    matches(tier)
      .selectFrom('matches')
      .where('score', 'is not', null)
      .select(['user_id', 'score'])
      .select((eb) =>
        eb
          .selectFrom('matches')
          .where('score', 'is not', null)
          .select((eb2) => eb2.fn.countAll<number | string>().as('n'))
          .as('total_count'),
      )
      .orderBy('score', 'desc')
      .orderBy(d.codePointOrder(sql.ref('first_name')))
      .orderBy('user_id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
  const rankWhere = (tier: Tier) =>
    d.searchRanking === 'window' ? windowRank(tier) : materializedRank(tier);
  const countWhere = async (tier: Tier) => {
    const row =
      d.searchRanking === 'window'
        ? await base
            .where(tier.where)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow()
        : await matches(tier)
            .selectFrom('matches')
            .where('score', 'is not', null)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const page = async (type: 'exact' | 'similar', tier: Tier) => {
    const ranked = await rankWhere(tier);
    if (!ranked[0]) {
      // An empty page carries no count: nothing matched, or the page (limit 0, offset) missed the rows.
      const count = query.offset === 0 && query.limit > 0 ? 0 : await countWhere(tier);
      return { count, results: [] };
    }
    const ids = ranked.map((r) => Number(r.user_id));
    const rows = await memberQuery(ctx.db)
      .where('m.organization_id', '=', organizationId)
      .where('m.user_id', 'in', ids)
      .execute();
    const byUser = new Map(rows.map((r) => [Number(r.user_id), decodeMember(r, d)]));
    const results = ids.flatMap((id) => {
      const member = byUser.get(id);
      return member ? [{ ...member, search_match_type: type }] : [];
    });
    return { count: Number(ranked[0].total_count), results };
  };
  // Exact rows only if there are any, else similar rows (upstream's tiers).
  const exactPage = await page('exact', exact);
  return exactPage.count > 0 ? exactPage : page('similar', similar);
}
