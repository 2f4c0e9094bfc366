import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { MembershipLevel, MemberWithUser } from '../domain/types.js';
import type { Database } from './database-schema.js';
import { preparedQuery } from './prepared-query.js';
import {
  decodeJoinedMembership,
  decodeMembership,
  decodeOrganization,
  decodeUser,
  JOINED_MEMBERSHIP_COLUMNS,
  PREFIXED_USER_COLUMNS,
  toIso,
} from './row-codec.js';
import type { SqlDialect } from './sql-dialect.js';
import type { OrganizationMembership, OwnerGuardOptions, Result } from './store.js';
import { inTransaction, type StoreContext } from './store-context.js';
import { lowerText } from './text-fold.js';

/* Organization memberships: add, get, level changes and removals that keep an owner (the list: members-list-repo.ts). */

const OWNER: MembershipLevel = 15;

/** Memberships joined to their users, all columns (user columns prefixed `u_`). */
export function memberQuery(db: Kysely<Database>) {
  return db
    .selectFrom('organization_memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('m')
    .select(PREFIXED_USER_COLUMNS);
}

export function decodeMember(row: Record<string, unknown>, d: SqlDialect): MemberWithUser {
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
    .select(JOINED_MEMBERSHIP_COLUMNS)
    .where('o.id', '=', organizationId),
);

export async function getOrganizationMembership(
  ctx: StoreContext,
  organizationId: string,
  userId: number,
): Promise<OrganizationMembership | undefined> {
  const [row] = await organizationMembershipQuery(ctx, organizationId, userId);
  if (!row) return undefined;
  const organization = decodeOrganization(row);
  const membership = decodeJoinedMembership(row, organization.id, userId);
  return { organization, membership, membersVersion: Number(row.members_version) };
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
