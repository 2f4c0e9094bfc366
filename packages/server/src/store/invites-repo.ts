import { randomUUID } from 'node:crypto';
import type {
  Invite,
  InviteWithCreator,
  MemberWithUser,
  NewInvite,
  Page,
  PageRequest,
  User,
} from '../domain/types.js';
import { addMember } from './members-repo.js';
import { decodeInvite, decodeUser, encodeJson, toIso } from './row-codec.js';
import type { Result } from './store.js';
import { checkPage, inTransaction, type StoreContext } from './store-context.js';
import { lowerText } from './text-fold.js';

/* Invites: replace-on-reinvite, all-or-nothing bulk creation, listing, acceptance. */

/** Inside a transaction with the organization locked: delete every invite for the email, insert the new one. */
async function replaceInvite(trx: StoreContext, input: NewInvite, at: string): Promise<Invite> {
  const { db, dialect: d } = trx;
  const emailLc = lowerText(input.target_email);
  await db
    .deleteFrom('invites')
    .where('organization_id', '=', input.organization_id)
    .where('target_email_lc', '=', emailLc)
    .execute();
  const row = await db
    .insertInto('invites')
    .values({
      id: randomUUID(),
      organization_id: input.organization_id,
      target_email: input.target_email,
      target_email_lc: emailLc,
      first_name: input.first_name ?? '',
      level: input.level ?? 1,
      message: input.message ?? null,
      private_project_access: encodeJson(input.private_project_access),
      emailing_attempt_made: d.bool(input.emailing_attempt_made ?? false),
      is_setup_delegation: d.bool(input.is_setup_delegation ?? false),
      created_by: input.created_by ?? null,
      created_at: at,
      updated_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return decodeInvite(row, d);
}

export function createInvites(ctx: StoreContext, inputs: readonly NewInvite[]): Promise<Invite[]> {
  if (inputs.length === 0) return Promise.resolve([]);
  return inTransaction(ctx, async (trx) => {
    // Lock every organization involved, in a fixed order, so concurrent batches cannot deadlock.
    for (const orgId of [...new Set(inputs.map((i) => i.organization_id))].sort()) {
      await trx.dialect.lockOrganization(trx.db, orgId);
    }
    const at = toIso(ctx.now());
    const created: Invite[] = [];
    for (const input of inputs) created.push(await replaceInvite(trx, input, at));
    return created;
  });
}

async function attachCreators(ctx: StoreContext, invites: Invite[]): Promise<InviteWithCreator[]> {
  const users = await loadUsers(
    ctx,
    invites.map((i) => i.created_by),
  );
  return invites.map((i) => ({
    ...i,
    created_by_user: (i.created_by !== null && users.get(i.created_by)) || null,
  }));
}

/** Loads the users with these ids (nulls ignored) into a map by id. */
export async function loadUsers(
  ctx: StoreContext,
  ids: readonly (number | null)[],
): Promise<Map<number, User>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await ctx.db.selectFrom('users').selectAll().where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [Number(r.id), decodeUser(r, ctx.dialect)]));
}

export async function listInvites(
  ctx: StoreContext,
  organizationId: string,
  page: PageRequest,
): Promise<Page<InviteWithCreator>> {
  checkPage(page.limit, page.offset);
  const base = ctx.db.selectFrom('invites').where('organization_id', '=', organizationId);
  const [countRow, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  const invites = rows.map((r) => decodeInvite(r, ctx.dialect));
  return { count: Number(countRow.n), results: await attachCreators(ctx, invites) };
}

export async function getInvite(
  ctx: StoreContext,
  organizationId: string,
  inviteId: string,
): Promise<InviteWithCreator | undefined> {
  const row = await ctx.db
    .selectFrom('invites')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', inviteId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [invite] = await attachCreators(ctx, [decodeInvite(row, ctx.dialect)]);
  return invite;
}

export async function deleteInvite(
  ctx: StoreContext,
  organizationId: string,
  inviteId: string,
): Promise<boolean> {
  const result = await ctx.db
    .deleteFrom('invites')
    .where('organization_id', '=', organizationId)
    .where('id', '=', inviteId)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function listUnexpiredInvitesByEmail(
  ctx: StoreContext,
  organizationId: string,
  email: string,
  createdSince: Date,
): Promise<Invite[]> {
  const rows = await ctx.db
    .selectFrom('invites')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('target_email_lc', '=', lowerText(email))
    .where('created_at', '>=', toIso(createdSince))
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => decodeInvite(r, ctx.dialect));
}

export function acceptInvite(
  ctx: StoreContext,
  inviteId: string,
  userId: number,
): Promise<Result<{ member: MemberWithUser }, 'not_found' | 'already_member'>> {
  return inTransaction(ctx, async (trx) => {
    const invite = await trx.db
      .selectFrom('invites')
      .selectAll()
      .where('id', '=', inviteId)
      .executeTakeFirst();
    if (!invite) return { ok: false, reason: 'not_found' };
    await trx.dialect.lockOrganization(trx.db, invite.organization_id);
    const deleted = await trx.db.deleteFrom('invites').where('id', '=', inviteId).executeTakeFirst();
    if (deleted.numDeletedRows === 0n) return { ok: false, reason: 'not_found' };
    const added = await addMember(
      trx,
      invite.organization_id,
      userId,
      decodeInvite(invite, trx.dialect).level,
    );
    if (!added.ok) throw new RollbackSignal(added);
    return added;
  }).catch((error: unknown) => {
    if (error instanceof RollbackSignal) return error.result;
    throw error;
  });
}

/** Thrown to roll a transaction back while still returning an expected-failure value. */
class RollbackSignal<T> extends Error {
  constructor(readonly result: T) {
    super('rollback');
  }
}
