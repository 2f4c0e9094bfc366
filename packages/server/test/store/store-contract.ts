import { afterAll, beforeAll, describe } from 'vitest';
import type { MembershipLevel, NewUser, Organization, User } from '../../src/domain/types.js';
import type { Store } from '../../src/store/store.js';
import { describeAccountsContract } from './store-contract-accounts.js';
import { describeInvitesContract } from './store-contract-invites.js';
import { describeLegalAndOAuthContract } from './store-contract-legal-oauth.js';
import { describeMembersContract } from './store-contract-members.js';
import { describeProjectsContract } from './store-contract-projects.js';

/*
 * ONE test suite for every Store implementation: `describeStore(name, open)` runs it against a store that
 * `open` creates (a real SQLite file, or a fresh PostgreSQL schema). Each test makes its own organizations and
 * users, so tests share one migrated database and stay fast.
 */

/** A controllable clock: each read advances one second unless frozen. */
export class TestClock {
  #ms = Date.parse('2026-01-01T00:00:00.000Z');
  #frozen = false;
  readonly now = (): Date => {
    const date = new Date(this.#ms);
    if (!this.#frozen) this.#ms += 1000;
    return date;
  };
  /** Every read returns the same instant until `unfreeze()`. */
  freeze(): void {
    this.#frozen = true;
  }
  unfreeze(): void {
    this.#frozen = false;
    this.#ms += 1000;
  }
  advance(ms: number): void {
    this.#ms += ms;
  }
  /** The instant the next read returns. */
  peek(): Date {
    return new Date(this.#ms);
  }
}

/** What the contract tests use; filled in `beforeAll`. */
export interface StoreHarness {
  store: Store;
  clock: TestClock;
  /** Another store instance on the same database (PostgreSQL: a second pool), for cross-instance races. */
  peer?: Store;
  /** Creates an organization. */
  org(name?: string): Promise<Organization>;
  /** Creates a user with a unique email (`overrides.email` wins). */
  user(overrides?: Partial<NewUser>): Promise<User>;
  /** Creates a user and adds them to `org` at `level`. */
  member(org: Organization, level: MembershipLevel, overrides?: Partial<NewUser>): Promise<User>;
}

/** What a dialect's test file provides: a fresh store (not migrated) and its cleanup. */
export interface OpenedStore {
  store: Store;
  cleanup(): Promise<void>;
  /** A second store instance on the same database, if the dialect supports concurrent instances. */
  peer?: Store;
}

let emailCounter = 0;

function createHarness(): StoreHarness {
  const h: StoreHarness = {
    store: undefined as unknown as Store,
    clock: new TestClock(),
    org: (name = 'Org') => h.store.createOrganization({ name }),
    async user(overrides = {}) {
      emailCounter += 1;
      const result = await h.store.createUser({ email: `user${emailCounter}@example.com`, ...overrides });
      if (!result.ok) throw new Error(`test user not created: ${result.reason}`);
      return result.user;
    },
    async member(org, level, overrides = {}) {
      const user = await h.user(overrides);
      const added = await h.store.addMember(org.id, user.id, level);
      if (!added.ok) throw new Error(`test member not added: ${added.reason}`);
      return user;
    },
  };
  return h;
}

/**
 * Registers the Store contract suite.
 * @param name dialect name shown in test titles
 * @param open opens a fresh, empty store using the given clock
 */
export function describeStore(name: string, open: (now: () => Date) => Promise<OpenedStore>): void {
  describe(`Store contract (${name})`, () => {
    const h = createHarness();
    let opened: OpenedStore | undefined;
    beforeAll(async () => {
      opened = await open(h.clock.now);
      h.store = opened.store;
      if (opened.peer) h.peer = opened.peer;
      await h.store.migrate();
      await h.store.migrate(); // idempotent
    });
    afterAll(async () => {
      await opened?.cleanup();
    });

    describeAccountsContract(h);
    describeMembersContract(h);
    describeInvitesContract(h);
    describeLegalAndOAuthContract(h);
    describeProjectsContract(h);
  });
}
