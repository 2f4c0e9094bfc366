import type {
  Invite,
  InviteWithCreator,
  LegalDocument,
  LegalDocumentWithCreator,
  ListedMember,
  MembershipLevel,
  MemberWithUser,
  NewInvite,
  NewLegalDocument,
  NewOAuthApplication,
  NewOrganization,
  NewPersonalApiKey,
  NewProject,
  NewUser,
  OAuthApplication,
  Organization,
  Page,
  PageRequest,
  PersonalApiKey,
  Project,
  ProjectPatch,
  User,
} from '../domain/types.js';
import type { KeyInOrganization } from './key-lookup-repo.js';
import type {
  ListMembersQuery,
  ListProjectsQuery,
  OrganizationMembership,
  OwnerGuardOptions,
  Result,
} from './store-types.js';

/** Which database a store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';

export type { KeyInOrganization } from './key-lookup-repo.js';
export { StoreError } from './store-error.js';
export type {
  ListMembersQuery,
  ListProjectsQuery,
  OrganizationMembership,
  OwnerGuardOptions,
  Result,
} from './store-types.js';

/**
 * The reference server's storage: one interface, implemented once with Kysely over SQLite and PostgreSQL.
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
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly dialect: StoreDialect;

  /** Runs all pending migrations (idempotent; safe to call from several processes on PostgreSQL). */
  migrate(): Promise<void>;

  /** Closes the database connection(s). The store must not be used afterwards. */
  close(): Promise<void>;

  // ---- personal API keys -----------------------------------------------------------------------------------

  /**
   * Finds a key by its `sha256$<hex>` secure value, with its user (active or not: the caller decides).
   * @param secureValue `hashApiKeyValue(bearerToken)`
   */
  findPersonalApiKey(secureValue: string): Promise<{ key: PersonalApiKey; user: User } | undefined>;

  /**
   * {@link findPersonalApiKey} and {@link getOrganizationMembership} for the key's user in ONE query (authentication
   * of a path with an organization id): `organization` is `undefined` when there is no such organization.
   * @param organizationId a lowercase UUID
   */
  findPersonalApiKeyInOrganization(
    secureValue: string,
    organizationId: string,
  ): Promise<KeyInOrganization | undefined>;

  /** Sets `last_used_at` of a key to `at` (default: now). Unknown ids are ignored. */
  touchPersonalApiKey(id: string, at?: Date): Promise<void>;

  /** Creates a key (admin CLI/tests). Refuses a duplicate `secure_value` with `reason: 'duplicate'`. */
  createPersonalApiKey(input: NewPersonalApiKey): Promise<Result<{ key: PersonalApiKey }, 'duplicate'>>;

  /** Lists all keys of a user with their scoping, newest first (tiebreaker: id). For `scoped_api_keys`. */
  listPersonalApiKeys(userId: number): Promise<PersonalApiKey[]>;

  // ---- organizations and users -----------------------------------------------------------------------------

  /** Creates an organization (no members). */
  createOrganization(input: NewOrganization): Promise<Organization>;

  /** Gets an organization by UUID (any string is accepted; a non-UUID simply finds nothing). */
  getOrganization(id: string): Promise<Organization | undefined>;

  /**
   * Gets an organization, a user's membership in it (without the user) and the organization's members version in
   * ONE query, for authentication; `membership` is `undefined` when the user is not a member, the whole result when
   * the organization is unknown.
   */
  getOrganizationMembership(
    organizationId: string,
    userId: number,
  ): Promise<OrganizationMembership | undefined>;

  /**
   * Resolves `@current` for a user: the first organization in `scopedOrganizations` (key order) that the user is a
   * member of; without scoping (`null`/empty), the user's organization joined first (tiebreaker: organization id).
   * `undefined` when there is none.
   */
  findCurrentOrganization(
    userId: number,
    scopedOrganizations: readonly string[] | null,
  ): Promise<Organization | undefined>;

  /** Creates a user. Refuses an email already used (case-insensitively) with `reason: 'email_taken'`. */
  createUser(input: NewUser): Promise<Result<{ user: User }, 'email_taken'>>;

  /** Gets a user by integer id. */
  getUserById(id: number): Promise<User | undefined>;

  /** Gets a user by UUID. */
  getUserByUuid(uuid: string): Promise<User | undefined>;

  /** Finds a user by email, case-insensitively. */
  findUserByEmail(email: string): Promise<User | undefined>;

  /**
   * Sets (or, with `null`, clears) a user's linked GitHub login (admin CLI; read by `members/{user__uuid}/github_login/`).
   * @returns the updated user, or `undefined` for an unknown id.
   */
  setUserGithubLogin(userId: number, githubLogin: string | null): Promise<User | undefined>;

  // ---- memberships -----------------------------------------------------------------------------------------

  /** Adds a user to an organization. Refuses an existing membership with `reason: 'already_member'`. */
  addMember(
    organizationId: string,
    userId: number,
    level: MembershipLevel,
  ): Promise<Result<{ member: MemberWithUser }, 'already_member'>>;

  /** Gets a membership with its user by user id (inactive users included: the caller decides). */
  getMember(organizationId: string, userId: number): Promise<MemberWithUser | undefined>;

  /** Gets a membership with its user by the user's UUID (the API's `user__uuid`; inactive users included). */
  getMemberByUserUuid(organizationId: string, userUuid: string): Promise<MemberWithUser | undefined>;

  /** Gets a membership with its user by the user's email, case-insensitively (inactive users included). */
  getMemberByEmail(organizationId: string, email: string): Promise<MemberWithUser | undefined>;

  /** Lists the organization's members whose users are active. See `ListMembersQuery` for order and search. */
  listMembers(organizationId: string, query: ListMembersQuery): Promise<Page<ListedMember>>;

  /** Counts the owners (level 15) of an organization, active or not. */
  countOwners(organizationId: string): Promise<number>;

  /**
   * Changes a member's level (and `updated_at`) in one transaction that re-checks the owner invariant.
   * @returns the updated member, or `not_found`, or `last_owner` (demoting the only owner).
   */
  updateMemberLevel(
    organizationId: string,
    userId: number,
    level: MembershipLevel,
    options?: OwnerGuardOptions,
  ): Promise<Result<{ member: MemberWithUser }, 'not_found' | 'last_owner'>>;

  /**
   * Removes a membership (leave or remove) in one transaction that re-checks the owner invariant.
   * @returns `not_found`, or `last_owner` (removing the only owner).
   */
  removeMember(
    organizationId: string,
    userId: number,
    options?: OwnerGuardOptions,
  ): Promise<Result<object, 'not_found' | 'last_owner'>>;

  // ---- invites ---------------------------------------------------------------------------------------------

  /**
   * Creates an invite atomically replacing ALL existing invites (expired included) for the same email
   * (case-insensitive) in the organization. Invite writes of one organization are serialized.
   */
  createInvite(input: NewInvite): Promise<Invite>;

  /**
   * Creates several invites in ONE transaction, in input order, each replacing earlier invites for its email
   * (a repeated email in the batch keeps only the last row). All or nothing: on any error none is stored.
   * @returns the created invites in input order.
   */
  createInvites(inputs: readonly NewInvite[]): Promise<Invite[]>;

  /** Lists an organization's invites, newest first (`-created_at`, tiebreaker id desc), with their inviters. */
  listInvites(organizationId: string, page: PageRequest): Promise<Page<InviteWithCreator>>;

  /** Gets one invite of an organization with its inviter. */
  getInvite(organizationId: string, inviteId: string): Promise<InviteWithCreator | undefined>;

  /** Deletes one invite of an organization. @returns whether a row was deleted. */
  deleteInvite(organizationId: string, inviteId: string): Promise<boolean>;

  /**
   * Lists the invites for an email (case-insensitive) created at or after `createdSince` (the caller computes
   * `now − INVITE_DAYS_VALIDITY`), oldest first. For `combine_pending_invites`.
   */
  listUnexpiredInvitesByEmail(organizationId: string, email: string, createdSince: Date): Promise<Invite[]>;

  /**
   * Accepts an invite for a user (admin CLI): creates the membership at the invite's level and deletes the invite,
   * in one transaction. Expiry is the caller's business.
   */
  acceptInvite(
    inviteId: string,
    userId: number,
  ): Promise<Result<{ member: MemberWithUser }, 'not_found' | 'already_member'>>;

  // ---- legal documents -------------------------------------------------------------------------------------

  /**
   * Creates a legal document with status `submitted_for_signature`. At most one per (organization, type): a second
   * one (also under concurrency) returns `reason: 'exists'`, never a raw database error.
   */
  createLegalDocument(input: NewLegalDocument): Promise<Result<{ document: LegalDocument }, 'exists'>>;

  /** Lists an organization's legal documents, newest first (tiebreaker id desc), with their creators. */
  listLegalDocuments(organizationId: string, page: PageRequest): Promise<Page<LegalDocumentWithCreator>>;

  /** Gets one legal document of an organization with its creator. */
  getLegalDocument(organizationId: string, documentId: string): Promise<LegalDocumentWithCreator | undefined>;

  /**
   * Deletes a legal document unless it is signed (checked in the same statement).
   * @returns `not_found`, or `signed` (the row is kept).
   */
  deleteLegalDocument(
    organizationId: string,
    documentId: string,
  ): Promise<Result<object, 'not_found' | 'signed'>>;

  /** Marks a document `signed` and attaches the signed PDF (or `null`). @returns the updated row. */
  markLegalDocumentSigned(
    organizationId: string,
    documentId: string,
    pdf: Uint8Array | null,
  ): Promise<LegalDocument | undefined>;

  /** Reads the signed PDF of a document; `undefined` when the document or its PDF does not exist. */
  getLegalDocumentPdf(organizationId: string, documentId: string): Promise<Uint8Array | undefined>;

  // ---- OAuth applications ----------------------------------------------------------------------------------

  /** Creates an OAuth application owned by an organization (admin CLI/tests). */
  createOAuthApplication(input: NewOAuthApplication): Promise<OAuthApplication>;

  /** Lists an organization's OAuth applications, newest first (`-created`, tiebreaker id desc). */
  listOAuthApplications(organizationId: string, page: PageRequest): Promise<Page<OAuthApplication>>;

  // ---- projects --------------------------------------------------------------------------------------------

  /**
   * Creates a project unless the organization already has `maxProjects` projects (default 1500; pending
   * deletions count), checked inside the transaction with the organization locked. Tokens are generated when absent.
   */
  createProject(
    input: NewProject,
    options?: {
      maxProjects?: number;
      /**
       * Picks the name instead of `input.name`, inside the transaction with the organization locked, from the names
       * of the organization's projects (pending deletions included): unique default names under concurrency.
       */
      pickName?: ((takenNames: readonly string[]) => string) | undefined;
    },
  ): Promise<Result<{ project: Project }, 'limit_reached'>>;

  /** Lists an organization's projects ordered by id ascending. See `ListProjectsQuery`. */
  listProjects(organizationId: string, query: ListProjectsQuery): Promise<Page<Project>>;

  /** Gets a project of an organization (pending deletion included). */
  getProject(organizationId: string, projectId: number): Promise<Project | undefined>;

  /** Gets a project by id in any organization (for key `scoped_teams` checks). */
  getProjectById(projectId: number): Promise<Project | undefined>;

  /** Counts an organization's projects (pending deletions included). */
  countProjects(organizationId: string): Promise<number>;

  /**
   * Applies a partial update (and bumps `updated_at`). The caller merges `settings`: given a function, the store
   * calls it with the current project inside a transaction with the organization locked and writes what it returns,
   * so concurrent read-merge-write updates lose nothing.
   */
  updateProject(
    organizationId: string,
    projectId: number,
    patch: ProjectPatch | ((current: Project) => ProjectPatch),
  ): Promise<Project | undefined>;

  /**
   * Marks a project pending deletion. @returns the project, or `not_found`, or `already_pending`.
   */
  markProjectPendingDeletion(
    organizationId: string,
    projectId: number,
  ): Promise<Result<{ project: Project }, 'not_found' | 'already_pending'>>;

  /** Deletes all projects pending deletion (background job). @returns how many were deleted. */
  purgePendingDeletions(): Promise<number>;
}
