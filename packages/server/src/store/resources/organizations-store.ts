import { randomUUID } from 'node:crypto';
import type { NewOrganization, Organization } from '../../domain/types.js';
import {
  decodeJoinedMembership,
  decodeOrganization,
  JOINED_MEMBERSHIP_COLUMNS,
  toIso,
} from '../row-codec.js';
import type { StoreContext } from '../store-context.js';
import type { OrganizationMembership } from '../store-types.js';

/** Organizations (created by the admin CLI), and a user's membership in one as authentication reads it. */
export interface OrganizationStore {
  /** Creates an organization (no members). */
  createOrganization(input: NewOrganization): Promise<Organization>;

  /** Gets an organization by UUID (any string is accepted; a non-UUID simply finds nothing). */
  getOrganization(id: string): Promise<Organization | undefined>;

  /**
   * Gets an organization and a user's membership in it (without the user) in ONE query, for authentication; `membership` is `undefined` when the user is not a member, the whole result when
   * the organization is unknown.
   */
  getOrganizationMembership(
    organizationId: string,
    userId: number,
  ): Promise<OrganizationMembership | undefined>;

  /**
   * Resolves `@current` for a user: the first organization in `scopedOrganizations` (key order) that the user is a
   * member of; without scoping (`null`/empty), the user's organization joined first (tiebreaker: organization id).
   * `undefined` when there is none.
   */
  findCurrentOrganization(
    userId: number,
    scopedOrganizations: readonly string[] | null,
  ): Promise<Organization | undefined>;
}

/** The {@link OrganizationStore} over `ctx` (the store's context, or a transaction's). */
export function organizationStore(ctx: StoreContext): OrganizationStore {
  return {
    async createOrganization(input) {
      const row = await ctx.db
        .insertInto('organizations')
        .values({
          id: input.id ?? randomUUID(),
          name: input.name,
          members_can_invite: ctx.dialect.bool(input.members_can_invite ?? true),
          members_can_create_projects: ctx.dialect.bool(input.members_can_create_projects ?? false),
          created_at: toIso(ctx.now()),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return decodeOrganization(row);
    },

    async getOrganization(id) {
      const row = await ctx.db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst();
      return row && decodeOrganization(row);
    },

    async getOrganizationMembership(organizationId, userId) {
      const row = await ctx.db
        .selectFrom('organizations as o')
        .leftJoin('organization_memberships as m', (join) =>
          join.onRef('m.organization_id', '=', 'o.id').on('m.user_id', '=', userId),
        )
        .selectAll('o')
        .select(JOINED_MEMBERSHIP_COLUMNS)
        .where('o.id', '=', organizationId)
        .executeTakeFirst();
      if (!row) return undefined;
      const organization = decodeOrganization(row);
      return { organization, membership: decodeJoinedMembership(row, organization.id, userId) };
    },

    async findCurrentOrganization(userId, scopedOrganizations) {
      const scoped =
        scopedOrganizations !== null && scopedOrganizations.length > 0 ? scopedOrganizations : [];
      const rows = await ctx.db
        .selectFrom('organizations as o')
        .innerJoin('organization_memberships as m', 'm.organization_id', 'o.id')
        .selectAll('o')
        .where('m.user_id', '=', userId)
        .$if(scoped.length > 0, (q) => q.where('o.id', 'in', [...scoped]))
        .orderBy('m.joined_at')
        .orderBy('o.id')
        .execute();
      // Scoped: the key's order decides, not the join order.
      const byId = new Map(rows.map((row) => [row.id, row]));
      const first = scoped.length > 0 ? scoped.map((id) => byId.get(id)).find((row) => row) : rows[0];
      return first && decodeOrganization(first);
    },
  };
}
