import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiError,
  collectAll,
  createOrganizationsClient,
  type OrganizationsClient,
  paginate,
  unwrap,
} from '@org-api/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../../src/generated/operations.gen.js';
import {
  createApp,
  issuePersonalApiKey,
  loadConfig,
  type RunningServer,
  startServer,
  systemClock,
} from '../../src/index.js';

// Every operation of the spec called through the client against the reference server, in-process
// (`fetch: app.fetch`) on a real SQLite file in a temp dir, with the server's response validation on.
// The server process-level pieces (store, migrations) come from `startServer`, its public entry point.

const ORG = '/api/organizations/{organization_id}' as const;
let dir: string;
let running: RunningServer;
let client: OrganizationsClient;
let memberClient: OrganizationsClient;
let orgId: string;
let userUuids: string[];
const called = new Set<string>();
const requests: string[] = [];

async function createUser(email: string, first_name: string) {
  const created = await running.store.createUser({ email, first_name, last_name: 'Test' });
  if (!created.ok) throw new Error(`could not create ${email}`);
  return created.user;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'client-reference-'));
  running = await startServer({
    config: {
      ...loadConfig({ FAST_PATH: process.env.FAST_PATH }),
      port: 0,
      databaseUrl: `sqlite:${join(dir, 'api.db')}`,
      validateResponses: true,
    },
    print: () => undefined,
    writeLog: () => undefined,
  });
  const { store } = running;
  const organization = await store.createOrganization({ name: 'Acme' });
  orgId = organization.id;
  const owner = await createUser('olga@acme.example', 'Olga');
  await store.addMember(orgId, owner.id, 15);
  const members = [];
  for (let i = 1; i <= 6; i++) {
    const user = await createUser(`member${i}@acme.example`, `Member${i}`);
    await store.addMember(orgId, user.id, 1);
    members.push(user);
  }
  userUuids = [owner.uuid, ...members.map((m) => m.uuid)];
  for (const name of ['Zapier', 'Retool', 'Metabase']) {
    await store.createOAuthApplication({
      organization_id: orgId,
      name,
      redirect_uris: 'https://a.example/cb',
    });
  }
  const ownerKey = await issuePersonalApiKey(store, {
    userId: owner.id,
    label: 'client tests',
    scopes: ['*'],
  });
  const memberKey = await issuePersonalApiKey(store, {
    userId: members[0]?.id ?? 0,
    label: 'm',
    scopes: ['*'],
  });
  const app = createApp({
    store,
    clock: systemClock,
    mailer: null,
    config: { validateResponses: true },
  });
  const make = (apiKey: string) =>
    createOrganizationsClient({ baseUrl: 'http://localhost:8000', apiKey, fetch: app.fetch, retry: false });
  client = make(ownerKey.value);
  memberClient = make(memberKey.value);
  client.use({
    onRequest({ request, schemaPath }) {
      called.add(`${request.method} ${schemaPath}`);
      requests.push(request.url);
    },
  });
}, 60_000);

afterAll(async () => {
  await running?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const path = () => ({ organization_id: orgId });

describe('members', () => {
  it('walks the multi-page members list exactly once per member', async () => {
    const pages = requests.length;
    const uuids: string[] = [];
    for await (const member of paginate(client, `${ORG}/members/`, {
      params: { path: path() },
      pageSize: 3,
    })) {
      uuids.push(member.user.uuid);
    }
    expect(uuids).toHaveLength(7);
    expect([...uuids].sort()).toEqual([...userUuids].sort());
    expect(requests.slice(pages).map((url) => new URL(url).search)).toEqual([
      '?limit=3',
      '?limit=3&offset=3',
      '?limit=3&offset=6',
    ]);
  });

  it('updates a level, reads github_login and scoped_api_keys, removes a member', async () => {
    const target = userUuids[1] as string;
    const params = { path: { ...path(), user__uuid: target } };
    const patched = await unwrap(
      client.PATCH(`${ORG}/members/{user__uuid}/`, { params, body: { level: 8 } }),
    );
    expect([patched.user.uuid, patched.level]).toEqual([target, 8]);
    expect(await unwrap(client.GET(`${ORG}/members/{user__uuid}/github_login/`, { params }))).toEqual({
      github_login: null,
    });
    const keys = await unwrap(
      client.GET(`${ORG}/members/{user__uuid}/scoped_api_keys/`, {
        params: { path: { ...path(), user__uuid: '@me' } },
      }),
    );
    expect(keys).toMatchObject({ has_keys: true, keys: [{ name: 'client tests' }] });
    const removed = await client.DELETE(`${ORG}/members/{user__uuid}/`, { params });
    expect(removed.response.status).toBe(204);
    const remaining = await collectAll(client, `${ORG}/members/`, { params: { path: path() } });
    expect(remaining.map((m) => m.user.uuid)).not.toContain(target);
  });

  it('throws ApiError carrying the upstream body when a member edits the owner', async () => {
    const params = { path: { ...path(), user__uuid: userUuids[0] as string } };
    const result = await memberClient.PATCH(`${ORG}/members/{user__uuid}/`, { params, body: { level: 1 } });
    expect(result.response.status).toBe(403);
    expect(result.error).toMatchObject({
      type: 'authentication_error',
      code: 'permission_denied',
      attr: null,
    });
    const error = await unwrap(result).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, method: 'PATCH', ...result.error });
  });
});

