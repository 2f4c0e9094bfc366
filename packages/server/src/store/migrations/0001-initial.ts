import { type Migration, sql } from 'kysely';
import type { StoreDialect } from '../store.js';
import { cascadeTo, columnTypes, type Db, notNull, setNullTo } from './column-types.js';

/** `0001_initial`: every table of the first release, and the members search's indexes. */
export function initialMigration(dialect: StoreDialect): Migration {
  return {
    up: async (db) => {
      await createCoreTables(db, dialect);
      await createResourceTables(db, dialect);
      await createSearchIndexes(db, dialect);
    },
  };
}

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
