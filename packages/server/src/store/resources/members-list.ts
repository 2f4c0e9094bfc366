import { type ExpressionBuilder, sql } from 'kysely';
import type { ListedMember, Page } from '../../domain/types.js';
import type { Database } from '../database-schema.js';
import { checkPage, countRows, listPage } from '../page-query.js';
import { PREFIXED_USER_COLUMNS, toIso } from '../row-codec.js';
import type { StoreContext } from '../store-context.js';
import type { ListMembersQuery } from '../store-types.js';
import { lowerText } from '../text-fold.js';
import { decodeMember, memberQuery } from './members-store.js';

/* The members list of an organization: active members in join order, or searched in upstream's two tiers. */

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

/** The members list of `MemberStore.listMembers`: join order, or upstream's two search tiers. */
export async function listMembers(
  ctx: StoreContext,
  organizationId: string,
  query: ListMembersQuery,
): Promise<Page<ListedMember>> {
  const d = ctx.dialect;
  const search = query.search ?? '';
  if (search === '') {
    const dir = query.order === 'joined_at' ? 'asc' : 'desc';
    return listPage(
      activeMemberships(ctx, organizationId, query),
      query,
      (q) =>
        q
          .innerJoin('users as u', 'u.id', 'm.user_id')
          .selectAll('m')
          .select(PREFIXED_USER_COLUMNS)
          .orderBy('m.joined_at', dir)
          .orderBy('m.user_id', dir),
      (row) => ({ ...decodeMember(row, d), search_match_type: null }),
    );
  }
  checkPage(query.limit, query.offset);

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
  const countWhere = (tier: Tier) =>
    d.searchRanking === 'window'
      ? countRows(base.where(tier.where))
      : countRows(matches(tier).selectFrom('matches').where('score', 'is not', null));
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
