import type { PersonalApiKey, User } from '../domain/types.js';
import { preparedQuery } from './prepared-query.js';
import {
  decodeJoinedMembership,
  decodeOrganization,
  decodePersonalApiKey,
  decodeUser,
  JOINED_MEMBERSHIP_COLUMNS,
  PREFIXED_USER_COLUMNS,
} from './row-codec.js';
import type { OrganizationMembership } from './store.js';
import type { StoreContext } from './store-context.js';

/* The reads of authentication: a personal API key with its user, and optionally an organization of the path with the
 * user's membership in it, in ONE statement (every authenticated request runs it). */

const keyInOrganizationQuery = preparedQuery((db, secureValue: string, organizationId: string) =>
  db
    .selectFrom('personal_api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .leftJoin('organizations as o', (join) => join.on('o.id', '=', organizationId))
    .leftJoin('organization_memberships as m', (join) =>
      join.onRef('m.organization_id', '=', 'o.id').onRef('m.user_id', '=', 'k.user_id'),
    )
    .selectAll('k')
    .select(PREFIXED_USER_COLUMNS)
    .select([
      'o.id as o_id',
      'o.name as o_name',
      'o.members_can_invite as o_members_can_invite',
      'o.members_can_create_projects as o_members_can_create_projects',
      'o.created_at as o_created_at',
      'o.members_version as o_members_version',
    ])
    .select(JOINED_MEMBERSHIP_COLUMNS)
    .where('k.secure_value', '=', secureValue),
);

/** A key, its user, and the organization asked for with the user's membership (`undefined`: no such organization). */
export interface KeyInOrganization {
  key: PersonalApiKey;
  user: User;
  organization: OrganizationMembership | undefined;
}

export async function findPersonalApiKeyInOrganization(
  ctx: StoreContext,
  secureValue: string,
  organizationId: string,
): Promise<KeyInOrganization | undefined> {
  const [row] = await keyInOrganizationQuery(ctx, secureValue, organizationId);
  if (!row) return undefined;
  const key = decodePersonalApiKey(row, ctx.dialect);
  const user = decodeUser(row, ctx.dialect, 'u_');
  if (row.o_id === null) return { key, user, organization: undefined };
  const organization = decodeOrganization(row, 'o_');
  const membership = decodeJoinedMembership(row, organization.id, user.id);
  return {
    key,
    user,
    organization: { organization, membership, membersVersion: Number(row.o_members_version) },
  };
}
