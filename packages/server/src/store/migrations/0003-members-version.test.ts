import { describe, expect, it } from 'vitest';
import { membersVersionMigration } from './0003-members-version.js';
import { recordedSql } from './test-support/recorded-sql.js';

// The exact statements of the migration on each dialect (a released migration never changes: this pins it).
const SQLITE = [
  'alter table "organizations" add column "members_version" integer default 0 not null',
  'create trigger memberships_insert_members_version after insert on organization_memberships\nbegin update organizations set members_version = members_version + 1 where id = new.organization_id; end',
  'create trigger memberships_update_members_version after update on organization_memberships\nbegin update organizations set members_version = members_version + 1 where id = new.organization_id; end',
  'create trigger memberships_delete_members_version after delete on organization_memberships\nbegin update organizations set members_version = members_version + 1 where id = old.organization_id; end',
  'create trigger users_update_members_version after update on users\nbegin\n  update organizations set members_version = members_version + 1\n  where id in (select organization_id from organization_memberships where user_id = new.id);\nend',
];

const POSTGRES = [
  'alter table "organizations" add column "members_version" bigint default 0 not null',
  "create function orgapi_bump_members_version() returns trigger language plpgsql as $$\nbegin\n  if tg_table_name = 'users' then\n    update organizations set members_version = members_version + 1\n    where id in (select m.organization_id from organization_memberships m join changed_rows c on c.id = m.user_id);\n  else\n    update organizations set members_version = members_version + 1\n    where id in (select organization_id from changed_rows);\n  end if;\n  return null;\nend $$",
  'create trigger "organization_memberships_insert_members_version" after insert on "organization_memberships"\nreferencing new table as changed_rows for each statement execute function orgapi_bump_members_version()',
  'create trigger "organization_memberships_update_members_version" after update on "organization_memberships"\nreferencing new table as changed_rows for each statement execute function orgapi_bump_members_version()',
  'create trigger "organization_memberships_delete_members_version" after delete on "organization_memberships"\nreferencing old table as changed_rows for each statement execute function orgapi_bump_members_version()',
  'create trigger "users_update_members_version" after update on "users"\nreferencing new table as changed_rows for each statement execute function orgapi_bump_members_version()',
];

describe('0003_members_version: organizations.members_version and the triggers that bump it', () => {
  it.each([
    ['sqlite', SQLITE],
    ['postgres', POSTGRES],
  ] as const)('sends exactly these statements on %s', async (dialect, expected) => {
    const statements = await recordedSql(membersVersionMigration(dialect), dialect);
    expect(statements.map((statement) => statement.sql)).toEqual(expected);
    expect(statements.every((statement) => statement.parameters.length === 0)).toBe(true);
  });
});
