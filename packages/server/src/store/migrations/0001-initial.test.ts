import { describe, expect, it } from 'vitest';
import { initialMigration } from './0001-initial.js';
import { recordedSql } from './test-support/recorded-sql.js';

// The exact statements of the migration on each dialect (a released migration never changes: this pins it).
const SQLITE = [
  'create table "organizations" ("id" text primary key, "name" text not null, "members_can_invite" integer not null, "members_can_create_projects" integer not null, "created_at" text not null)',
  'create table "users" ("id" integer primary key autoincrement, "uuid" text not null unique, "distinct_id" text not null unique, "first_name" text not null, "first_name_lc" text not null, "last_name" text not null, "last_name_lc" text not null, "email" text not null, "email_lc" text not null unique, "is_email_verified" integer not null, "is_active" integer not null, "hedgehog_config" text, "role_at_organization" text, "is_2fa_enabled" integer not null, "has_social_auth" integer not null, "github_login" text, "last_login" text, "created_at" text not null)',
  'create table "organization_memberships" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "user_id" bigint not null references "users" ("id") on delete cascade, "level" integer not null, "joined_at" text not null, "updated_at" text not null, constraint "organization_memberships_org_user_key" unique ("organization_id", "user_id"))',
  'create index "organization_memberships_org_joined_idx" on "organization_memberships" ("organization_id", "joined_at", "user_id")',
  'create index "organization_memberships_user_idx" on "organization_memberships" ("user_id")',
  'create table "personal_api_keys" ("id" text primary key, "user_id" bigint not null references "users" ("id") on delete cascade, "label" text not null, "secure_value" text not null unique, "mask_value" text not null, "scopes" text not null, "scoped_organizations" text, "scoped_teams" text, "created_at" text not null, "last_used_at" text)',
  'create index "personal_api_keys_user_idx" on "personal_api_keys" ("user_id")',
  'create table "invites" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "target_email" text not null, "target_email_lc" text not null, "first_name" text not null, "level" integer not null, "message" text, "private_project_access" text, "emailing_attempt_made" integer not null, "is_setup_delegation" integer not null, "created_by" bigint references "users" ("id") on delete set null, "created_at" text not null, "updated_at" text not null)',
  'create index "invites_org_email_idx" on "invites" ("organization_id", "target_email_lc")',
  'create index "invites_org_created_idx" on "invites" ("organization_id", "created_at")',
  'create table "legal_documents" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "document_type" text not null, "company_name" text not null, "company_address" text not null, "representative_email" text not null, "status" text not null, "created_by" bigint references "users" ("id") on delete set null, "created_at" text not null, "signed_pdf" blob, constraint "legal_documents_org_type_key" unique ("organization_id", "document_type"))',
  'create table "oauth_applications" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "name" text not null, "client_id" text not null unique, "redirect_uris" text not null, "is_verified" integer not null, "created" text not null, "updated" text not null)',
  'create index "oauth_applications_org_created_idx" on "oauth_applications" ("organization_id", "created")',
  'create table "projects" ("id" integer primary key autoincrement, "uuid" text not null unique, "organization_id" text not null references "organizations" ("id") on delete cascade, "name" text not null, "name_lc" text not null, "api_token" text not null unique, "secret_api_token" text, "secret_api_token_backup" text, "is_demo" integer not null, "timezone" text not null, "access_control" integer not null, "is_pending_deletion" integer not null, "created_at" text not null, "updated_at" text not null, "settings" text not null)',
  'create index "projects_org_idx" on "projects" ("organization_id", "id")',
  'create table "user_trigrams" ("trigram" text not null, "user_id" integer not null references "users" ("id") on delete cascade, constraint "user_trigrams_pkey" primary key ("trigram", "user_id")) without rowid',
  'create index "user_trigrams_user_idx" on "user_trigrams" ("user_id")',
  "create virtual table user_search using fts5(first_name_lc, last_name_lc, email_lc, content='users', content_rowid='id', tokenize='trigram case_sensitive 1')",
];

