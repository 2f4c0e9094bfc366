import { fixturesCommand } from '../../src/cli/fixtures-command.js';
import type { Store } from '../../src/store/store.js';
import { writeJson } from './json-text.js';
import { type FuzzCase, percentEncode } from './request-cases.js';
import type { FuzzOperation } from './spec-operations.js';

/** A request as it goes on the wire: the target is the raw path and query, the body raw bytes. */
export interface WireRequest {
  method: string;
  host: string;
  target: string;
  headers: Array<[string, string]>;
  body: Uint8Array<ArrayBuffer> | null;
}

/** A response read completely. */
export interface WireAnswer {
  status: number;
  contentType: string | null;
  text: string;
}

/** Sends a wire request to the server under test (in-process `app.fetch`, or real HTTP). */
export type SendWire = (request: WireRequest) => Promise<WireAnswer>;

/** What the fuzzer's requests refer to: keys by role, and ids by path collection (`projects`), own and another's. */
export interface FuzzWorld {
  roles: string[];
  keys: Record<string, string>;
  ids: Record<string, { own: string[]; other: string[] }>;
}

interface Fixtures {
  organizationId: string;
  otherOrganizationId: string;
  disposableOrganizationId: string;
  tokens: Record<string, string> & { scoped: Record<string, string> };
  users: Record<string, { uuid: string }>;
}

/**
 * Seeds the world with the admin CLI's `fixtures` (organization A with owner, admin, member, a no-scope key and one
 * key per scope; organization B; a disposable organization), then creates through the API, in A as its owner and in
 * B as B's owner, a project, a legal document and an invite each.
 */
export async function seedFuzzWorld(store: Store, send: SendWire): Promise<FuzzWorld> {
  const fixtures = (await fixturesCommand.run(store, {}, { now: new Date(), env: {} })) as Fixtures;
  const { scoped, ...plain } = fixtures.tokens;
  const keys: Record<string, string> = { ...plain };
  for (const [scope, key] of Object.entries(scoped)) keys[`scoped:${scope}`] = key;
  const create = async (key: string, organization: string, collection: string, body: object) => {
    const answer = await send({
      method: 'POST',
      host: 'localhost',
      target: `/api/organizations/${organization}/${collection}/`,
      headers: [
        ['authorization', `Bearer ${key}`],
        ['content-type', 'application/json'],
      ],
      body: new TextEncoder().encode(JSON.stringify(body)),
    });
    if (answer.status !== 201) throw new Error(`seeding ${collection}: ${answer.status} ${answer.text}`);
    return String((JSON.parse(answer.text) as { id: string | number }).id);
  };
  const resources = async (key: string, organization: string) => ({
    projects: [await create(key, organization, 'projects', { name: 'Fuzzed' })],
    legal_documents: [
      await create(key, organization, 'legal_documents', {
        document_type: 'DPA',
        company_name: 'Fuzz Ltd',
        company_address: '1 Fuzz Lane',
        representative_email: 'legal@fuzz.example.com',
      }),
    ],
    invites: [
      await create(key, organization, 'invites', { target_email: `invitee-${organization}@example.com` }),
    ],
  });
  const own = await resources(fixtures.tokens.owner as string, fixtures.organizationId);
  const other = await resources(fixtures.tokens.otherOrg as string, fixtures.otherOrganizationId);
  const uuid = (role: string) => fixtures.users[role]?.uuid as string;
  return {
    roles: Object.keys(keys),
    keys,
    ids: {
      organizations: { own: [fixtures.organizationId], other: [fixtures.otherOrganizationId] },
      members: {
        own: [uuid('owner'), uuid('admin'), uuid('member')],
        other: [uuid('otherOwner'), uuid('disposableOwner')],
      },
      projects: { own: own.projects, other: other.projects },
      legal_documents: { own: own.legal_documents, other: other.legal_documents },
      invites: { own: own.invites, other: other.invites },
    },
  };
}

const AUTH_FORMS = {
  Bearer: (key: string) => `Bearer ${key}`,
  bearer: (key: string) => `bearer ${key}`,
  Token: (key: string) => `Token ${key}`,
  'double-space': (key: string) => `Bearer  ${key}`,
  truncated: (key: string) => `Bearer ${key.slice(0, -1)}`,
  extended: (key: string) => `Bearer ${key}x`,
};

/** The wire request of a generated case (a body on GET/HEAD is dropped: no client can send one). */
export function buildWireRequest(world: FuzzWorld, operation: FuzzOperation, sent: FuzzCase): WireRequest {
  let path = operation.path;
  operation.pathParameters.forEach(({ name, collection }, index) => {
    const choice = sent.segments[index];
    let value = '';
    if (choice && 'text' in choice) value = choice.text;
    else if (choice) {
      const ids = world.ids[collection]?.[choice.fixture] ?? [];
      value = ids[choice.index % ids.length] ?? '';
    }
    path = path.replace(`{${name}}`, value);
  });
  if (sent.pathShape === 'no-trailing-slash') path = path.slice(0, -1);
  if (sent.pathShape === 'double-slash') path = path.replace('/organizations/', '/organizations//');
  if (sent.pathShape === 'extra-segment') path = `${path}extra/`;
  if (sent.pathShape === 'upper-case') path = path.replace('/api/', '/API/');
  const target = sent.query.length > 0 ? `${path}?${sent.query.join('&')}` : path;

  const headers: Array<[string, string]> = [...sent.headers];
  if (sent.auth && 'header' in sent.auth) headers.push(['authorization', sent.auth.header]);
  else if (sent.auth)
    headers.push(['authorization', AUTH_FORMS[sent.auth.form](world.keys[sent.auth.role] ?? '')]);
  const body = sent.method === 'GET' || sent.method === 'HEAD' ? null : bodyBytes(sent.body);
  if (body !== null && sent.contentType !== null) headers.push(['content-type', sent.contentType]);
  return { method: sent.method, host: sent.host, target, headers, body };
}

function bodyBytes(body: FuzzCase['body']): Uint8Array<ArrayBuffer> | null {
  if (body === null) return null;
  if ('bytes' in body) return Uint8Array.from(body.bytes);
  const text =
    'json' in body
      ? writeJson(body.json)
      : 'form' in body
        ? body.form.map(([key, value]) => `${percentEncode(key)}=${percentEncode(value)}`).join('&')
        : body.text;
  return new TextEncoder().encode(text);
}

/** Sends wire requests to an in-process app through `fetch(Request)`. */
export function sendThroughFetch(fetch: (request: Request) => Promise<Response>): SendWire {
  return async (wire) => {
    const request = new Request(`http://${wire.host}${wire.target}`, {
      method: wire.method,
      headers: wire.headers,
      body: wire.body,
    });
    const response = await fetch(request);
    return {
      status: response.status,
      contentType: response.headers.get('content-type'),
      text: await response.text(),
    };
  };
}
