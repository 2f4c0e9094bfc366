import type {
  Invite,
  JsonObject,
  LegalDocument,
  LegalDocumentStatus,
  LegalDocumentType,
  Membership,
  MembershipLevel,
  OAuthApplication,
  Organization,
  PersonalApiKey,
  PrivateProjectAccess,
  Project,
  User,
} from '../domain/types.js';
import type { SqlDialect } from './sql-dialect.js';

/*
 * Decoding of database rows into domain rows, for both drivers: booleans arrive as 0/1 (SQLite) or booleans,
 * timestamps as ISO text (SQLite) or Dates, int8 ids as strings (pg), JSON as text (SQLite) or parsed (pg).
 * Writes always use ISO-8601 UTC text for timestamps (`toIso`), so SQLite text sorts chronologically.
 */

type Row = Record<string, unknown>;

/** Encodes a timestamp parameter: ISO-8601 UTC with milliseconds on both dialects. */
export const toIso = (date: Date): string => date.toISOString();

const readBool = (value: unknown): boolean => value === true || value === 1 || value === 1n;
const readInt = (value: unknown): number => Number(value);
const readTime = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const readNullableTime = (value: unknown): Date | null => (value === null ? null : readTime(value));
const readText = (value: unknown): string => String(value);
const readNullableText = (value: unknown): string | null => (value === null ? null : String(value));

/** The user columns selected with a `u_` prefix next to another table's columns. */
export const PREFIXED_USER_COLUMNS = [
  'u.id as u_id',
  'u.uuid as u_uuid',
  'u.distinct_id as u_distinct_id',
  'u.first_name as u_first_name',
  'u.last_name as u_last_name',
  'u.email as u_email',
  'u.is_email_verified as u_is_email_verified',
  'u.is_active as u_is_active',
  'u.hedgehog_config as u_hedgehog_config',
  'u.role_at_organization as u_role_at_organization',
  'u.is_2fa_enabled as u_is_2fa_enabled',
  'u.has_social_auth as u_has_social_auth',
  'u.github_login as u_github_login',
  'u.last_login as u_last_login',
  'u.created_at as u_created_at',
] as const;

/** Decodes a user row; `prefix` is `u_` for rows selected with `PREFIXED_USER_COLUMNS`. */
export function decodeUser(row: Row, d: SqlDialect, prefix = ''): User {
  const f = (name: string) => row[prefix + name];
  return {
    id: readInt(f('id')),
    uuid: readText(f('uuid')),
    distinct_id: readText(f('distinct_id')),
    first_name: readText(f('first_name')),
    last_name: readText(f('last_name')),
    email: readText(f('email')),
    is_email_verified: readBool(f('is_email_verified')),
    is_active: readBool(f('is_active')),
    hedgehog_config: (d.readJson(f('hedgehog_config')) ?? null) as JsonObject | null,
    role_at_organization: readNullableText(f('role_at_organization')),
    is_2fa_enabled: readBool(f('is_2fa_enabled')),
    has_social_auth: readBool(f('has_social_auth')),
    github_login: readNullableText(f('github_login')),
    last_login: readNullableTime(f('last_login')),
    created_at: readTime(f('created_at')),
  };
}

/** Decodes an organization row; `prefix` is e.g. `o_` for columns selected as `o.name as o_name`. */
export function decodeOrganization(row: Row, prefix = ''): Organization {
  const f = (name: string) => row[prefix + name];
  return {
    id: readText(f('id')),
    name: readText(f('name')),
    members_can_invite: readBool(f('members_can_invite')),
    members_can_create_projects: readBool(f('members_can_create_projects')),
    created_at: readTime(f('created_at')),
    members_version: readInt(f('members_version')),
  };
}

export function decodeMembership(row: Row): Membership {
  return {
    id: readText(row.id),
    organization_id: readText(row.organization_id),
    user_id: readInt(row.user_id),
    level: readInt(row.level) as MembershipLevel,
    joined_at: readTime(row.joined_at),
    updated_at: readTime(row.updated_at),
  };
}

