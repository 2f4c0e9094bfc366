import type { ColumnType, Generated } from 'kysely';

/*
 * Kysely table types as the two drivers return them. Values differ per dialect (SQLite: 0/1, ISO strings, JSON
 * text; PostgreSQL: booleans, Dates, parsed jsonb, int8 as string), so read types are loose and every row goes
 * through `row-codec.ts`. UUIDs are stored as text on both dialects: a malformed id finds nothing instead of
 * raising a cast error. `*_lc` columns hold the JS-lowercased text used for case-insensitive matching, so both
 * dialects fold case identically.
 */

type Bool = ColumnType<boolean | number, boolean | number, boolean | number>;
type Timestamp = ColumnType<Date | string, string, string>;
type NullableTimestamp = ColumnType<Date | string | null, string | null, string | null>;
type Json = ColumnType<unknown, string, string>;
type NullableJson = ColumnType<unknown, string | null, string | null>;
type BigIntId = ColumnType<number | string, never, never>;

export interface OrganizationsTable {
  id: string;
  name: string;
  members_can_invite: Bool;
  members_can_create_projects: Bool;
  created_at: Timestamp;
  /** Bumped by triggers on every change of what the members list shows (migration 0003); bigint on PostgreSQL. */
  members_version: Generated<number | string>;
}

export interface UsersTable {
  id: BigIntId;
  uuid: string;
  distinct_id: string;
  first_name: string;
  first_name_lc: string;
  last_name: string;
  last_name_lc: string;
  email: string;
  email_lc: string;
  is_email_verified: Bool;
  is_active: Bool;
  hedgehog_config: NullableJson;
  role_at_organization: string | null;
  is_2fa_enabled: Bool;
  has_social_auth: Bool;
  github_login: string | null;
  last_login: NullableTimestamp;
  created_at: Timestamp;
}

export interface MembershipsTable {
  id: string;
  organization_id: string;
  user_id: number;
  level: number;
  joined_at: Timestamp;
  updated_at: Timestamp;
  /**
   * Copy of `users.is_active` (migration 0002): the members list counts and pages an organization's active members
   * from one index, without reading a user row per member. Written with the membership; a trigger on
   * `users.is_active` updates it in the same transaction.
   */
  user_is_active: Bool;
}

/** SQLite only: unique pg_trgm trigrams of each user's searchable fields, to pre-filter the similar tier. */
export interface UserTrigramsTable {
  trigram: string;
  user_id: number;
}

export interface PersonalApiKeysTable {
  id: string;
  user_id: number;
  label: string;
  secure_value: string;
  mask_value: string;
  scopes: Json;
  scoped_organizations: NullableJson;
  scoped_teams: NullableJson;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
}

export interface InvitesTable {
  id: string;
  organization_id: string;
  target_email: string;
  target_email_lc: string;
  first_name: string;
  level: number;
  message: string | null;
  private_project_access: NullableJson;
  emailing_attempt_made: Bool;
  is_setup_delegation: Bool;
  created_by: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface LegalDocumentsTable {
  id: string;
  organization_id: string;
  document_type: string;
  company_name: string;
  company_address: string;
  representative_email: string;
  status: string;
  created_by: number | null;
  created_at: Timestamp;
  signed_pdf: ColumnType<Buffer | null, Buffer | null, Buffer | null>;
}

export interface OAuthApplicationsTable {
  id: string;
  organization_id: string;
  name: string;
  client_id: string;
  redirect_uris: string;
  is_verified: Bool;
  created: Timestamp;
  updated: Timestamp;
}

export interface ProjectsTable {
  id: BigIntId;
  uuid: string;
  organization_id: string;
  name: string;
  name_lc: string;
  api_token: string;
  secret_api_token: string | null;
  secret_api_token_backup: string | null;
  is_demo: Bool;
  timezone: string;
  access_control: Bool;
  is_pending_deletion: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  settings: Json;
}

/** Secrets shared by every process, generated at first migration (migration 0004). */
export interface ServerSecretsTable {
  name: string;
  value: string;
}

/** PostgreSQL only (migration 0005): the throttles' counts per personal API key and scope (`domain/rate-windows.ts`). */
export interface RateLimitCountersTable {
  key_id: string;
  scope: string;
  /** Start of the current window, milliseconds since the epoch (int8: a string when read). */
  window_start: ColumnType<number | string, number, number>;
  previous_count: number;
  current_count: number;
  /** Whether the request that last wrote the row was admitted (the upsert's verdict, read back by RETURNING). */
  admitted: boolean;
}

export interface Database {
  organizations: OrganizationsTable;
  users: UsersTable;
  organization_memberships: MembershipsTable;
  user_trigrams: UserTrigramsTable;
  personal_api_keys: PersonalApiKeysTable;
  invites: InvitesTable;
  legal_documents: LegalDocumentsTable;
  oauth_applications: OAuthApplicationsTable;
  projects: ProjectsTable;
  server_secrets: ServerSecretsTable;
  rate_limit_counters: RateLimitCountersTable;
}
