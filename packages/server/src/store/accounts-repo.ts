import { randomUUID } from 'node:crypto';
import { generateRandomId } from '../domain/tokens.js';
import type {
  NewOrganization,
  NewPersonalApiKey,
  NewUser,
  Organization,
  PersonalApiKey,
  User,
} from '../domain/types.js';
import { preparedQuery } from './prepared-query.js';
import {
  decodeOrganization,
  decodePersonalApiKey,
  decodeUser,
  encodeJson,
  PREFIXED_USER_COLUMNS,
  toIso,
} from './row-codec.js';
import type { Result } from './store.js';
import { inTransaction, type StoreContext } from './store-context.js';
import { lowerText } from './text-fold.js';

/* Organizations, users and personal API keys. */

export async function createOrganization(ctx: StoreContext, input: NewOrganization): Promise<Organization> {
  const { db, dialect: d } = ctx;
  const row = await db
    .insertInto('organizations')
    .values({
      id: input.id ?? randomUUID(),
      name: input.name,
      members_can_invite: d.bool(input.members_can_invite ?? true),
      members_can_create_projects: d.bool(input.members_can_create_projects ?? false),
      created_at: toIso(ctx.now()),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return decodeOrganization(row);
}

export async function getOrganization(ctx: StoreContext, id: string): Promise<Organization | undefined> {
  const row = await ctx.db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && decodeOrganization(row);
}

export async function findCurrentOrganization(
  ctx: StoreContext,
  userId: number,
  scopedOrganizations: readonly string[] | null,
): Promise<Organization | undefined> {
  const rows = await ctx.db
    .selectFrom('organizations as o')
    .innerJoin('organization_memberships as m', 'm.organization_id', 'o.id')
    .selectAll('o')
    .where('m.user_id', '=', userId)
    .$if(scopedOrganizations !== null && scopedOrganizations.length > 0, (q) =>
      q.where('o.id', 'in', scopedOrganizations as string[]),
    )
    .orderBy('m.joined_at')
    .orderBy('o.id')
    .execute();
  if (scopedOrganizations && scopedOrganizations.length > 0) {
    const byId = new Map(rows.map((r) => [r.id, r]));
    const first = scopedOrganizations.map((id) => byId.get(id)).find((r) => r !== undefined);
    return first && decodeOrganization(first);
  }
  return rows[0] && decodeOrganization(rows[0]);
}

export async function createUser(
  ctx: StoreContext,
  input: NewUser,
): Promise<Result<{ user: User }, 'email_taken'>> {
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

export async function getUserBy(
  ctx: StoreContext,
  column: 'id' | 'uuid' | 'email_lc',
  value: string | number,
): Promise<User | undefined> {
  const row = await ctx.db
    .selectFrom('users')
    .selectAll()
    .where(column, '=', column === 'email_lc' ? lowerText(String(value)) : value)
    .executeTakeFirst();
  return row && decodeUser(row, ctx.dialect);
}

export async function setUserGithubLogin(
  ctx: StoreContext,
  userId: number,
  githubLogin: string | null,
): Promise<User | undefined> {
  await ctx.db.updateTable('users').set({ github_login: githubLogin }).where('id', '=', userId).execute();
  return getUserBy(ctx, 'id', userId);
}

const personalApiKeyQuery = preparedQuery((db, secureValue: string) =>
  db
    .selectFrom('personal_api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .selectAll('k')
    .select(PREFIXED_USER_COLUMNS)
    .where('k.secure_value', '=', secureValue),
);

export async function findPersonalApiKey(
  ctx: StoreContext,
  secureValue: string,
): Promise<{ key: PersonalApiKey; user: User } | undefined> {
  // One query for the key and its user (every authenticated request runs it).
  const [row] = await personalApiKeyQuery(ctx, secureValue);
  return row && { key: decodePersonalApiKey(row, ctx.dialect), user: decodeUser(row, ctx.dialect, 'u_') };
}

export async function touchPersonalApiKey(ctx: StoreContext, id: string, at: Date): Promise<void> {
  await ctx.db
    .updateTable('personal_api_keys')
    .set({ last_used_at: toIso(at) })
    .where('id', '=', id)
    .execute();
}

export async function createPersonalApiKey(
  ctx: StoreContext,
  input: NewPersonalApiKey,
): Promise<Result<{ key: PersonalApiKey }, 'duplicate'>> {
  const row = await ctx.db
    .insertInto('personal_api_keys')
    .values({
      id: input.id ?? generateRandomId(),
      user_id: input.user_id,
      label: input.label,
      secure_value: input.secure_value,
      mask_value: input.mask_value,
      scopes: JSON.stringify(input.scopes),
      scoped_organizations: encodeJson(input.scoped_organizations),
      scoped_teams: encodeJson(input.scoped_teams),
      created_at: toIso(ctx.now()),
      last_used_at: null,
    })
    .onConflict((oc) => oc.column('secure_value').doNothing())
    .returningAll()
    .executeTakeFirst();
  return row ? { ok: true, key: decodePersonalApiKey(row, ctx.dialect) } : { ok: false, reason: 'duplicate' };
}

export async function listPersonalApiKeys(ctx: StoreContext, userId: number): Promise<PersonalApiKey[]> {
  const rows = await ctx.db
    .selectFrom('personal_api_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((r) => decodePersonalApiKey(r, ctx.dialect));
}
