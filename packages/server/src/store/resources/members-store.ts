import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ListedMember, MembershipLevel, MemberWithUser, Page } from '../../domain/types.js';
import type { Database } from '../database-schema.js';
import { countRows } from '../page-query.js';
import { decodeMembership, decodeUser, PREFIXED_USER_COLUMNS, toIso } from '../row-codec.js';
import type { SqlDialect } from '../sql-dialect.js';
import { inTransaction, type StoreContext } from '../store-context.js';
import type { ListMembersQuery, MemberWriteOptions, Result, RuleRefusal } from '../store-types.js';
import { lowerText } from '../text-fold.js';
import { listMembers } from './members-list.js';

/** Memberships of users in organizations, with the invariant that an organization keeps an owner. */
export interface MemberStore {
  /** Adds a user to an organization. Refuses an existing membership with `reason: 'already_member'`. */
  addMember(
    organizationId: string,
    userId: number,
    level: MembershipLevel,
  ): Promise<Result<{ member: MemberWithUser }, 'already_member'>>;

  /** Gets a membership with its user by user id (inactive users included: the caller decides). */
  getMember(organizationId: string, userId: number): Promise<MemberWithUser | undefined>;

  /** Gets a membership with its user by the user's UUID (the API's `user__uuid`; inactive users included). */
  getMemberByUserUuid(organizationId: string, userUuid: string): Promise<MemberWithUser | undefined>;

  /** Gets a membership with its user by the user's email, case-insensitively (inactive users included). */
  getMemberByEmail(organizationId: string, email: string): Promise<MemberWithUser | undefined>;

  /** Lists the organization's members whose users are active. See `ListMembersQuery` for order and search. */
  listMembers(organizationId: string, query: ListMembersQuery): Promise<Page<ListedMember>>;

  /** Counts the owners (level 15) of an organization, active or not. */
  countOwners(organizationId: string): Promise<number>;

  /**
   * Changes a member's level (and `updated_at`) in one transaction, with the organization locked, that decides
   * `options.check` on the locked memberships and re-checks the owner invariant.
   * @returns the updated member, or `not_found`, `refused` (the check's refusal), or `last_owner` (demoting the only
   *   owner).
   */
  updateMemberLevel(
    organizationId: string,
    userId: number,
    level: MembershipLevel,
    options?: MemberWriteOptions,
  ): Promise<Result<{ member: MemberWithUser }, 'not_found' | 'last_owner'> | RuleRefusal>;

  /**
   * Removes a membership (leave or remove) in one transaction, with the organization locked, that decides
   * `options.check` on the locked memberships and re-checks the owner invariant.
   * @returns `not_found`, `refused` (the check's refusal), or `last_owner` (removing the only owner).
   */
  removeMember(
    organizationId: string,
    userId: number,
    options?: MemberWriteOptions,
  ): Promise<Result<object, 'not_found' | 'last_owner'> | RuleRefusal>;
}

const OWNER: MembershipLevel = 15;

/** Memberships joined to their users, all columns (user columns prefixed `u_`). */
export function memberQuery(db: Kysely<Database>) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('m')
    .select(PREFIXED_USER_COLUMNS);
}

/** A row of {@link memberQuery} as a member. */
export function decodeMember(row: Record<string, unknown>, d: SqlDialect): MemberWithUser {
  return { ...decodeMembership(row), user: decodeUser(row, d, 'u_') };
}

async function getMemberWhere(
  ctx: StoreContext,
  organizationId: string,
  column: 'u.id' | 'u.uuid' | 'u.email_lc',
  value: string | number,
): Promise<MemberWithUser | undefined> {
  const row = await memberQuery(ctx.db)
    .where('m.organization_id', '=', organizationId)
    .where(column, '=', value)
    .executeTakeFirst();
  return row && decodeMember(row, ctx.dialect);
}

/** The {@link MemberStore} over `ctx` (the store's context, or a transaction's). */
export function memberStore(ctx: StoreContext): MemberStore {
  return {
    addMember: (organizationId, userId, level) => addMember(ctx, organizationId, userId, level),
    getMember: (organizationId, userId) => getMemberWhere(ctx, organizationId, 'u.id', userId),
    getMemberByUserUuid: (organizationId, uuid) => getMemberWhere(ctx, organizationId, 'u.uuid', uuid),
    getMemberByEmail: (organizationId, email) =>
      getMemberWhere(ctx, organizationId, 'u.email_lc', lowerText(email)),
    listMembers: (organizationId, query) => listMembers(ctx, organizationId, query),
    countOwners: (organizationId) => countOwners(ctx, organizationId),

    updateMemberLevel: (organizationId, userId, level, options) =>
      inTransaction(ctx, async (trx) => {
        const losesOwnership = (current: number) => current === OWNER && level !== OWNER;
        const refusal = await lockedMemberWrite(trx, organizationId, userId, losesOwnership, options);
        if (refusal) return refusal;
        await trx.db
          .updateTable('organization_memberships')
          .set({ level, updated_at: toIso(ctx.now()) })
          .where('organization_id', '=', organizationId)
          .where('user_id', '=', userId)
          .execute();
        const member = await getMemberWhere(trx, organizationId, 'u.id', userId);
        if (!member) throw new Error(`membership of user ${userId} vanished inside its transaction`);
        return { ok: true, member };
      }),

    removeMember: (organizationId, userId, options) =>
      inTransaction(ctx, async (trx) => {
        const refusal = await lockedMemberWrite(
          trx,
          organizationId,
          userId,
          (current) => current === OWNER,
          options,
        );
        if (refusal) return refusal;
        await trx.db
          .deleteFrom('organization_memberships')
          .where('organization_id', '=', organizationId)
          .where('user_id', '=', userId)
          .execute();
        return { ok: true };
      }),
  };
}

/** Adds a membership (also used by invite acceptance, inside its transaction). */
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

function countOwners(ctx: StoreContext, organizationId: string): Promise<number> {
  return countRows(
    ctx.db
      .selectFrom('organization_memberships')
      .where('organization_id', '=', organizationId)
      .where('level', '=', OWNER),
  );
}

/**
 * Inside a write's transaction: locks the organization, reads the target's (and the requester's) membership, decides
 * `options.check` on them, then the owner guard. `undefined` lets the write go on.
 */
async function lockedMemberWrite(
  trx: StoreContext,
  organizationId: string,
  userId: number,
  losesOwnership: (level: number) => boolean,
  options: MemberWriteOptions | undefined,
): Promise<{ ok: false; reason: 'not_found' | 'last_owner' } | RuleRefusal | undefined> {
  await trx.dialect.lockOrganization(trx.db, organizationId);
  const requesterId = options?.check ? options.requesterUserId : undefined;
  const rows = await trx.db
    .selectFrom('organization_memberships')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('user_id', 'in', requesterId === undefined ? [userId] : [userId, requesterId])
    .execute();
  const memberships = rows.map(decodeMembership);
  const target = memberships.find((membership) => membership.user_id === userId);
  if (!target) return { ok: false, reason: 'not_found' };
  let owners: number | undefined;
  const ownerCount = async () => (owners ??= await countOwners(trx, organizationId));
  if (options?.check) {
    const requester = memberships.find((membership) => membership.user_id === requesterId);
    const refusal = options.check({ requester, target, ownerCount: await ownerCount() });
    if (refusal) return { ok: false, reason: 'refused', refusal };
  }
  const guard = options?.ensureOwnerRemains ?? true;
  if (guard && losesOwnership(target.level) && (await ownerCount()) <= 1) {
    return { ok: false, reason: 'last_owner' };
  }
  return undefined;
}
