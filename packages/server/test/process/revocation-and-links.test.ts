/*
 * What two real server processes (the bundle, as `npm start -w @org-api/server` runs it) on ONE database agree on,
 * on PostgreSQL (a fresh database) and on one SQLite file:
 * - a key revoked with the admin CLI (`revoke-key`), or the key of a user it deactivates (`deactivate-user`), is
 *   refused by the very next request to each process, although both had just served it;
 * - a download link issued by one process is served by the other (the signing key generated at first migration
 *   is shared), while a link signed with the key the old default derived from DATABASE_URL, or one valid until the
 *   year 5000, is refused.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addMemberOrFail, createUserOrFail, issuePersonalApiKey } from '../../src/cli/provisioning.js';
import { fileSigningKey, signFilePath } from '../../src/handlers/legal-documents-file-signing.js';
import { openStore } from '../../src/store/open-store.js';
import { createFreshDatabase } from './support/fresh-postgres-database.js';
import { type Caller, createCaller } from './support/http-caller.js';
import { ensureServerBundle, spawnAdminCli, spawnServerBundle } from './support/server-bundle.js';
import { waitForListening } from './support/server-output.js';
import { type SpawnedProcess, waitForClose } from './support/spawned-process.js';

const SETUP_TIMEOUT_MS = 240_000;
const PDF = '%PDF-1.7\nsigned BAA\n%%EOF\n';
const INVALID_KEY = {
  type: 'authentication_error',
  code: 'authentication_failed',
  detail: 'Personal API key found in request Authorization header is invalid.',
  attr: null,
};
const DISABLED = { ...INVALID_KEY, detail: 'User account is disabled.' };
const INVALID_LINK = {
  type: 'authentication_error',
  code: 'permission_denied',
  detail: 'This download link is invalid.',
  attr: null,
};

/** A fresh database of each kind: its URL and how to remove it. */
const DATABASES = {
  postgres: async () => createFreshDatabase('orgapi_revoke'),
  sqlite: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'revoke-'));
    return {
      url: `sqlite:${join(dir, 'api.db')}`,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

describe.each(Object.keys(DATABASES) as Array<keyof typeof DATABASES>)(
  'two server processes on one %s database',
  { timeout: SETUP_TIMEOUT_MS },
  (kind) => {
    const spawned: SpawnedProcess[] = [];
    let database: { url: string; drop(): Promise<void> };
    /** One caller per process for each key. */
    let callers: Record<'owner' | 'revoked' | 'deactivated', [Caller, Caller]>;
    let urls: string[];
    let revokedKeyId: string;
    let ownerKey: string;
    let org: string;

    /** Runs the admin CLI as `npm run admin` does and returns its parsed JSON output. */
    const admin = async (args: string[]) => {
      const child = spawnAdminCli(args, { DATABASE_URL: database.url });
      spawned.push(child);
      expect(await waitForClose(child), child.stderr()).toEqual({ code: 0, signal: null });
      return JSON.parse(child.stdout());
    };

    it('set up: both processes start (one after the other) and serve three keys', async () => {
      database = await DATABASES[kind]();
      await ensureServerBundle();
      urls = [];
      for (let i = 0; i < 2; i++) {
        const server = spawnServerBundle({ DATABASE_URL: database.url });
        spawned.push(server);
        urls.push((await waitForListening(server)).url);
      }
      const store = await openStore(database.url);
      try {
        const organization = await store.createOrganization({ name: 'Revocations' });
        org = `/api/organizations/${organization.id}`;
        const key = async (email: string, level: 1 | 15) => {
          const user = await createUserOrFail(store, { email });
          await addMemberOrFail(store, organization, user, level);
          return issuePersonalApiKey(store, { userId: user.id, label: email, scopes: ['*'] });
        };
        const owner = await key('owner@example.com', 15);
        const revoked = await key('revoked@example.com', 1);
        const deactivated = await key('deactivated@example.com', 1);
        revokedKeyId = revoked.key.id;
        ownerKey = owner.value;
        const pair = (value: string, name: string) =>
          urls.map((url, i) => createCaller(url, value, `${name}-${i}`)) as [Caller, Caller];
        callers = {
          owner: pair(owner.value, 'owner'),
          revoked: pair(revoked.value, 'revoked'),
          deactivated: pair(deactivated.value, 'deactivated'),
        };
      } finally {
        await store.close();
      }
      // Each process serves each key (and keeps what it looked up, where it keeps anything).
      for (const pair of Object.values(callers)) {
        for (const call of pair) expect((await call('GET', `${org}/members/`)).status).toBe(200);
      }
    });

    it('revoke-key: the very next request with that key is 401 on each process', async () => {
      expect(await admin(['revoke-key', revokedKeyId])).toMatchObject({ id: revokedKeyId, revoked: true });
      for (const call of callers.revoked) {
        const response = await call('GET', `${org}/members/`);
        expect([response.status, response.json]).toEqual([401, INVALID_KEY]);
        expect(response.headers.get('www-authenticate')).toBe('Bearer realm="api"');
      }
      for (const call of callers.owner) expect((await call('GET', `${org}/members/`)).status).toBe(200);
    });

    it('deactivate-user: the very next request with their key is 401 on each process; the members list hides them', async () => {
      expect(await admin(['deactivate-user', 'deactivated@example.com'])).toMatchObject({ is_active: false });
      for (const call of callers.deactivated) {
        const response = await call('GET', `${org}/members/`);
        expect([response.status, response.json]).toEqual([401, DISABLED]);
      }
      for (const call of callers.owner) {
        const members = await call('GET', `${org}/members/`);
        expect(members.json.results.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual([
          'owner@example.com',
          'revoked@example.com',
        ]);
      }
    });

    it('a download link issued by one process is served by the other; forged and far-future links are 403', async () => {
      const [a] = callers.owner;
      const created = await a('POST', `${org}/legal_documents/`, {
        document_type: 'BAA',
        company_name: 'Hogflix Ltd',
        company_address: '2 Hedgehog Lane, London',
        representative_email: 'legal@hogflix.com',
      });
      expect(created.status, created.text).toBe(201);
      const organizationId = org.split('/').at(-1) ?? '';
      const file = { organizationId, documentId: created.json.id as string };
      const store = await openStore(database.url);
      let databaseKey: Buffer;
      try {
        await store.markLegalDocumentSigned(organizationId, file.documentId, new TextEncoder().encode(PDF));
        databaseKey = await fileSigningKey({ store, settings: {} });
      } finally {
        await store.close();
      }

      const redirect = await fetch(`${urls[0]}${org}/legal_documents/${file.documentId}/download/`, {
        headers: { Authorization: `Bearer ${ownerKey}` },
        redirect: 'manual',
      });
      expect(redirect.status).toBe(302);
      const location = new URL(redirect.headers.get('location') ?? '');
      expect(location.origin).toBe(urls[0]);
      const served = await fetch(`${urls[1]}${location.pathname}${location.search}`);
      expect([served.status, await served.text()]).toEqual([200, PDF]);

      // What anyone knowing DATABASE_URL could sign before, and a link signed with the real key for the year 5000.
      const derived = createHash('sha256')
        .update(`org-api legal-document-files v1\0${database.url}`)
        .digest();
      const forged = [
        signFilePath(derived, file, new Date()),
        signFilePath(databaseKey, file, new Date(Date.UTC(5000, 0, 1) - 60_000)),
      ];
      for (const path of forged) {
        for (const url of urls) {
          const response = await fetch(`${url}${path}`);
          expect([path, response.status, await response.json()]).toEqual([path, 403, INVALID_LINK]);
        }
      }
    });

    afterAll(async () => {
      for (const child of spawned) if (!child.isClosed()) child.signalGroup('SIGTERM');
      await Promise.all(spawned.map((child) => waitForClose(child)));
      await database?.drop();
    }, SETUP_TIMEOUT_MS);
  },
);
