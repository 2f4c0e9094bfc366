import { type Dialect, Kysely, Migrator } from 'kysely';
import type { NewInvite } from '../domain/types.js';
import * as accounts from './accounts-repo.js';
import type { Database } from './database-schema.js';
import * as invites from './invites-repo.js';
import * as keyLookup from './key-lookup-repo.js';
import * as legal from './legal-documents-repo.js';
import * as membersList from './members-list-repo.js';
import * as members from './members-repo.js';
import { storeMigrationProvider } from './migrations.js';
import * as oauth from './oauth-applications-repo.js';
import * as projects from './projects-repo.js';
import { postgresDialect, sqliteDialect } from './sql-dialect.js';
import type { SqliteReader } from './sqlite-reader.js';
import { type Store, type StoreDialect, StoreError } from './store.js';
import type { StoreContext } from './store-context.js';
import { UnchangedReadMemo } from './unchanged-read-memo.js';

/** Options of `KyselyStore`. */
export interface KyselyStoreOptions {
  /** Clock for every timestamp the store writes; default `() => new Date()`. */
  now?: () => Date;
  /** PostgreSQL schema holding the tables (and the migration bookkeeping); default `public`. */
  schema?: string;
  /** SQLite file only: the read connection of prepared reads outside transactions (closed with the store). */
  reader?: SqliteReader | undefined;
}

type Methods = Omit<Store, 'dialect'>;

/**
 * The one `Store` implementation: Kysely over SQLite or PostgreSQL. Every method delegates to a query function
 * of a `*-repo.ts` file and turns unexpected errors into `StoreError`s naming the method.
 */
export class KyselyStore implements Store {
  readonly dialect: StoreDialect;
  readonly #db: Kysely<Database>;
  readonly #ctx: StoreContext;
  readonly #schema: string | undefined;
  readonly #reader: SqliteReader | undefined;
  /** SQLite files: authentication lookups kept while no connection has committed (see `UnchangedReadMemo`). */
  readonly #keyLookups: UnchangedReadMemo<keyLookup.KeyInOrganization> | undefined;

