import {
  type ColumnDefinitionBuilder,
  type CreateTableBuilder,
  type Kysely,
  type Migration,
  type MigrationProvider,
  sql,
} from 'kysely';
import type { StoreDialect } from './store.js';

/*
 * The store's migrations: ONE list for both dialects. Column types differ only through `columnTypes(dialect)`;
 * the few dialect-only objects (pg_trgm GIN indexes, SQLite's trigram pre-filter table) are explicit branches.
 * Never edit a released migration: append a new one.
 */

type Db = Kysely<unknown>;

interface ColumnTypes {
  bool: 'boolean' | 'integer';
  timestamp: 'timestamptz' | 'text';
  json: 'jsonb' | 'text';
  bytes: 'bytea' | 'blob';
  /** Adds an autoincrement primary key column `id`. */
  addSerialId<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'>;
}

function columnTypes(dialect: StoreDialect): ColumnTypes {
  const pg = dialect === 'postgres';
  return {
    bool: pg ? 'boolean' : 'integer',
    timestamp: pg ? 'timestamptz' : 'text',
    json: pg ? 'jsonb' : 'text',
    bytes: pg ? 'bytea' : 'blob',
    addSerialId: (table) =>
      pg
        ? table.addColumn('id', 'bigint', (c) => c.generatedByDefaultAsIdentity().primaryKey())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}

const notNull = (c: ColumnDefinitionBuilder) => c.notNull();
const cascadeTo = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.notNull().references(`${table}.id`).onDelete('cascade');
const setNullTo = (table: string) => (c: ColumnDefinitionBuilder) =>
  c.references(`${table}.id`).onDelete('set null');

async function createCoreTables(db: Db, dialect: StoreDialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', notNull)
    .addColumn('members_can_invite', t.bool, notNull)
    .addColumn('members_can_create_projects', t.bool, notNull)
    .addColumn('created_at', t.timestamp, notNull)
    .execute();

  await t
    .addSerialId(db.schema.createTable('users'))
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('distinct_id', 'text', (c) => c.notNull().unique())
    .addColumn('first_name', 'text', notNull)
    .addColumn('first_name_lc', 'text', notNull)
    .addColumn('last_name', 'text', notNull)
    .addColumn('last_name_lc', 'text', notNull)
    .addColumn('email', 'text', notNull)
    .addColumn('email_lc', 'text', (c) => c.notNull().unique())
    .addColumn('is_email_verified', t.bool, notNull)
    .addColumn('is_active', t.bool, notNull)
    .addColumn('hedgehog_config', t.json)
    .addColumn('role_at_organization', 'text')
    .addColumn('is_2fa_enabled', t.bool, notNull)
    .addColumn('has_social_auth', t.bool, notNull)
    .addColumn('github_login', 'text')
    .addColumn('last_login', t.timestamp)
    .addColumn('created_at', t.timestamp, notNull)
    .execute();

  await db.schema
    .createTable('organization_memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', cascadeTo('organizations'))
    .addColumn('user_id', 'bigint', cascadeTo('users'))
    .addColumn('level', 'integer', notNull)
    .addColumn('joined_at', t.timestamp, notNull)
    .addColumn('updated_at', t.timestamp, notNull)
    .addUniqueConstraint('organization_memberships_org_user_key', ['organization_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('organization_memberships_org_joined_idx')
    .on('organization_memberships')
    .columns(['organization_id', 'joined_at', 'user_id'])
    .execute();
  await db.schema
    .createIndex('organization_memberships_user_idx')
    .on('organization_memberships')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('personal_api_keys')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'bigint', cascadeTo('users'))
    .addColumn('label', 'text', notNull)
    .addColumn('secure_value', 'text', (c) => c.notNull().unique())
    .addColumn('mask_value', 'text', notNull)
    .addColumn('scopes', t.json, notNull)
    .addColumn('scoped_organizations', t.json)
    .addColumn('scoped_teams', t.json)
    .addColumn('created_at', t.timestamp, notNull)
    .addColumn('last_used_at', t.timestamp)
    .execute();
  await db.schema
    .createIndex('personal_api_keys_user_idx')
    .on('personal_api_keys')
    .column('user_id')
    .execute();
}

async function createResourceTables(db: Db, dialect: StoreDialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .createTable('invites')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', cascadeTo('organizations'))
    .addColumn('target_email', 'text', notNull)
    .addColumn('target_email_lc', 'text', notNull)
    .addColumn('first_name', 'text', notNull)
    .addColumn('level', 'integer', notNull)
    .addColumn('message', 'text')
    .addColumn('private_project_access', t.json)
    .addColumn('emailing_attempt_made', t.bool, notNull)
    .addColumn('is_setup_delegation', t.bool, notNull)
    .addColumn('created_by', 'bigint', setNullTo('users'))
    .addColumn('created_at', t.timestamp, notNull)
    .addColumn('updated_at', t.timestamp, notNull)
    .execute();
  await db.schema
    .createIndex('invites_org_email_idx')
    .on('invites')
    .columns(['organization_id', 'target_email_lc'])
    .execute();
  await db.schema
    .createIndex('invites_org_created_idx')
    .on('invites')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('legal_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', cascadeTo('organizations'))
    .addColumn('document_type', 'text', notNull)
    .addColumn('company_name', 'text', notNull)
    .addColumn('company_address', 'text', notNull)
    .addColumn('representative_email', 'text', notNull)
    .addColumn('status', 'text', notNull)
    .addColumn('created_by', 'bigint', setNullTo('users'))
    .addColumn('created_at', t.timestamp, notNull)
    .addColumn('signed_pdf', t.bytes)
    .addUniqueConstraint('legal_documents_org_type_key', ['organization_id', 'document_type'])
    .execute();

  await db.schema
    .createTable('oauth_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', cascadeTo('organizations'))
    .addColumn('name', 'text', notNull)
    .addColumn('client_id', 'text', (c) => c.notNull().unique())
    .addColumn('redirect_uris', 'text', notNull)
    .addColumn('is_verified', t.bool, notNull)
    .addColumn('created', t.timestamp, notNull)
    .addColumn('updated', t.timestamp, notNull)
    .execute();
  await db.schema
    .createIndex('oauth_applications_org_created_idx')
    .on('oauth_applications')
    .columns(['organization_id', 'created'])
    .execute();

  await t
    .addSerialId(db.schema.createTable('projects'))
    .addColumn('uuid', 'text', (c) => c.notNull().unique())
    .addColumn('organization_id', 'text', cascadeTo('organizations'))
    .addColumn('name', 'text', notNull)
    .addColumn('name_lc', 'text', notNull)
    .addColumn('api_token', 'text', (c) => c.notNull().unique())
    .addColumn('secret_api_token', 'text')
    .addColumn('secret_api_token_backup', 'text')
    .addColumn('is_demo', t.bool, notNull)
    .addColumn('timezone', 'text', notNull)
    .addColumn('access_control', t.bool, notNull)
    .addColumn('is_pending_deletion', t.bool, notNull)
    .addColumn('created_at', t.timestamp, notNull)
    .addColumn('updated_at', t.timestamp, notNull)
    .addColumn('settings', t.json, notNull)
    .execute();
  await db.schema.createIndex('projects_org_idx').on('projects').columns(['organization_id', 'id']).execute();
}

/**
 * Members search support: pg_trgm GIN indexes on PostgreSQL (they serve both `LIKE` and `<%`); on SQLite a pg_trgm
 * trigram posting table (similar tier) and an FTS5 trigram index (exact tier).
 */
async function createSearchIndexes(db: Db, dialect: StoreDialect): Promise<void> {
  if (dialect === 'postgres') {
    await sql`create extension if not exists pg_trgm`.execute(db);
    for (const column of ['first_name_lc', 'last_name_lc', 'email_lc']) {
      await sql`create index ${sql.id(`users_${column}_trgm_idx`)} on users using gin (${sql.id(column)} gin_trgm_ops)`.execute(
        db,
      );
    }
    return;
  }
  await db.schema
    .createTable('user_trigrams')
    .addColumn('trigram', 'text', notNull)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('user_trigrams_pkey', ['trigram', 'user_id'])
    .modifyEnd(sql`without rowid`)
    .execute();
  await db.schema.createIndex('user_trigrams_user_idx').on('user_trigrams').column('user_id').execute();
  // Substring pre-filter of the exact tier (queries of 3+ characters): FTS5 trigrams over the lowercased fields.
  await sql`create virtual table user_search using fts5(first_name_lc, last_name_lc, email_lc, content='users', content_rowid='id', tokenize='trigram case_sensitive 1')`.execute(
    db,
  );
}

/**
 * `organization_memberships.user_is_active` (a copy of `users.is_active`, backfilled) and the index
 * (organization_id, user_is_active, joined_at, user_id) that serves both the members count (an index-only range) and
 * the page (index order). It replaces (organization_id, joined_at, user_id). A trigger keeps the copy in sync when a
 * user's `is_active` changes, in the same transaction as the change.
 */
async function addMembershipUserActive(db: Db, dialect: StoreDialect): Promise<void> {
  const t = columnTypes(dialect);
  await db.schema
    .alterTable('organization_memberships')
    .addColumn('user_is_active', t.bool, (c) => c.notNull().defaultTo(dialect === 'postgres' ? true : 1))
    .execute();
  await sql`update organization_memberships set user_is_active = (select u.is_active from users u where u.id = organization_memberships.user_id)`.execute(
    db,
  );
  await db.schema
    .createIndex('organization_memberships_org_active_joined_idx')
    .on('organization_memberships')
    .columns(['organization_id', 'user_is_active', 'joined_at', 'user_id'])
    .execute();
  await db.schema.dropIndex('organization_memberships_org_joined_idx').execute();
  if (dialect === 'postgres') {
    await sql`create function orgapi_sync_membership_user_active() returns trigger language plpgsql as $$
begin
  update organization_memberships set user_is_active = new.is_active where user_id = new.id;
  return null;
end $$`.execute(db);
    await sql`create trigger users_is_active_sync after update of is_active on users for each row
when (old.is_active is distinct from new.is_active) execute function orgapi_sync_membership_user_active()`.execute(
      db,
    );
    return;
  }
  await sql`create trigger users_is_active_sync after update of is_active on users for each row
when old.is_active is not new.is_active
begin
  update organization_memberships set user_is_active = new.is_active where user_id = new.id;
end`.execute(db);
}

/**
 * `organizations.members_version`: bumped in the same transaction as every change that can alter what the
 * organization's members list shows (a membership inserted, updated or deleted, cascades included; any update of a
 * member's user row). Authentication reads it with the organization, so a cached rendering of a members page is
 * valid exactly while the version is unchanged, across every process sharing the database. PostgreSQL uses
 * statement-level triggers (one bump per statement, so bulk inserts do not update the organization row per row).
 */
async function addMembersVersion(db: Db, dialect: StoreDialect): Promise<void> {
  await db.schema
    .alterTable('organizations')
    .addColumn('members_version', dialect === 'postgres' ? 'bigint' : 'integer', (c) =>
      c.notNull().defaultTo(0),
    )
    .execute();
  if (dialect === 'postgres') {
    await sql`create function orgapi_bump_members_version() returns trigger language plpgsql as $$
begin
  if tg_table_name = 'users' then
    update organizations set members_version = members_version + 1
    where id in (select m.organization_id from organization_memberships m join changed_rows c on c.id = m.user_id);
  else
    update organizations set members_version = members_version + 1
    where id in (select organization_id from changed_rows);
  end if;
  return null;
end $$`.execute(db);
    for (const [table, event, transition] of [
      ['organization_memberships', 'insert', 'new'],
      ['organization_memberships', 'update', 'new'],
      ['organization_memberships', 'delete', 'old'],
      ['users', 'update', 'new'],
    ] as const) {
      await sql`create trigger ${sql.id(`${table}_${event}_members_version`)} after ${sql.raw(event)} on ${sql.id(table)}
referencing ${sql.raw(transition)} table as changed_rows for each statement execute function orgapi_bump_members_version()`.execute(
        db,
      );
    }
    return;
  }
  const bump = (organizationId: string) =>
    sql.raw(`update organizations set members_version = members_version + 1 where id = ${organizationId};`);
  await sql`create trigger memberships_insert_members_version after insert on organization_memberships
begin ${bump('new.organization_id')} end`.execute(db);
  await sql`create trigger memberships_update_members_version after update on organization_memberships
begin ${bump('new.organization_id')} end`.execute(db);
  await sql`create trigger memberships_delete_members_version after delete on organization_memberships
begin ${bump('old.organization_id')} end`.execute(db);
  await sql`create trigger users_update_members_version after update on users
begin
  update organizations set members_version = members_version + 1
  where id in (select organization_id from organization_memberships where user_id = new.id);
end`.execute(db);
}

/** The migrations of a dialect, keyed by name in the order they run. */
export function storeMigrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001_initial': {
      up: async (db) => {
        await createCoreTables(db, dialect);
        await createResourceTables(db, dialect);
        await createSearchIndexes(db, dialect);
      },
    },
    '0002_membership_user_active': { up: (db) => addMembershipUserActive(db, dialect) },
    '0003_members_version': { up: (db) => addMembersVersion(db, dialect) },
  };
}

/** A Kysely `MigrationProvider` over `storeMigrations(dialect)`. */
export function storeMigrationProvider(dialect: StoreDialect): MigrationProvider {
  return { getMigrations: async () => storeMigrations(dialect) };
}
