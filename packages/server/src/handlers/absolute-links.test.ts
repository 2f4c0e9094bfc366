import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALHOST_NAMES, REMEMBERED_HOSTS } from '../http/allowed-hosts.js';
import { createHandlerHarness, type HandlerHarness, type SeededOrg } from './test-support/handler-harness.js';

/**
 * The four places the server writes absolute URLs — pagination links, the trailing-slash 308, the legal document
 * download 302 (which carries the signed URL) and invite email links — with a forged host (link poisoning, as in
 * password-reset attacks). The host check and the links do not depend on the database: SQLite only.
 */
const PDF = new TextEncoder().encode('%PDF-1.4 signed');
const FORGED = 'http://evil.example';
const DISALLOWED = {
  type: 'invalid_request',
  code: 'disallowed_host',
  detail: "Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS.",
  attr: null,
};

/** Creates a legal document through the API, marks it signed and returns its id (its download is a redirect). */
async function signedDocument(h: HandlerHarness, org: SeededOrg, type: 'BAA' | 'DPA'): Promise<string> {
  const created = await org.owner.client.POST('/api/organizations/{organization_id}/legal_documents/', {
    params: { path: { organization_id: org.organization.id } },
    body: {
      document_type: type,
      company_name: 'Hogs',
      company_address: '1 Sty',
      representative_email: 'r@x.io',
    },
  });
  const documentId = created.data?.id ?? '';
  await h.store.markLegalDocumentSigned(org.organization.id, documentId, PDF);
  return documentId;
}

/** The four link-writing requests against `origin`, each answered as the test needs it. */
function linkRequests(h: HandlerHarness, org: SeededOrg, documentId: string) {
  const base = `/api/organizations/${org.organization.id}`;
  const auth = { Authorization: `Bearer ${org.owner.key}`, 'Content-Type': 'application/json' };
  const call = (origin: string, path: string, init: RequestInit = {}) =>
    h.fetch(new Request(`${origin}${base}${path}`, { ...init, headers: auth, redirect: 'manual' }));
  return {
    members: (origin: string) => call(origin, '/members/?limit=1'),
    withoutSlash: (origin: string) => call(origin, '/members?limit=1'),
    download: (origin: string) => call(origin, `/legal_documents/${documentId}/download/`),
    invite: (origin: string) =>
      call(origin, '/invites/', {
        method: 'POST',
        body: JSON.stringify({ target_email: h.email('invitee') }),
      }),
  };
}

describe('absolute URLs under a forged host (sqlite)', () => {
  let h: HandlerHarness;
  let org: SeededOrg;
  let requests: ReturnType<typeof linkRequests>;
  beforeAll(async () => {
    h = await createHandlerHarness('sqlite', { settings: { allowedHosts: [...LOCALHOST_NAMES] } });
    org = await h.seedOrg();
    requests = linkRequests(h, org, await signedDocument(h, org, 'BAA'));
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it.each(['members', 'withoutSlash', 'download', 'invite'] as const)(
    '%s: a host outside ALLOWED_HOSTS is 400 disallowed_host, before anything is done',
    async (name) => {
      const sent = h.mailer.sent.length;
      const response = await requests[name](FORGED);
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expect(await response.json()).toEqual(DISALLOWED);
      expect(h.mailer.sent.length).toBe(sent);
    },
  );

  it('a forged absolute request target is refused the same way, and a port changes nothing', async () => {
    expect((await requests.members('http://evil.example:8000')).status).toBe(400);
    const body = await (await requests.members('http://EVIL.example:8000')).json();
    expect(body.detail).toBe(
      "Invalid HTTP_HOST header: 'evil.example:8000'. You may need to add 'evil.example' to ALLOWED_HOSTS.",
    );
  });

  it('remembers allowed hosts only: past the hosts it remembers, allowed ones pass and forged ones are refused', async () => {
    expect((await requests.members(FORGED)).status).toBe(400);
    for (let port = 1; port <= REMEMBERED_HOSTS + 3; port += 1) {
      expect((await requests.members(`http://localhost:${port}`)).status).toBe(200);
    }
    expect((await requests.members(FORGED)).status).toBe(400);
    expect(await (await requests.members('http://evil.example:1')).json()).toEqual({
      ...DISALLOWED,
      detail:
        "Invalid HTTP_HOST header: 'evil.example:1'. You may need to add 'evil.example' to ALLOWED_HOSTS.",
    });
    expect((await requests.members('http://localhost:1')).status).toBe(200);
  });

  it('an allowed host (any port) gets every link on its own origin', async () => {
    const origin = 'http://127.0.0.1:8000';
    const members = await (await requests.members(origin)).json();
    expect(members.next).toBe(`${origin}/api/organizations/${org.organization.id}/members/?limit=1&offset=1`);
    expect((await requests.withoutSlash(origin)).headers.get('location')).toBe(
      `${origin}/api/organizations/${org.organization.id}/members/?limit=1`,
    );
    expect((await requests.download(origin)).headers.get('location')).toMatch(
      new RegExp(`^${origin}/legal-document-files/${org.organization.id}/`),
    );
    expect((await requests.invite(origin)).status).toBe(201);
    expect(h.mailer.sent.at(-1)?.text).toContain(`${origin}/signup/`);
  });
});

describe('absolute URLs with PUBLIC_URL (sqlite)', () => {
  let h: HandlerHarness;
  let org: SeededOrg;
  let requests: ReturnType<typeof linkRequests>;
  const PUBLIC = 'https://api.example.com/v1';
  beforeAll(async () => {
    const allowedHosts = [...LOCALHOST_NAMES, 'api.example.com', 'internal.example'];
    h = await createHandlerHarness('sqlite', { settings: { publicUrl: PUBLIC, allowedHosts } });
    org = await h.seedOrg();
    requests = linkRequests(h, org, await signedDocument(h, org, 'DPA'));
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it('builds every link on PUBLIC_URL whatever allowed host the request names', async () => {
    const origin = 'http://internal.example:8000';
    const base = `${PUBLIC}/api/organizations/${org.organization.id}`;
    expect((await (await requests.members(origin)).json()).next).toBe(`${base}/members/?limit=1&offset=1`);
    expect((await requests.withoutSlash(origin)).headers.get('location')).toBe(`${base}/members/?limit=1`);
    expect((await requests.download(origin)).headers.get('location')).toMatch(
      new RegExp(`^${PUBLIC}/legal-document-files/${org.organization.id}/`),
    );
    expect((await requests.invite(origin)).status).toBe(201);
    expect(h.mailer.sent.at(-1)?.text).toContain(`${PUBLIC}/signup/`);
    expect((await requests.members(FORGED)).status).toBe(400);
  });
});
