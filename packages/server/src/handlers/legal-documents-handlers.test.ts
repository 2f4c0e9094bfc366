import type { RequestSchema } from '@org-api/client';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEnv } from '../http/app-env.js';
import { silentLogger } from '../http/logger.js';
import { ORGANIZATION_ACCESS_INSUFFICIENT } from '../rules/projects-access.js';
import { registerLegalDocumentDownloadRoute } from './legal-document-download-route.js';
import { fileSigningKey, signFilePath } from './legal-documents-file-signing.js';
import {
  DOCUMENT_NOT_SIGNED_MESSAGE,
  duplicateDocumentMessage,
  SIGNED_DOCUMENT_DELETE_MESSAGE,
} from './legal-documents-handlers.js';
import {
  type ApiClient,
  createHandlerHarness,
  type HandlerHarness,
  type SeededOrg,
  STORE_KINDS,
} from './test-support/handler-harness.js';

type CreateBody = RequestSchema<'CreateLegalDocument'>;

const DOCUMENTS = '/api/organizations/{organization_id}/legal_documents/';
const DOCUMENT = '/api/organizations/{organization_id}/legal_documents/{id}/';
const DOWNLOAD = '/api/organizations/{organization_id}/legal_documents/{id}/download/';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a';
const NOT_FOUND = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };
const PDF = new TextEncoder().encode('%PDF-1.7\nsigned BAA\n%%EOF\n');
const denied = (detail: string) => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
});
const body = (document_type: 'BAA' | 'DPA'): CreateBody => ({
  document_type,
  company_name: 'Hogflix Ltd',
  company_address: '2 Hedgehog Lane, London',
  representative_email: 'legal@hogflix.com',
});

