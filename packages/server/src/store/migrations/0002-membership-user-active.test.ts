import { describe, expect, it } from 'vitest';
import { membershipUserActiveMigration } from './0002-membership-user-active.js';
import { recordedSql } from './test-support/recorded-sql.js';

// The exact statements of the migration on each dialect (a released migration never changes: this pins it).
const SQLITE = [
  'alter table "organization_memberships" add column "user_is_active" integer default 1 not null',
  'update organization_memberships set user_is_active = (select u.is_active from users u where u.id = organization_memberships.user_id)',
  'create index "organization_memberships_org_active_joined_idx" on "organization_memberships" ("organization_id", "user_is_active", "joined_at", "user_id")',
  'drop index "organization_memberships_org_joined_idx"',
  'create trigger users_is_active_sync after update of is_active on users for each row\nwhen old.is_active is not new.is_active\nbegin\n  update organization_memberships set user_is_active = new.is_active where user_id = new.id;\nend',
];

const POSTGRES = [
  'alter table "organization_memberships" add column "user_is_active" boolean default true not null',
  'update organization_memberships set user_is_active = (select u.is_active from users u where u.id = organization_memberships.user_id)',
  'create index "organization_memberships_org_active_joined_idx" on "organization_memberships" ("organization_id", "user_is_active", "joined_at", "user_id")',
  'drop index "organization_memberships_org_joined_idx"',
  'create function orgapi_sync_membership_user_active() returns trigger language plpgsql as $$\nbegin\n  update organization_memberships set user_is_active = new.is_active where user_id = new.id;\n  return null;\nend $$',
  'create trigger users_is_active_sync after update of is_active on users for each row\nwhen (old.is_active is distinct from new.is_active) execute function orgapi_sync_membership_user_active()',
];

describe('0002_membership_user_active: the copy of users.is_active on memberships, its index and its trigger', () => {
  it.each([
    ['sqlite', SQLITE],
    ['postgres', POSTGRES],
  ] as const)('sends exactly these statements on %s', async (dialect, expected) => {
    const statements = await recordedSql(membershipUserActiveMigration(dialect), dialect);
    expect(statements.map((statement) => statement.sql)).toEqual(expected);
    expect(statements.every((statement) => statement.parameters.length === 0)).toBe(true);
  });
});
