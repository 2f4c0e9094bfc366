import { randomUUID } from 'node:crypto';
import { generateRandomId } from '../../domain/tokens.js';
import type { NewUser, User } from '../../domain/types.js';
import { decodeUser, encodeJson, toIso } from '../row-codec.js';
import { inTransaction, type StoreContext } from '../store-context.js';
import type { Result } from '../store-types.js';
import { lowerText } from '../text-fold.js';

/** Users (created by the admin CLI and tests; the API reads them through memberships). */
export interface UserStore {
  /** Creates a user. Refuses an email already used (case-insensitively) with `reason: 'email_taken'`. */
  createUser(input: NewUser): Promise<Result<{ user: User }, 'email_taken'>>;

  /** Gets a user by integer id. */
  getUserById(id: number): Promise<User | undefined>;

  /** Gets a user by UUID. */
  getUserByUuid(uuid: string): Promise<User | undefined>;

  /** Finds a user by email, case-insensitively. */
  findUserByEmail(email: string): Promise<User | undefined>;

  /**
   * Sets (or, with `null`, clears) a user's linked GitHub login (admin CLI; read by `members/{user__uuid}/github_login/`).
   * @returns the updated user, or `undefined` for an unknown id.
   */
  setUserGithubLogin(userId: number, githubLogin: string | null): Promise<User | undefined>;

  /**
   * Activates or deactivates a user (admin CLI `deactivate-user`). An inactive user's keys are refused (401 "User
   * account is disabled.") and their memberships are kept but hidden from members lists, as upstream does for
   * `is_active=False`; triggers update the memberships' copy and the members versions in the same transaction.
   * @returns the updated user, or `undefined` for an unknown id.
   */
  setUserActive(userId: number, isActive: boolean): Promise<User | undefined>;
}

/** The {@link UserStore} over `ctx` (the store's context, or a transaction's). */
export function userStore(ctx: StoreContext): UserStore {
  return {
    createUser: (input) => createUser(ctx, input),
    getUserById: (id) => getUserBy(ctx, 'id', id),
    getUserByUuid: (uuid) => getUserBy(ctx, 'uuid', uuid),
    findUserByEmail: (email) => getUserBy(ctx, 'email_lc', lowerText(email)),
    async setUserGithubLogin(userId, githubLogin) {
      await ctx.db.updateTable('users').set({ github_login: githubLogin }).where('id', '=', userId).execute();
      return getUserBy(ctx, 'id', userId);
    },
    async setUserActive(userId, isActive) {
      await ctx.db
        .updateTable('users')
        .set({ is_active: ctx.dialect.bool(isActive) })
        .where('id', '=', userId)
        .execute();
      return getUserBy(ctx, 'id', userId);
    },
  };
}

async function createUser(ctx: StoreContext, input: NewUser): Promise<Result<{ user: User }, 'email_taken'>> {
  const { dialect: d } = ctx;
  const firstName = input.first_name ?? '';
  const lastName = input.last_name ?? '';
  return inTransaction(ctx, async ({ db: trx }) => {
    const row = await trx
      .insertInto('users')
      .values({
        uuid: input.uuid ?? randomUUID(),
        distinct_id: input.distinct_id ?? generateRandomId(),
        first_name: firstName,
        first_name_lc: lowerText(firstName),
        last_name: lastName,
        last_name_lc: lowerText(lastName),
        email: input.email,
        email_lc: lowerText(input.email),
        is_email_verified: d.bool(input.is_email_verified ?? false),
        is_active: d.bool(input.is_active ?? true),
        hedgehog_config: encodeJson(input.hedgehog_config),
        role_at_organization: input.role_at_organization ?? null,
        is_2fa_enabled: d.bool(input.is_2fa_enabled ?? false),
        has_social_auth: d.bool(input.has_social_auth ?? false),
        github_login: input.github_login ?? null,
        last_login: input.last_login ? toIso(input.last_login) : null,
        created_at: toIso(ctx.now()),
      })
      .onConflict((oc) => oc.column('email_lc').doNothing())
      .returningAll()
      .executeTakeFirst();
    if (!row) return { ok: false, reason: 'email_taken' } as const;
    const user = decodeUser(row, d);
    await d.indexUserForSearch(trx, user);
    return { ok: true, user } as const;
  });
}

async function getUserBy(
  ctx: StoreContext,
  column: 'id' | 'uuid' | 'email_lc',
  value: string | number,
): Promise<User | undefined> {
  const row = await ctx.db.selectFrom('users').selectAll().where(column, '=', value).executeTakeFirst();
  return row && decodeUser(row, ctx.dialect);
}

/**
 * Rows with their creators (`created_by` → `created_by_user`, `null` when the user is gone), in one query for all
 * the rows. Invites and legal documents are listed with the user who created them.
 */
export async function attachCreators<T extends { created_by: number | null }>(
  ctx: StoreContext,
  rows: readonly T[],
): Promise<Array<T & { created_by_user: User | null }>> {
  const wanted = [...new Set(rows.flatMap((row) => (row.created_by === null ? [] : [row.created_by])))];
  const found =
    wanted.length === 0
      ? []
      : await ctx.db.selectFrom('users').selectAll().where('id', 'in', wanted).execute();
  const users = new Map(found.map((row) => [Number(row.id), decodeUser(row, ctx.dialect)]));
  return rows.map((row) => ({
    ...row,
    created_by_user: (row.created_by !== null && users.get(row.created_by)) || null,
  }));
}
