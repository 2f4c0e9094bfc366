/**
 * Domain rows of the reference server. Field names follow the API spec (snake_case) so handlers map them to
 * responses with little code; timestamps are `Date`s; nothing here knows about HTTP or SQL.
 *
 * The store returns these rows and takes the `New…`/`…Patch` inputs below. Values the API computes
 * (`is_expired`, `redirect_uris_list`, `effective_membership_level`, …) are NOT stored: handlers derive them.
 */

/** Any JSON value as stored in a JSON column. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object as stored in a JSON column (project `settings`, `hedgehog_config`). */
export type JsonObject = { [key: string]: JsonValue };

/** Organization membership level: 1 = member, 8 = admin, 15 = owner. */
export type MembershipLevel = 1 | 8 | 15;

/** Named membership levels, e.g. `MEMBERSHIP_LEVEL.owner === 15`. */
export const MEMBERSHIP_LEVEL = { member: 1, admin: 8, owner: 15 } as const satisfies Record<
  string,
  MembershipLevel
>;

/** All membership levels in ascending order. */
export const MEMBERSHIP_LEVELS: readonly MembershipLevel[] = [1, 8, 15];

/** A page of rows plus the total count of rows matching the query (before limit/offset). */
export interface Page<T> {
  count: number;
  results: T[];
}

/** limit/offset pagination of a list query. Both must be non-negative integers. */
export interface PageRequest {
  limit: number;
  offset: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Organizations, users, memberships

export interface Organization {
  /** UUID. */
  id: string;
  name: string;
  members_can_invite: boolean;
  members_can_create_projects: boolean;
  created_at: Date;
  /**
   * Changes whenever what the organization's members list shows changes: database triggers bump it in the same
   * transaction as any membership or member-user change, in any process (migration `0003_members_version`). Equal
   * versions mean equal members lists; the fast path's rendered members pages are kept while it is unchanged.
   */
  members_version: number;
}

export interface NewOrganization {
  name: string;
  /** Defaults to a random UUID. */
  id?: string;
  /** Defaults to `true`. */
  members_can_invite?: boolean;
  /** Defaults to `false`. */
  members_can_create_projects?: boolean;
}

export interface User {
  /** Autoincrement integer id (`UserBasic.id`). */
  id: number;
  uuid: string;
  distinct_id: string;
  first_name: string;
  last_name: string;
  /** Stored as given; unique case-insensitively. */
  email: string;
  is_email_verified: boolean;
  is_active: boolean;
  hedgehog_config: JsonObject | null;
  role_at_organization: string | null;
  is_2fa_enabled: boolean;
  has_social_auth: boolean;
  github_login: string | null;
  last_login: Date | null;
  created_at: Date;
}

export interface NewUser {
  email: string;
  /** Defaults to a random UUID. */
  uuid?: string;
  /** Defaults to a random base57 string. */
  distinct_id?: string;
  /** Defaults to `""`. */
  first_name?: string;
  /** Defaults to `""`. */
  last_name?: string;
  /** Defaults to `false`. */
  is_email_verified?: boolean;
  /** Defaults to `true`. */
  is_active?: boolean;
  hedgehog_config?: JsonObject | null;
  role_at_organization?: string | null;
  /** Defaults to `false`. */
  is_2fa_enabled?: boolean;
  /** Defaults to `false`. */
  has_social_auth?: boolean;
  github_login?: string | null;
  last_login?: Date | null;
}

export interface Membership {
  /** UUID (the API's `OrganizationMember.id`). */
  id: string;
  organization_id: string;
  user_id: number;
  level: MembershipLevel;
  joined_at: Date;
  updated_at: Date;
}

/** A membership joined with its user. */
export interface MemberWithUser extends Membership {
  user: User;
}

/** How a member matched `search`: `exact` (case-insensitive substring) or `similar` (trigram). */
export type SearchMatchType = 'exact' | 'similar';

/** A row of the members list: `search_match_type` is `null` unless the list was searched. */
export interface ListedMember extends MemberWithUser {
  search_match_type: SearchMatchType | null;
}

// ---------------------------------------------------------------------------------------------------------------
// Personal API keys

export interface PersonalApiKey {
  /** Random string id. */
  id: string;
  user_id: number;
  label: string;
  /** `sha256$<hex>` of the key value (see `hashApiKeyValue`); unique. */
  secure_value: string;
  /** Display mask, e.g. `phx_...abcd` (see `maskApiKeyValue`). */
  mask_value: string;
  /** Scope strings such as `organization:read`, or `*`. Empty = legacy key allowed everything. */
  scopes: string[];
  /** Organization UUIDs the key is limited to, or `null` (no limit). */
  scoped_organizations: string[] | null;
  /** Project ids the key is limited to, or `null` (no limit). */
  scoped_teams: number[] | null;
  created_at: Date;
  last_used_at: Date | null;
}

export interface NewPersonalApiKey {
  user_id: number;
  label: string;
  secure_value: string;
  mask_value: string;
  scopes: string[];
  scoped_organizations?: string[] | null;
  scoped_teams?: number[] | null;
  /** Defaults to a random id. */
  id?: string;
}

export type * from './resource-types.js';
