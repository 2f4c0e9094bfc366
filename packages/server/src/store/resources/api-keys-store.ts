import { generateRandomId } from '../../domain/tokens.js';
import type { NewPersonalApiKey, PersonalApiKey, User } from '../../domain/types.js';
import {
  decodeJoinedMembership,
  decodeOrganization,
  decodePersonalApiKey,
  decodeUser,
  encodeJson,
  JOINED_MEMBERSHIP_COLUMNS,
  PREFIXED_USER_COLUMNS,
  toIso,
} from '../row-codec.js';
import type { StoreContext } from '../store-context.js';
import type { OrganizationMembership, Result } from '../store-types.js';

/** A key, its user, and the organization asked for with the user's membership (`undefined`: no such organization). */
export interface KeyInOrganization {
  key: PersonalApiKey;
  user: User;
  organization: OrganizationMembership | undefined;
}

/** Personal API keys: authentication's lookups, and the keys the admin CLI issues. */
export interface ApiKeyStore {
  /**
   * Finds a key by its `sha256$<hex>` secure value, with its user (active or not: the caller decides).
   * @param secureValue `hashApiKeyValue(bearerToken)`
   */
  findPersonalApiKey(secureValue: string): Promise<{ key: PersonalApiKey; user: User } | undefined>;

  /**
   * `findPersonalApiKey` and `getOrganizationMembership` for the key's user in ONE query (authentication of a path
   * with an organization id): `organization` is `undefined` when there is no such organization.
   * @param organizationId a lowercase UUID
   */
  findPersonalApiKeyInOrganization(
    secureValue: string,
    organizationId: string,
  ): Promise<KeyInOrganization | undefined>;

  /** Sets `last_used_at` of a key to `at` (default: now). Unknown ids are ignored. */
  touchPersonalApiKey(id: string, at?: Date): Promise<void>;

  /** Creates a key (admin CLI/tests). Refuses a duplicate `secure_value` with `reason: 'duplicate'`. */
  createPersonalApiKey(input: NewPersonalApiKey): Promise<Result<{ key: PersonalApiKey }, 'duplicate'>>;

  /** Lists all keys of a user with their scoping, newest first (tiebreaker: id). For `scoped_api_keys`. */
  listPersonalApiKeys(userId: number): Promise<PersonalApiKey[]>;

  /**
   * Lists keys with their users (admin CLI `list-keys`), newest first (tiebreaker: id): of one user, or of every user
   * when `userId` is undefined.
   */
  listPersonalApiKeysWithUsers(userId?: number): Promise<Array<{ key: PersonalApiKey; user: User }>>;

  /**
   * Deletes a key (admin CLI `revoke-key`): every process refuses it from its next request on (see
   * `fast-path/key-lookup-memo.ts`). @returns the deleted key, or `undefined` for an unknown id.
   */
  deletePersonalApiKey(id: string): Promise<PersonalApiKey | undefined>;
}

/** A key joined to its user (user columns prefixed `u_`). */
const keyWithUser = (ctx: StoreContext) =>
  ctx.db
    .selectFrom('personal_api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .selectAll('k')
    .select(PREFIXED_USER_COLUMNS);

/** {@link keyWithUser} and an organization with the user's membership (`o_` and `m_` columns), one statement. */
const keyInOrganization = (ctx: StoreContext, organizationId: string) =>
  keyWithUser(ctx)
    .leftJoin('organizations as o', (join) => join.on('o.id', '=', organizationId))
    .leftJoin('organization_memberships as m', (join) =>
      join.onRef('m.organization_id', '=', 'o.id').onRef('m.user_id', '=', 'k.user_id'),
    )
    .select([
      'o.id as o_id',
      'o.name as o_name',
      'o.members_can_invite as o_members_can_invite',
      'o.members_can_create_projects as o_members_can_create_projects',
      'o.created_at as o_created_at',
      'o.members_version as o_members_version',
    ])
    .select(JOINED_MEMBERSHIP_COLUMNS);

/** The {@link ApiKeyStore} over `ctx` (the store's context, or a transaction's). */
export function apiKeyStore(ctx: StoreContext): ApiKeyStore {
  const d = ctx.dialect;
  return {
    async findPersonalApiKey(secureValue) {
      const row = await keyWithUser(ctx).where('k.secure_value', '=', secureValue).executeTakeFirst();
      return row && { key: decodePersonalApiKey(row, d), user: decodeUser(row, d, 'u_') };
    },

    async findPersonalApiKeyInOrganization(secureValue, organizationId) {
      const row = await keyInOrganization(ctx, organizationId)
        .where('k.secure_value', '=', secureValue)
        .executeTakeFirst();
      if (!row) return undefined;
      const key = decodePersonalApiKey(row, d);
      const user = decodeUser(row, d, 'u_');
      if (row.o_id === null) return { key, user, organization: undefined };
      const organization = decodeOrganization(row, 'o_');
      const membership = decodeJoinedMembership(row, organization.id, user.id);
      return { key, user, organization: { organization, membership } };
    },

    async touchPersonalApiKey(id, at) {
      await ctx.db
        .updateTable('personal_api_keys')
        .set({ last_used_at: toIso(at ?? ctx.now()) })
        .where('id', '=', id)
        .execute();
    },

    async createPersonalApiKey(input) {
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
      return row ? { ok: true, key: decodePersonalApiKey(row, d) } : { ok: false, reason: 'duplicate' };
    },

    async listPersonalApiKeys(userId) {
      const rows = await ctx.db
        .selectFrom('personal_api_keys')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map((row) => decodePersonalApiKey(row, d));
    },

    async listPersonalApiKeysWithUsers(userId) {
      let query = keyWithUser(ctx).orderBy('k.created_at', 'desc').orderBy('k.id', 'desc');
      if (userId !== undefined) query = query.where('k.user_id', '=', userId);
      const rows = await query.execute();
      return rows.map((row) => ({ key: decodePersonalApiKey(row, d), user: decodeUser(row, d, 'u_') }));
    },

    async deletePersonalApiKey(id) {
      const row = await ctx.db
        .deleteFrom('personal_api_keys')
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
      return row && decodePersonalApiKey(row, d);
    },
  };
}