describe('invites', () => {
  it('creates, lists, bulk-creates, delegates and deletes invites', async () => {
    const params = { path: path() };
    const invite = await unwrap(
      client.POST(`${ORG}/invites/`, { params, body: { target_email: 'new@acme.example', level: 8 } }),
    );
    expect(invite).toMatchObject({ target_email: 'new@acme.example', level: 8, is_expired: false });
    const bulk = await unwrap(
      client.POST(`${ORG}/invites/bulk/`, {
        params,
        body: [{ target_email: 'b1@acme.example' }, { target_email: 'b2@acme.example', first_name: 'Bea' }],
      }),
    );
    expect(bulk.map((i) => i.target_email)).toEqual(['b1@acme.example', 'b2@acme.example']);
    const delegated = await unwrap(
      client.POST(`${ORG}/invites/delegate/`, { params, body: { target_email: 'cto@acme.example' } }),
    );
    expect(delegated).toMatchObject({ target_email: 'cto@acme.example', level: 8 });
    const listed = await collectAll(client, `${ORG}/invites/`, { params, pageSize: 2 });
    expect(listed.map((i) => i.target_email).sort()).toEqual([
      'b1@acme.example',
      'b2@acme.example',
      'cto@acme.example',
      'new@acme.example',
    ]);
    const deleted = await client.DELETE(`${ORG}/invites/{id}/`, {
      params: { path: { ...path(), id: invite.id } },
    });
    expect(deleted.response.status).toBe(204);
    expect((await collectAll(client, `${ORG}/invites/`, { params })).length).toBe(3);
  });
});

describe('oauth applications', () => {
  it('lists the organization applications', async () => {
    const apps = await collectAll(client, `${ORG}/oauth_applications/`, {
      params: { path: path() },
      pageSize: 2,
    });
    expect(apps.map((a) => a.name).sort()).toEqual(['Metabase', 'Retool', 'Zapier']);
    expect(apps[0]?.redirect_uris_list).toEqual(['https://a.example/cb']);
  });
});

describe('legal documents', () => {
  it('creates, lists, retrieves, refuses to download while unsigned, deletes', async () => {
    const params = { path: path() };
    const body = {
      document_type: 'DPA' as const,
      company_name: 'Acme Inc.',
      company_address: '1 Main St, Springfield',
      representative_email: 'legal@acme.example',
    };
    const document = await unwrap(client.POST(`${ORG}/legal_documents/`, { params, body }));
    expect(document).toMatchObject({ document_type: 'DPA', status: 'submitted_for_signature' });
    const docParams = { path: { ...path(), id: document.id } };
    expect((await collectAll(client, `${ORG}/legal_documents/`, { params })).map((d) => d.id)).toEqual([
      document.id,
    ]);
    expect(await unwrap(client.GET(`${ORG}/legal_documents/{id}/`, { params: docParams }))).toEqual(document);
    const download = await client.GET(`${ORG}/legal_documents/{id}/download/`, {
      params: docParams,
      redirect: 'manual',
    });
    expect(download.response.status).toBe(404);
    const deleted = await client.DELETE(`${ORG}/legal_documents/{id}/`, { params: docParams });
    expect(deleted.response.status).toBe(204);
  });

  it('redirects the download of a signed document (redirect: manual keeps the 302)', async () => {
    const params = { path: path() };
    const body = {
      document_type: 'DPA' as const,
      company_name: 'Acme Inc.',
      company_address: '1 Main St, Springfield',
      representative_email: 'legal@acme.example',
    };
    const document = await unwrap(client.POST(`${ORG}/legal_documents/`, { params, body }));
    await running.store.markLegalDocumentSigned(orgId, document.id, new TextEncoder().encode('%PDF-1.7'));
    const docParams = { path: { ...path(), id: document.id } };
    const download = await client.GET(`${ORG}/legal_documents/{id}/download/`, {
      params: docParams,
      redirect: 'manual',
    });
    expect(download.response.status).toBe(302);
    expect(download.response.headers.get('location')).toMatch(/\S/);
  });
});

describe('projects', () => {
  it('creates, lists, retrieves, patches and deletes a project', async () => {
    const params = { path: path() };
    const project = await unwrap(client.POST(`${ORG}/projects/`, { params, body: { name: 'Web app' } }));
    expect(project.name).toBe('Web app');
    const projectParams = { path: { ...path(), id: project.id } };
    const listed = await collectAll(client, `${ORG}/projects/`, { params });
    expect(listed.map((p) => p.id)).toContain(project.id);
    expect((await unwrap(client.GET(`${ORG}/projects/{id}/`, { params: projectParams }))).id).toBe(
      project.id,
    );
    const patched = await unwrap(
      client.PATCH(`${ORG}/projects/{id}/`, { params: projectParams, body: { name: 'Web app (prod)' } }),
    );
    expect(patched.name).toBe('Web app (prod)');
    expect((await client.DELETE(`${ORG}/projects/{id}/`, { params: projectParams })).response.status).toBe(
      204,
    );
  });
});

describe('coverage', () => {
  it('called every operation of the spec', () => {
    const all = Object.values(operations).map((op) => `${op.method.toUpperCase()} ${op.path}`);
    expect(all).toHaveLength(21);
    expect([...called].sort()).toEqual(all.sort());
  });
});