/** A left-joined membership's columns (alias `m`), as {@link decodeJoinedMembership} reads them. */
export const JOINED_MEMBERSHIP_COLUMNS = [
  'm.id as m_id',
  'm.level as m_level',
  'm.joined_at as m_joined_at',
  'm.updated_at as m_updated_at',
] as const;

/**
 * The membership of a row that left-joined it with `m_`-prefixed columns (`m_id`, `m_level`, `m_joined_at`,
 * `m_updated_at`) next to its organization and user; `undefined` when the join found none.
 */
export function decodeJoinedMembership(
  row: Row,
  organizationId: string,
  userId: number,
): Membership | undefined {
  if (row.m_id === null || row.m_id === undefined) return undefined;
  return decodeMembership({
    id: row.m_id,
    organization_id: organizationId,
    user_id: userId,
    level: row.m_level,
    joined_at: row.m_joined_at,
    updated_at: row.m_updated_at,
  });
}

export function decodePersonalApiKey(row: Row, d: SqlDialect): PersonalApiKey {
  return {
    id: readText(row.id),
    user_id: readInt(row.user_id),
    label: readText(row.label),
    secure_value: readText(row.secure_value),
    mask_value: readText(row.mask_value),
    scopes: d.readJson(row.scopes) as string[],
    scoped_organizations: (d.readJson(row.scoped_organizations) ?? null) as string[] | null,
    scoped_teams: (d.readJson(row.scoped_teams) ?? null) as number[] | null,
    created_at: readTime(row.created_at),
    last_used_at: readNullableTime(row.last_used_at),
  };
}

export function decodeInvite(row: Row, d: SqlDialect): Invite {
  return {
    id: readText(row.id),
    organization_id: readText(row.organization_id),
    target_email: readText(row.target_email),
    first_name: readText(row.first_name),
    level: readInt(row.level) as MembershipLevel,
    message: readNullableText(row.message),
    private_project_access: (d.readJson(row.private_project_access) ?? null) as PrivateProjectAccess[] | null,
    emailing_attempt_made: readBool(row.emailing_attempt_made),
    is_setup_delegation: readBool(row.is_setup_delegation),
    created_by: row.created_by === null ? null : readInt(row.created_by),
    created_at: readTime(row.created_at),
    updated_at: readTime(row.updated_at),
  };
}

export function decodeLegalDocument(row: Row): LegalDocument {
  return {
    id: readText(row.id),
    organization_id: readText(row.organization_id),
    document_type: readText(row.document_type) as LegalDocumentType,
    company_name: readText(row.company_name),
    company_address: readText(row.company_address),
    representative_email: readText(row.representative_email),
    status: readText(row.status) as LegalDocumentStatus,
    created_by: row.created_by === null ? null : readInt(row.created_by),
    created_at: readTime(row.created_at),
    has_signed_pdf: readBool(row.has_signed_pdf),
  };
}

export function decodeOAuthApplication(row: Row): OAuthApplication {
  return {
    id: readText(row.id),
    organization_id: readText(row.organization_id),
    name: readText(row.name),
    client_id: readText(row.client_id),
    redirect_uris: readText(row.redirect_uris),
    is_verified: readBool(row.is_verified),
    created: readTime(row.created),
    updated: readTime(row.updated),
  };
}

export function decodeProject(row: Row, d: SqlDialect): Project {
  return {
    id: readInt(row.id),
    uuid: readText(row.uuid),
    organization_id: readText(row.organization_id),
    name: readText(row.name),
    api_token: readText(row.api_token),
    secret_api_token: readNullableText(row.secret_api_token),
    secret_api_token_backup: readNullableText(row.secret_api_token_backup),
    is_demo: readBool(row.is_demo),
    timezone: readText(row.timezone),
    access_control: readBool(row.access_control),
    is_pending_deletion: readBool(row.is_pending_deletion),
    created_at: readTime(row.created_at),
    updated_at: readTime(row.updated_at),
    settings: d.readJson(row.settings) as JsonObject,
  };
}

/** Encodes a JSON column value (`null` stays SQL NULL). */
export function encodeJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}
