import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCommands, type Clock, createServerApp, systemClock } from '@org-api/server';
// The server's index exports neither the store factory nor its PostgreSQL test helper: imported from their files.
import { openStore } from '../../../server/src/store/open-store.js';
import { createTestSchema, TEST_DATABASE_URL } from '../../../server/src/store/postgres-test-database.js';
import type { Store } from '../../../server/src/store/store.js';
import type { Tokens } from '../../src/checks/check-types.js';

/** The databases the reference server runs on. */
export const STORE_KINDS = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** What the admin CLI's `fixtures` command prints (the runner's inputs). */
export interface ReferenceFixtures {
  organizationId: string;
  otherOrganizationId: string;
  disposableOrganizationId: string;
  tokens: Required<Tokens>;
  users: Record<string, { id: number; uuid: string; email: string }>;
}

/** The run options a fixtures file gives (`--fixtures`): ids, tokens and users. */
export const fixtureOptions = (fixtures: ReferenceFixtures) => ({
  tokens: fixtures.tokens,
  organizationId: fixtures.organizationId,
  otherOrganizationId: fixtures.otherOrganizationId,
  disposableOrganizationId: fixtures.disposableOrganizationId,
  users: fixtures.users,
});

/** The reference server in-process on a fresh database, seeded with the contract fixtures. */
export interface ReferenceTarget {
  kind: StoreKind;
  store: Store;
  /** The app's `fetch` (response validation on). */
  fetch: (request: Request) => Promise<Response>;
  fixtures: ReferenceFixtures;
  /** Another run of the `fixtures` command on the same database: a fresh organization with its own tokens. */
  newFixtures(): Promise<ReferenceFixtures>;
  close(): Promise<void>;
}

async function openFreshStore(kind: StoreKind): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'contract-reference-'));
    const store = await openStore(`sqlite:${join(dir, 'api.db')}`);
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { schema, drop } = await createTestSchema();
  const store = await openStore(TEST_DATABASE_URL, { schema, poolSize: 4 });
  return {
    store,
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
}

/**
 * Builds the reference server (`createServerApp`, response validation on, no mailer) on a fresh SQLite file or a
 * fresh PostgreSQL schema, migrated and seeded by the admin CLI's `fixtures` command. `options` may give it a clock
 * and upstream's throttles (`rateLimits`, none by default).
 * @example
 * const target = await startReferenceTarget('sqlite');
 * await runContract({ target: { baseUrl: 'http://localhost', fetch: target.fetch }, ...target.fixtures });
 */
export async function startReferenceTarget(
  kind: StoreKind,
  options: {
    clock?: Clock;
    rateLimits?: Array<{ scope: string; requests: number; periodSeconds: number }>;
  } = {},
): Promise<ReferenceTarget> {
  const { store, dispose } = await openFreshStore(kind);
  await store.migrate();
  const newFixtures = async () =>
    (await adminCommands.fixtures?.run(store, {}, { now: new Date(), env: {} })) as ReferenceFixtures;
  const fixtures = await newFixtures();
  const app = createServerApp({
    store,
    clock: options.clock ?? systemClock,
    mailer: null,
    config: { validateResponses: true, ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}) },
  });
  return {
    kind,
    store,
    fetch: async (request) => app.fetch(request),
    fixtures,
    newFixtures,
    close: dispose,
  };
}
