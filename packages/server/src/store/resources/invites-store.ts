import { randomUUID } from 'node:crypto';
import type {
  Invite,
  InviteWithCreator,
  MemberWithUser,
  NewInvite,
  Page,
  PageRequest,
} from '../../domain/types.js';
import { listPage } from '../page-query.js';
import { decodeInvite, encodeJson, toIso } from '../row-codec.js';
import { inTransaction, type StoreContext } from '../store-context.js';
import type { Result } from '../store-types.js';
import { lowerText } from '../text-fold.js';
import { addMember } from './members-store.js';
import { attachCreators } from './users-store.js';

/** Invites: replaced on re-invite, created in all-or-nothing batches, accepted by the admin CLI. */
export interface InviteStore {
  /**
   * Creates an invite atomically replacing ALL existing invites (expired included) for the same email
   * (case-insensitive) in the organization. Invite writes of one organization are serialized.
   */
  createInvite(input: NewInvite): Promise<Invite>;

  /**
   * Creates several invites in ONE transaction, in input order, each replacing earlier invites for its email
   * (a repeated email in the batch keeps only the last row). All or nothing: on any error none is stored.
   * @returns the created invites in input order.
   */
  createInvites(inputs: readonly NewInvite[]): Promise<Invite[]>;

  /** Lists an organization's invites, newest first (`-created_at`, tiebreaker id desc), with their inviters. */
  listInvites(organizationId: string, page: PageRequest): Promise<Page<InviteWithCreator>>;

  /** Gets one invite of an organization with its inviter. */
  getInvite(organizationId: string, inviteId: string): Promise<InviteWithCreator | undefined>;

  /** Deletes one invite of an organization. @returns whether a row was deleted. */
  deleteInvite(organizationId: string, inviteId: string): Promise<boolean>;

  /**
   * Lists the invites for an email (case-insensitive) created at or after `createdSince` (the caller computes
   * `now − INVITE_DAYS_VALIDITY`), oldest first. For `combine_pending_invites`.
   */
  listUnexpiredInvitesByEmail(organizationId: string, email: string, createdSince: Date): Promise<Invite[]>;

  /**
   * Accepts an invite for a user (admin CLI): creates the membership at the invite's level and deletes the invite,
   * in one transaction. Expiry is the caller's business.
   */
  acceptInvite(
    inviteId: string,
    userId: number,
  ): Promise<Result<{ member: MemberWithUser }, 'not_found' | 'already_member'>>;
}

/** The {@link InviteStore} over `ctx` (the store's context, or a transaction's). */
export function inviteStore(ctx: StoreContext): InviteStore {
  const decode = (row: Parameters<typeof decodeInvite>[0]) => decodeInvite(row, ctx.dialect);
  return {
    async createInvite(input) {
      const [invite] = await createInvites(ctx, [input]);
      if (!invite) throw new Error('no invite created');
      return invite;
    },
    createInvites: (inputs) => createInvites(ctx, inputs),

    async listInvites(organizationId, page) {
      const filtered = ctx.db.selectFrom('invites').where('organization_id', '=', organizationId);
      const invites = await listPage(
        filtered,
        page,
        (q) => q.selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc'),
        decode,
      );
      return { count: invites.count, results: await attachCreators(ctx, invites.results) };
    },

    async getInvite(organizationId, inviteId) {
      const row = await ctx.db
        .selectFrom('invites')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', inviteId)
        .executeTakeFirst();
      if (!row) return undefined;
      const [invite] = await attachCreators(ctx, [decode(row)]);
      return invite;
    },

    async deleteInvite(organizationId, inviteId) {
      const result = await ctx.db
        .deleteFrom('invites')
        .where('organization_id', '=', organizationId)
        .where('id', '=', inviteId)
        .executeTakeFirst();
      return result.numDeletedRows > 0n;
    },

    async listUnexpiredInvitesByEmail(organizationId, email, createdSince) {
      const rows = await ctx.db
        .selectFrom('invites')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('target_email_lc', '=', lowerText(email))
        .where('created_at', '>=', toIso(createdSince))
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(decode);
    },

    acceptInvite: (inviteId, userId) =>
      inTransaction(ctx, async (trx) => {
        const invite = await trx.db
          .selectFrom('invites')
          .selectAll()
          .where('id', '=', inviteId)
          .executeTakeFirst();
        if (!invite) return { ok: false as const, reason: 'not_found' as const };
        await trx.dialect.lockOrganization(trx.db, invite.organization_id);
        const deleted = await trx.db.deleteFrom('invites').where('id', '=', inviteId).executeTakeFirst();
        if (deleted.numDeletedRows === 0n) return { ok: false as const, reason: 'not_found' as const };
        const added = await addMember(trx, invite.organization_id, userId, decode(invite).level);
        if (!added.ok) throw new RollbackSignal(added);
        return added;
      }).catch((error: unknown) => {
        if (error instanceof RollbackSignal) return error.result;
        throw error;
      }),
  };
}

function createInvites(ctx: StoreContext, inputs: readonly NewInvite[]): Promise<Invite[]> {
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

/** Thrown to roll a transaction back while still returning an expected-failure value. */
class RollbackSignal<T> extends Error {
  constructor(readonly result: T) {
    super('rollback');
  }
}