describe.each(STORE_KINDS)('legal documents handlers (%s)', (kind) => {
  let h: HandlerHarness;
  /** The file route on its own app (what `createApp` mounts), sharing the harness's store and clock. */
  let files: Hono<AppEnv>;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
    files = new Hono<AppEnv>();
    files.use('*', async (c, next) => {
      c.set('deps', { store: h.store, clock: h.clock, mailer: null, settings: {}, logger: silentLogger });
      await next();
    });
    registerLegalDocumentDownloadRoute(files);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  const orgPath = (org: SeededOrg) => ({ organization_id: org.organization.id });
  const create = (client: ApiClient, org: SeededOrg, type: 'BAA' | 'DPA') =>
    client.POST(DOCUMENTS, { params: { path: orgPath(org) }, body: body(type) });
  const list = (client: ApiClient, org: SeededOrg, query: { limit?: number; offset?: number } = {}) =>
    client.GET(DOCUMENTS, { params: { path: orgPath(org), query } });
  const get = (client: ApiClient, org: SeededOrg, id: string) =>
    client.GET(DOCUMENT, { params: { path: { ...orgPath(org), id } } });
  const destroy = (client: ApiClient, org: SeededOrg, id: string) =>
    client.DELETE(DOCUMENT, { params: { path: { ...orgPath(org), id } } });
  const download = (client: ApiClient, org: SeededOrg, id: string) =>
    client.GET(DOWNLOAD, { params: { path: { ...orgPath(org), id } } });
  /** A document created over HTTP by the owner, then signed (with `pdf`) in the store. */
  const signedDocument = async (org: SeededOrg, type: 'BAA' | 'DPA', pdf: Uint8Array | null = PDF) => {
    const { data } = await create(org.owner.client, org, type);
    const id = data?.id ?? '';
    await h.store.markLegalDocumentSigned(org.organization.id, id, pdf);
    return id;
  };

  it('creates a document (201) for admins, submitted for signature, with its creator', async () => {
    const org = await h.seedOrg();
    const { data, response } = await create(org.admin.client, org, 'DPA');
    expect(response.status).toBe(201);
    expect(data).toEqual({
      id: expect.stringMatching(UUID),
      document_type: 'DPA',
      company_name: 'Hogflix Ltd',
      representative_email: 'legal@hogflix.com',
      status: 'submitted_for_signature',
      created_by: { first_name: 'Adam', email: org.admin.user.email },
      created_at: h.clock.now().toISOString(),
    });
    const retrieved = await get(org.owner.client, org, data?.id ?? '');
    expect([retrieved.response.status, retrieved.data]).toEqual([200, data]);
  });

  it('allows one document per type (400 attr document_type); deleting frees the type', async () => {
    const org = await h.seedOrg();
    const first = await create(org.owner.client, org, 'BAA');
    const again = await create(org.admin.client, org, 'BAA');
    expect([again.response.status, again.error]).toEqual([
      400,
      {
        type: 'validation_error',
        code: 'invalid_input',
        detail: duplicateDocumentMessage('BAA'),
        attr: 'document_type',
      },
    ]);
    expect(duplicateDocumentMessage('BAA')).toBe(
      'Your organization already has a BAA. Contact support if you need a new one.',
    );
    expect((await create(org.owner.client, org, 'DPA')).response.status).toBe(201);
    expect((await destroy(org.owner.client, org, first.data?.id ?? '')).response.status).toBe(204);
    expect((await create(org.admin.client, org, 'BAA')).response.status).toBe(201);
  });

  it('gives exactly one 201 and one 400 to two concurrent creates of one type', async () => {
    for (let round = 0; round < 3; round++) {
      const org = await h.seedOrg();
      const results = await Promise.all([
        create(org.owner.client, org, 'DPA'),
        create(org.admin.client, org, 'DPA'),
      ]);
      expect(results.map((result) => result.response.status).sort()).toEqual([201, 400]);
      expect((await list(org.owner.client, org)).data?.count).toBe(1);
    }
  });

  it('lists newest first with pagination; other organizations’ documents stay invisible', async () => {
    const org = await h.seedOrg();
    const other = await h.seedOrg();
    const foreign = await create(other.owner.client, other, 'BAA');
    const older = await create(org.owner.client, org, 'BAA');
    h.clock.advance(1000);
    const newer = await create(org.owner.client, org, 'DPA');
    const { data } = await list(org.admin.client, org);
    expect(data).toMatchObject({ count: 2, next: null, previous: null });
    expect(data?.results.map((document) => document.id)).toEqual([newer.data?.id, older.data?.id]);
    const page = await list(org.admin.client, org, { limit: 1 });
    expect(page.data?.next).toBe(
      `http://localhost/api/organizations/${org.organization.id}/legal_documents/?limit=1&offset=1`,
    );
    const foreignId = foreign.data?.id ?? '';
    for (const call of [get, destroy, download]) {
      const { response, error } = await call(org.owner.client, org, foreignId);
      expect([response.status, error]).toEqual([404, NOT_FOUND]);
    }
  });

  it('refuses members on every method (403)', async () => {
    const org = await h.seedOrg();
    const { data } = await create(org.owner.client, org, 'DPA');
    const id = data?.id ?? '';
    const calls = [
      list(org.member.client, org),
      create(org.member.client, org, 'BAA'),
      get(org.member.client, org, id),
      destroy(org.member.client, org, id),
      download(org.member.client, org, id),
    ];
    for (const { response, error } of await Promise.all(calls)) {
      expect([response.status, error]).toEqual([403, denied(ORGANIZATION_ACCESS_INSUFFICIENT)]);
    }
    expect((await list(org.owner.client, org)).data?.count).toBe(1);
  });

  // A non-UUID id is answered by the generated param validator (400) before any handler runs: see the report.
  it('answers 404 for unknown ids', async () => {
    const org = await h.seedOrg();
    for (const call of [get, destroy, download]) {
      const { response, error } = await call(org.owner.client, org, UNKNOWN_ID);
      expect([response.status, error]).toEqual([404, NOT_FOUND]);
    }
  });

  it('refuses to delete a signed document (403) and keeps it', async () => {
    const org = await h.seedOrg();
    const id = await signedDocument(org, 'BAA');
    const { response, error } = await destroy(org.owner.client, org, id);
    expect([response.status, error]).toEqual([403, denied(SIGNED_DOCUMENT_DELETE_MESSAGE)]);
    expect((await get(org.owner.client, org, id)).data?.status).toBe('signed');
  });

  describe('download', () => {
    it('answers 404 before the document is signed, and while a signed document has no PDF', async () => {
      const org = await h.seedOrg();
      const { data } = await create(org.owner.client, org, 'DPA');
      const notSigned = {
        type: 'invalid_request',
        code: 'not_found',
        detail: DOCUMENT_NOT_SIGNED_MESSAGE,
        attr: null,
      };
      const before = await download(org.owner.client, org, data?.id ?? '');
      expect([before.response.status, before.error]).toEqual([404, notSigned]);
      const withoutPdf = await signedDocument(org, 'BAA', null);
      const after = await download(org.owner.client, org, withoutPdf);
      expect([after.response.status, after.error]).toEqual([404, notSigned]);
    });

    it('redirects (302) to a 60-second signed URL that serves the PDF', async () => {
      const org = await h.seedOrg();
      const id = await signedDocument(org, 'BAA');
      const { response } = await download(org.admin.client, org, id);
      expect(response.status).toBe(302);
      const location = new URL(response.headers.get('location') ?? '');
      const expires = Math.floor(h.clock.now().getTime() / 1000) + 60;
      expect(`${location.origin}${location.pathname}`).toBe(
        `http://localhost/legal-document-files/${org.organization.id}/${id}`,
      );
      expect(location.searchParams.get('expires')).toBe(String(expires));
      expect(location.searchParams.get('signature')).toMatch(/^[0-9a-f]{64}$/);

      h.clock.advance(60_000);
      const file = await files.request(location.href);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('application/pdf');
      expect(file.headers.get('content-disposition')).toBe(`attachment; filename="legal-document-${id}.pdf"`);
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);

      h.clock.advance(1000);
      const expired = await files.request(location.href);
      expect([expired.status, await expired.json()]).toEqual([
        410,
        {
          type: 'invalid_request',
          code: 'link_expired',
          detail: 'This download link has expired.',
          attr: null,
        },
      ]);
    });

    it('refuses tampered, foreign and unsigned URLs (403)', async () => {
      const org = await h.seedOrg();
      const id = await signedDocument(org, 'BAA');
      const other = await signedDocument(org, 'DPA');
      const location = new URL(
        (await download(org.owner.client, org, id)).response.headers.get('location') ?? '',
      );
      const expires = location.searchParams.get('expires') ?? '';
      const signature = location.searchParams.get('signature') ?? '';
      const flipped = `${signature[0] === 'a' ? 'b' : 'a'}${signature.slice(1)}`;
      const base = `http://localhost/legal-document-files/${org.organization.id}`;
      const tampered = [
        `${base}/${id}?expires=${expires}&signature=${flipped}`,
        `${base}/${id}?expires=${Number(expires) + 3600}&signature=${signature}`,
        `${base}/${other}?expires=${expires}&signature=${signature}`,
        `${base}/${id}?expires=${expires}`,
        `${base}/${id}`,
      ];
      for (const url of tampered) {
        const response = await files.request(url);
        expect([url, response.status, await response.json()]).toEqual([
          url,
          403,
          {
            type: 'authentication_error',
            code: 'permission_denied',
            detail: 'This download link is invalid.',
            attr: null,
          },
        ]);
      }
    });

    it('refuses (403) a link valid until the year 5000, even signed with the database key', async () => {
      const org = await h.seedOrg();
      const id = await signedDocument(org, 'BAA');
      const key = await fileSigningKey({ store: h.store, settings: {} });
      const year5000 = new Date(Date.UTC(5000, 0, 1) - 60_000); // + the 60 s lifetime = 5000-01-01T00:00:00Z
      const path = signFilePath(key, { organizationId: org.organization.id, documentId: id }, year5000);
      expect(path).toContain('?expires=95617584000&signature=');
      const response = await files.request(`http://localhost${path}`);
      expect([response.status, await response.json()]).toEqual([
        403,
        {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'This download link is invalid.',
          attr: null,
        },
      ]);
    });

    it('answers 404 on a valid URL whose document was removed meanwhile', async () => {
      const org = await h.seedOrg();
      const id = await signedDocument(org, 'DPA');
      const location = (await download(org.owner.client, org, id)).response.headers.get('location') ?? '';
      await h.store.markLegalDocumentSigned(org.organization.id, id, null);
      const response = await files.request(location);
      expect([response.status, await response.json()]).toEqual([404, NOT_FOUND]);
    });
  });
});