const POSTGRES = [
  'create table "organizations" ("id" text primary key, "name" text not null, "members_can_invite" boolean not null, "members_can_create_projects" boolean not null, "created_at" timestamptz not null)',
  'create table "users" ("id" bigint generated by default as identity primary key, "uuid" text not null unique, "distinct_id" text not null unique, "first_name" text not null, "first_name_lc" text not null, "last_name" text not null, "last_name_lc" text not null, "email" text not null, "email_lc" text not null unique, "is_email_verified" boolean not null, "is_active" boolean not null, "hedgehog_config" jsonb, "role_at_organization" text, "is_2fa_enabled" boolean not null, "has_social_auth" boolean not null, "github_login" text, "last_login" timestamptz, "created_at" timestamptz not null)',
  'create table "organization_memberships" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "user_id" bigint not null references "users" ("id") on delete cascade, "level" integer not null, "joined_at" timestamptz not null, "updated_at" timestamptz not null, constraint "organization_memberships_org_user_key" unique ("organization_id", "user_id"))',
  'create index "organization_memberships_org_joined_idx" on "organization_memberships" ("organization_id", "joined_at", "user_id")',
  'create index "organization_memberships_user_idx" on "organization_memberships" ("user_id")',
  'create table "personal_api_keys" ("id" text primary key, "user_id" bigint not null references "users" ("id") on delete cascade, "label" text not null, "secure_value" text not null unique, "mask_value" text not null, "scopes" jsonb not null, "scoped_organizations" jsonb, "scoped_teams" jsonb, "created_at" timestamptz not null, "last_used_at" timestamptz)',
  'create index "personal_api_keys_user_idx" on "personal_api_keys" ("user_id")',
  'create table "invites" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "target_email" text not null, "target_email_lc" text not null, "first_name" text not null, "level" integer not null, "message" text, "private_project_access" jsonb, "emailing_attempt_made" boolean not null, "is_setup_delegation" boolean not null, "created_by" bigint references "users" ("id") on delete set null, "created_at" timestamptz not null, "updated_at" timestamptz not null)',
  'create index "invites_org_email_idx" on "invites" ("organization_id", "target_email_lc")',
  'create index "invites_org_created_idx" on "invites" ("organization_id", "created_at")',
  'create table "legal_documents" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "document_type" text not null, "company_name" text not null, "company_address" text not null, "representative_email" text not null, "status" text not null, "created_by" bigint references "users" ("id") on delete set null, "created_at" timestamptz not null, "signed_pdf" bytea, constraint "legal_documents_org_type_key" unique ("organization_id", "document_type"))',
  'create table "oauth_applications" ("id" text primary key, "organization_id" text not null references "organizations" ("id") on delete cascade, "name" text not null, "client_id" text not null unique, "redirect_uris" text not null, "is_verified" boolean not null, "created" timestamptz not null, "updated" timestamptz not null)',
  'create index "oauth_applications_org_created_idx" on "oauth_applications" ("organization_id", "created")',
  'create table "projects" ("id" bigint generated by default as identity primary key, "uuid" text not null unique, "organization_id" text not null references "organizations" ("id") on delete cascade, "name" text not null, "name_lc" text not null, "api_token" text not null unique, "secret_api_token" text, "secret_api_token_backup" text, "is_demo" boolean not null, "timezone" text not null, "access_control" boolean not null, "is_pending_deletion" boolean not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "settings" jsonb not null)',
  'create index "projects_org_idx" on "projects" ("organization_id", "id")',
  'create extension if not exists pg_trgm',
  'create index "users_first_name_lc_trgm_idx" on users using gin ("first_name_lc" gin_trgm_ops)',
  'create index "users_last_name_lc_trgm_idx" on users using gin ("last_name_lc" gin_trgm_ops)',
  'create index "users_email_lc_trgm_idx" on users using gin ("email_lc" gin_trgm_ops)',
];

describe('0001_initial: every table of the first release and the search indexes', () => {
  it.each([
    ['sqlite', SQLITE],
    ['postgres', POSTGRES],
  ] as const)('sends exactly these statements on %s', async (dialect, expected) => {
    const statements = await recordedSql(initialMigration(dialect), dialect);
    expect(statements.map((statement) => statement.sql)).toEqual(expected);
    expect(statements.every((statement) => statement.parameters.length === 0)).toBe(true);
  });
});