  constructor(dialect: StoreDialect, kyselyDialect: Dialect, options: KyselyStoreOptions = {}) {
    this.dialect = dialect;
    this.#db = new Kysely<Database>({ dialect: kyselyDialect });
    this.#schema = dialect === 'postgres' ? (options.schema ?? 'public') : undefined;
    this.#ctx = {
      db: this.#db,
      dialect: dialect === 'postgres' ? postgresDialect : sqliteDialect,
      now: options.now ?? (() => new Date()),
      readRows: options.reader?.read,
    };
    const reader = options.reader;
    this.#reader = reader;
    this.#keyLookups = reader && new UnchangedReadMemo(() => reader.changeCount());
  }

  async #run<T>(operation: string, fn: (ctx: StoreContext) => Promise<T>): Promise<T> {
    try {
      return await fn(this.#ctx);
    } catch (error) {
      if (error instanceof StoreError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new StoreError(operation, `${this.dialect} failed: ${message}`, { cause: error });
    }
  }

  migrate = () =>
    this.#run('migrate', async () => {
      const migrator = new Migrator({
        db: this.#db,
        provider: storeMigrationProvider(this.dialect),
        ...(this.#schema ? { migrationTableSchema: this.#schema } : {}),
      });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    });

  close = async () => {
    this.#reader?.close();
    await this.#db.destroy();
  };

  findPersonalApiKey: Methods['findPersonalApiKey'] = (v) =>
    this.#run('findPersonalApiKey', (c) => accounts.findPersonalApiKey(c, v));
  findPersonalApiKeyInOrganization: Methods['findPersonalApiKeyInOrganization'] = (v, organizationId) =>
    this.#run('findPersonalApiKeyInOrganization', (c) => {
      const read = () => keyLookup.findPersonalApiKeyInOrganization(c, v, organizationId);
      return this.#keyLookups ? this.#keyLookups.get(`${v}\n${organizationId}`, read) : read();
    });
  touchPersonalApiKey: Methods['touchPersonalApiKey'] = (id, at) =>
    this.#run('touchPersonalApiKey', (c) => accounts.touchPersonalApiKey(c, id, at ?? c.now()));
  createPersonalApiKey: Methods['createPersonalApiKey'] = (input) =>
    this.#run('createPersonalApiKey', (c) => accounts.createPersonalApiKey(c, input));
  listPersonalApiKeys: Methods['listPersonalApiKeys'] = (userId) =>
    this.#run('listPersonalApiKeys', (c) => accounts.listPersonalApiKeys(c, userId));

  createOrganization: Methods['createOrganization'] = (input) =>
    this.#run('createOrganization', (c) => accounts.createOrganization(c, input));
  getOrganization: Methods['getOrganization'] = (id) =>
    this.#run('getOrganization', (c) => accounts.getOrganization(c, id));
  getOrganizationMembership: Methods['getOrganizationMembership'] = (organizationId, userId) =>
    this.#run('getOrganizationMembership', (c) =>
      members.getOrganizationMembership(c, organizationId, userId),
    );
  findCurrentOrganization: Methods['findCurrentOrganization'] = (userId, scoped) =>
    this.#run('findCurrentOrganization', (c) => accounts.findCurrentOrganization(c, userId, scoped));
  createUser: Methods['createUser'] = (input) =>
    this.#run('createUser', (c) => accounts.createUser(c, input));
  getUserById: Methods['getUserById'] = (id) =>
    this.#run('getUserById', (c) => accounts.getUserBy(c, 'id', id));
  getUserByUuid: Methods['getUserByUuid'] = (uuid) =>
    this.#run('getUserByUuid', (c) => accounts.getUserBy(c, 'uuid', uuid));
  findUserByEmail: Methods['findUserByEmail'] = (email) =>
    this.#run('findUserByEmail', (c) => accounts.getUserBy(c, 'email_lc', email));
  setUserGithubLogin: Methods['setUserGithubLogin'] = (userId, githubLogin) =>
    this.#run('setUserGithubLogin', (c) => accounts.setUserGithubLogin(c, userId, githubLogin));

  addMember: Methods['addMember'] = (orgId, userId, level) =>
    this.#run('addMember', (c) => members.addMember(c, orgId, userId, level));
  getMember: Methods['getMember'] = (orgId, userId) =>
    this.#run('getMember', (c) => members.getMemberWhere(c, orgId, 'u.id', userId));
  getMemberByUserUuid: Methods['getMemberByUserUuid'] = (orgId, uuid) =>
    this.#run('getMemberByUserUuid', (c) => members.getMemberWhere(c, orgId, 'u.uuid', uuid));
  getMemberByEmail: Methods['getMemberByEmail'] = (orgId, email) =>
    this.#run('getMemberByEmail', (c) => members.getMemberWhere(c, orgId, 'u.email_lc', email));
  listMembers: Methods['listMembers'] = (orgId, query) =>
    this.#run('listMembers', (c) => membersList.listMembers(c, orgId, query));
  countOwners: Methods['countOwners'] = (orgId) =>
    this.#run('countOwners', (c) => members.countOwners(c, orgId));
  updateMemberLevel: Methods['updateMemberLevel'] = (orgId, userId, level, options) =>
    this.#run('updateMemberLevel', (c) => members.updateMemberLevel(c, orgId, userId, level, options));
  removeMember: Methods['removeMember'] = (orgId, userId, options) =>
    this.#run('removeMember', (c) => members.removeMember(c, orgId, userId, options));

  createInvite: Methods['createInvite'] = (input: NewInvite) =>
    this.#run('createInvite', async (c) => {
      const [invite] = await invites.createInvites(c, [input]);
      if (!invite) throw new Error('no invite created');
      return invite;
    });
  createInvites: Methods['createInvites'] = (inputs) =>
    this.#run('createInvites', (c) => invites.createInvites(c, inputs));
  listInvites: Methods['listInvites'] = (orgId, page) =>
    this.#run('listInvites', (c) => invites.listInvites(c, orgId, page));
  getInvite: Methods['getInvite'] = (orgId, id) =>
    this.#run('getInvite', (c) => invites.getInvite(c, orgId, id));
  deleteInvite: Methods['deleteInvite'] = (orgId, id) =>
    this.#run('deleteInvite', (c) => invites.deleteInvite(c, orgId, id));
  listUnexpiredInvitesByEmail: Methods['listUnexpiredInvitesByEmail'] = (orgId, email, since) =>
    this.#run('listUnexpiredInvitesByEmail', (c) =>
      invites.listUnexpiredInvitesByEmail(c, orgId, email, since),
    );
  acceptInvite: Methods['acceptInvite'] = (id, userId) =>
    this.#run('acceptInvite', (c) => invites.acceptInvite(c, id, userId));

  createLegalDocument: Methods['createLegalDocument'] = (input) =>
    this.#run('createLegalDocument', (c) => legal.createLegalDocument(c, input));
  listLegalDocuments: Methods['listLegalDocuments'] = (orgId, page) =>
    this.#run('listLegalDocuments', (c) => legal.listLegalDocuments(c, orgId, page));
  getLegalDocument: Methods['getLegalDocument'] = (orgId, id) =>
    this.#run('getLegalDocument', (c) => legal.getLegalDocument(c, orgId, id));
  deleteLegalDocument: Methods['deleteLegalDocument'] = (orgId, id) =>
    this.#run('deleteLegalDocument', (c) => legal.deleteLegalDocument(c, orgId, id));
  markLegalDocumentSigned: Methods['markLegalDocumentSigned'] = (orgId, id, pdf) =>
    this.#run('markLegalDocumentSigned', (c) => legal.markLegalDocumentSigned(c, orgId, id, pdf));
  getLegalDocumentPdf: Methods['getLegalDocumentPdf'] = (orgId, id) =>
    this.#run('getLegalDocumentPdf', (c) => legal.getLegalDocumentPdf(c, orgId, id));

  createOAuthApplication: Methods['createOAuthApplication'] = (input) =>
    this.#run('createOAuthApplication', (c) => oauth.createOAuthApplication(c, input));
  listOAuthApplications: Methods['listOAuthApplications'] = (orgId, page) =>
    this.#run('listOAuthApplications', (c) => oauth.listOAuthApplications(c, orgId, page));

  createProject: Methods['createProject'] = (input, options) =>
    this.#run('createProject', (c) =>
      projects.createProject(c, input, options?.maxProjects, options?.pickName),
    );
  listProjects: Methods['listProjects'] = (orgId, query) =>
    this.#run('listProjects', (c) => projects.listProjects(c, orgId, query));
  getProject: Methods['getProject'] = (orgId, id) =>
    this.#run('getProject', (c) => projects.getProject(c, orgId, id));
  getProjectById: Methods['getProjectById'] = (id) =>
    this.#run('getProjectById', (c) => projects.getProject(c, undefined, id));
  countProjects: Methods['countProjects'] = (orgId) =>
    this.#run('countProjects', (c) => projects.countProjects(c, orgId));
  updateProject: Methods['updateProject'] = (orgId, id, patch) =>
    this.#run('updateProject', (c) => projects.updateProject(c, orgId, id, patch));
  markProjectPendingDeletion: Methods['markProjectPendingDeletion'] = (orgId, id) =>
    this.#run('markProjectPendingDeletion', (c) => projects.markProjectPendingDeletion(c, orgId, id));
  purgePendingDeletions: Methods['purgePendingDeletions'] = () =>
    this.#run('purgePendingDeletions', (c) => projects.purgePendingDeletions(c));
}
