import type { RateLimitStore } from './rate-limit/rate-limit-store.js';
import type { ApiKeyStore } from './resources/api-keys-store.js';
import type { InviteStore } from './resources/invites-store.js';
import type { LegalDocumentStore } from './resources/legal-documents-store.js';
import type { MemberStore } from './resources/members-store.js';
import type { OAuthApplicationStore } from './resources/oauth-applications-store.js';
import type { OrganizationStore } from './resources/organizations-store.js';
import type { ProjectStore } from './resources/projects-store.js';
import type { ServerSecretStore } from './resources/server-secrets-store.js';
import type { UserStore } from './resources/users-store.js';

/** Which database a store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';

export type { RateLimitStore } from './rate-limit/rate-limit-store.js';
export type { ApiKeyStore, KeyInOrganization } from './resources/api-keys-store.js';
export type { InviteStore } from './resources/invites-store.js';
export type { LegalDocumentStore } from './resources/legal-documents-store.js';
export type { MemberStore } from './resources/members-store.js';
export type { OAuthApplicationStore } from './resources/oauth-applications-store.js';
export type { OrganizationStore } from './resources/organizations-store.js';
export type { LockedProjects, ProjectStore } from './resources/projects-store.js';
export type { ServerSecretStore } from './resources/server-secrets-store.js';
export type { UserStore } from './resources/users-store.js';
export { StoreError } from './store-error.js';
export type {
  ListMembersQuery,
  ListProjectsQuery,
  MemberWriteOptions,
  OrganizationMembership,
  OwnerGuardOptions,
  Result,
  RuleRefusal,
} from './store-types.js';

/** The store as a whole: which database, its migrations, closing it. */
export interface StoreLifecycle {
  /** `sqlite` or `postgres`. */
  readonly dialect: StoreDialect;

  /** Runs all pending migrations (idempotent; safe to call from several processes on PostgreSQL). */
  migrate(): Promise<void>;

  /** Closes the database connection(s). The store must not be used afterwards. */
  close(): Promise<void>;
}

/**
 * The reference server's storage: one interface per resource (`resources/*-store.ts`, each with its one
 * implementation over Kysely), and `Store` their intersection, opened by `openStore` on SQLite or PostgreSQL.
 *
 * Conventions: expected failures are values (`undefined` for "not found", `Result` for other refusals); unexpected
 * failures throw `StoreError` (with the operation and the cause). Every list takes limit/offset, returns the total
 * `count`, and has a stable order (a unique tiebreaker). Timestamps are taken from the store's clock
 * (`openStore(url, { now })`). Emails are compared case-insensitively everywhere.
 *
 * @example
 * const store = await openStore('sqlite:./data/orgapi.db');
 * await store.migrate();
 * const org = await store.createOrganization({ name: 'Acme' });
 */
export type Store = StoreLifecycle &
  OrganizationStore &
  UserStore &
  ApiKeyStore &
  MemberStore &
  InviteStore &
  LegalDocumentStore &
  OAuthApplicationStore &
  ProjectStore &
  ServerSecretStore &
  RateLimitStore;
