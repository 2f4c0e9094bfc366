import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMemberOrFail, createUserOrFail, issuePersonalApiKey } from '../../cli/provisioning.js';
import type { Organization, User } from '../../domain/types.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import { FAST_PATH_IN_TESTS } from '../../store/test-support/fast-path-in-tests.js';

/** A stepping clock for tests. */
export interface TestClock {
  now(): Date;
  advance(ms: number): void;
}

export function createTestClock(start = '2026-03-01T12:00:00.000Z'): TestClock {
  let current = new Date(start).getTime();
  return { now: () => new Date(current), advance: (ms) => (current += ms) };
}

/** Users, organizations and keys most http tests need, on a real SQLite file in a temp dir. */
export interface TestWorld {
  store: Store;
  clock: TestClock;
  orgA: Organization;
  orgB: Organization;
  users: { owner: User; admin: User; member: User; otherOwner: User; inactive: User };
  keys: Record<
    | 'owner'
    | 'admin'
    | 'member'
    | 'otherOwner'
    | 'memberRead'
    | 'memberWrite'
    | 'legacy'
    | 'scopedToB'
    | 'scopedToA'
    | 'scopedTeams'
    | 'inactive',
    string
  >;
  cleanup(): Promise<void>;
}

/** Builds a {@link TestWorld}: org A (owner, admin, member), org B (otherOwner; owner of A is also a member). */
export async function createTestWorld(): Promise<TestWorld> {
  const dir = mkdtempSync(join(tmpdir(), 'server-http-'));
  const clock = createTestClock();
  const store = await openStore(`sqlite:${join(dir, 'test.db')}`, {
    now: () => clock.now(),
    fastPath: FAST_PATH_IN_TESTS,
  });
  await store.migrate();
  const orgA = await store.createOrganization({ name: 'Org A' });
  const orgB = await store.createOrganization({ name: 'Org B' });
  const user = (email: string, extra: { is_active?: boolean } = {}) =>
    createUserOrFail(store, { email, first_name: email.split('@')[0] ?? '', ...extra });
  const users = {
    owner: await user('owner@a.example.com'),
    admin: await user('admin@a.example.com'),
    member: await user('member@a.example.com'),
    otherOwner: await user('owner@b.example.com'),
    inactive: await user('gone@a.example.com', { is_active: false }),
  };
  await addMemberOrFail(store, orgA, users.owner, 15);
  await addMemberOrFail(store, orgA, users.admin, 8);
  await addMemberOrFail(store, orgA, users.member, 1);
  await addMemberOrFail(store, orgA, users.inactive, 1);
  await addMemberOrFail(store, orgB, users.otherOwner, 15);
  // The owner of A joins B later: @current stays A (joined first).
  clock.advance(1000);
  await addMemberOrFail(store, orgB, users.owner, 1);

  const key = async (
    u: User,
    scopes: string[],
    extra: { scopedOrganizations?: string[]; scopedTeams?: number[] } = {},
  ) => (await issuePersonalApiKey(store, { userId: u.id, label: 'test', scopes, ...extra })).value;
  const keys = {
    owner: await key(users.owner, ['*']),
    admin: await key(users.admin, ['*']),
    member: await key(users.member, ['*']),
    otherOwner: await key(users.otherOwner, ['*']),
    memberRead: await key(users.member, ['organization_member:read']),
    memberWrite: await key(users.member, ['organization_member:write']),
    legacy: await key(users.member, []),
    scopedToB: await key(users.owner, ['*'], { scopedOrganizations: [orgB.id] }),
    scopedToA: await key(users.owner, ['*'], { scopedOrganizations: [orgA.id] }),
    scopedTeams: await key(users.owner, ['*'], { scopedTeams: [1] }),
    inactive: await key(users.inactive, ['*']),
  };
  return {
    store,
    clock,
    orgA,
    orgB,
    users,
    keys,
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
