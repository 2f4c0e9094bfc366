import { type Migration, sql } from 'kysely';
import type { StoreDialect } from '../store.js';
import { columnTypes, type Db } from './column-types.js';

/** `0002_membership_user_active`: see {@link addMembershipUserActive}. */
export function membershipUserActiveMigration(dialect: StoreDialect): Migration {
  return { up: (db) => addMembershipUserActive(db, dialect) };
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
