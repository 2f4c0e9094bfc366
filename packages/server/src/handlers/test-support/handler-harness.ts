import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { paths } from '@org-api/client';
import createClient, { type Client } from 'openapi-fetch';
import { addMemberOrFail, issuePersonalApiKey } from '../../cli/provisioning.js';
import type { MembershipLevel, NewUser, Organization, Project, User } from '../../domain/types.js';
import { createApp } from '../../http/app.js';
import type { HttpSettings } from '../../http/app-env.js';
import { createMemoryLogger } from '../../http/logger.js';
import { createTestClock, type TestClock } from '../../http/test-support/test-world.js';
import type { Mailer, MailMessage } from '../../mail/mailer.js';
import { openStore } from '../../store/open-store.js';
import { createTestSchema, TEST_DATABASE_URL } from '../../store/postgres-test-database.js';
import type { Store } from '../../store/store.js';
import { FAST_PATH_IN_TESTS } from '../../store/test-support/fast-path-in-tests.js';

/** The two databases every handler test runs on (`describe.each(STORE_KINDS)`). */
export const STORE_KINDS = ['sqlite', 'postgres'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** The real generated client of the API. */
export type ApiClient = Client<paths>;

/** A mailer that keeps every message (the true outer edge of the server); `failing` makes `send` throw. */
export interface RecordingMailer extends Mailer {
  sent: MailMessage[];
  failing: boolean;
}

export function createRecordingMailer(): RecordingMailer {
  const mailer: RecordingMailer = {
    sent: [],
    failing: false,
    async send(message) {
      if (mailer.failing) throw new Error('SMTP is down');
      mailer.sent.push(message);
    },
  };
  return mailer;
}

/** A member seeded by the harness: the user, a `*` key and the real client authenticated with it. */
export interface SeededMember {
  user: User;
  key: string;
  client: ApiClient;
}

/** An organization with an owner, an admin and a member (each with a `*` key). */
export interface SeededOrg {
  organization: Organization;
  owner: SeededMember;
  admin: SeededMember;
  member: SeededMember;
}

/** One app in-process on a real store, plus helpers to seed data and call it with the generated client. */
export interface HandlerHarness {
  kind: StoreKind;
  /** PostgreSQL: the schema holding this harness's tables (`holdOrganizationLock`); SQLite: undefined. */
  schema: string | undefined;
  store: Store;
  clock: TestClock;
  mailer: RecordingMailer;
  logger: ReturnType<typeof createMemoryLogger>;
  /** The app with the recording mailer; `fetchWithoutMailer` is the same server without mail configured. */
  fetch(request: Request): Promise<Response>;
  fetchWithoutMailer(request: Request): Promise<Response>;
  /** The generated client with `Authorization: Bearer <key>` (`mailer: false` → the app without a mailer). */
  client(key: string, options?: { mailer?: boolean }): ApiClient;
  /** A fresh organization with owner, admin and member (joined in that order, one second apart). */
  seedOrg(options?: { members_can_invite?: boolean }): Promise<SeededOrg>;
  /** Adds a new user (unique email unless given) as a member at `level`, with a key. */
  addMember(
    organization: Organization,
    level: MembershipLevel,
    user?: Partial<NewUser>,
    key?: { scopes?: string[]; scopedOrganizations?: string[]; scopedTeams?: number[] },
  ): Promise<SeededMember>;
  /** Creates a project of the organization (`access_control: true` = private). */
  createProject(
    organization: Organization,
    options?: { name?: string; access_control?: boolean },
  ): Promise<Project>;
  /** A unique email address for this harness (`<name>-<n>@<domain>`). */
  email(name?: string, domain?: string): string;
  cleanup(): Promise<void>;
}

/**
 * Builds a {@link HandlerHarness} on a fresh database: a SQLite file in a temp dir, or a fresh schema of the
 * PostgreSQL test database (`TEST_DATABASE_URL`), migrated; the store and the app share a steppable clock.
 * Response validation is ON, so a response outside the spec surfaces as a 500 (details in `logger.records`).
 * `options.settings` adds to (or overrides) the app's settings.
 *
 * @example
 * const h = await createHandlerHarness('sqlite');
 * const { owner, organization } = await h.seedOrg();
 * const { data } = await owner.client.GET('/api/organizations/{organization_id}/members/', {
 *   params: { path: { organization_id: organization.id } },
 * });
 */
export async function createHandlerHarness(
  kind: StoreKind,
  options: { settings?: HttpSettings } = {},
): Promise<HandlerHarness> {
  const clock = createTestClock();
  const now = () => clock.now();
  const { store, schema, dispose } = await openTestStore(kind, now);
  await store.migrate();
  const mailer = createRecordingMailer();
  const logger = createMemoryLogger();
  const config = { validateResponses: true, fastPath: FAST_PATH_IN_TESTS, ...options.settings };
  const app = createApp({ store, clock, mailer, config, logger });
  const appWithoutMailer = createApp({ store, clock, mailer: null, config, logger });
  const fetch = (request: Request) => Promise.resolve(app.fetch(request));
  const fetchWithoutMailer = (request: Request) => Promise.resolve(appWithoutMailer.fetch(request));

  let counter = 0;
  const email = (name = 'user', domain = 'example.com') => `${name}-${++counter}@${domain}`;
  const client = (key: string, options: { mailer?: boolean } = {}) =>
    createClient<paths>({
      baseUrl: 'http://localhost',
      fetch: options.mailer === false ? fetchWithoutMailer : fetch,
      headers: { Authorization: `Bearer ${key}` },
    });

  const addMember: HandlerHarness['addMember'] = async (organization, level, user = {}, key = {}) => {
    const result = await store.createUser({ email: email(), is_email_verified: true, ...user });
    if (!result.ok) throw new Error(`harness: ${result.reason}`);
    const created = result.user;
    await addMemberOrFail(store, organization, created, level);
    const issued = await issuePersonalApiKey(store, {
      userId: created.id,
      label: 'test',
      scopes: key.scopes ?? ['*'],
      scopedOrganizations: key.scopedOrganizations ?? null,
      scopedTeams: key.scopedTeams ?? null,
    });
    return { user: created, key: issued.value, client: client(issued.value) };
  };

  return {
    kind,
    schema,
    store,
    clock,
    mailer,
    logger,
    fetch,
    fetchWithoutMailer,
    client,
    email,
    addMember,
    async createProject(organization, options = {}) {
      const created = await store.createProject({
        organization_id: organization.id,
        name: options.name ?? `Project ${++counter}`,
        access_control: options.access_control ?? false,
      });
      if (!created.ok) throw new Error(`harness: ${created.reason}`);
      return created.project;
    },
    async seedOrg(options = {}) {
      const organization = await store.createOrganization({ name: `Org ${++counter}`, ...options });
      const owner = await addMember(organization, 15, { first_name: 'Olivia', last_name: 'Owner' });
      clock.advance(1000);
      const admin = await addMember(organization, 8, { first_name: 'Adam', last_name: 'Admin' });
      clock.advance(1000);
      const member = await addMember(organization, 1, { first_name: 'Mia', last_name: 'Member' });
      clock.advance(1000);
      return { organization, owner, admin, member };
    },
    cleanup: dispose,
  };
}

async function openTestStore(
  kind: StoreKind,
  now: () => Date,
): Promise<{ store: Store; schema?: string; dispose: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
    const store = await openStore(`sqlite:${join(dir, 'test.db')}`, { now, fastPath: FAST_PATH_IN_TESTS });
    return {
      store,
      dispose: async () => {
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const { schema, drop } = await createTestSchema();
  const store = await openStore(TEST_DATABASE_URL, {
    now,
    schema,
    poolSize: 4,
    fastPath: FAST_PATH_IN_TESTS,
  });
  return {
    store,
    schema,
    dispose: async () => {
      await store.close();
      await drop();
    },
  };
}
