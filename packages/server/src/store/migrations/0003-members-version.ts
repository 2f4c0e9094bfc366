import { type Migration, sql } from 'kysely';
import type { StoreDialect } from '../store.js';
import type { Db } from './column-types.js';

/** `0003_members_version`: see {@link addMembersVersion}. */
export function membersVersionMigration(dialect: StoreDialect): Migration {
  return { up: (db) => addMembersVersion(db, dialect) };
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
