import {
  bearer,
  bulkCreatedAnyway,
  errorBody,
  type Mutant,
  rebuild,
  requestJson,
  route,
} from './proxy-helpers.js';

const MEMBER_ITEM = /^\/members\/([^/]+)\/$/;
const isLevelChange = (body: unknown, min: number) =>
  typeof (body as { level?: unknown } | undefined)?.level === 'number' &&
  ((body as { level: number }).level ?? 0) >= min;

/** Defects that change what the server does with a request (authorization, tenancy, validation, writes). */
export const REQUEST_MUTANTS: Mutant[] = [
  {
    name: 'missing scope check (a key without the scope acts as one with it)',
    message: /^Token without scope \S+ was allowed \(20[01]\)$/,
    caughtBy: 'scope_enforcement',
    build:
      ({ real, fixtures }) =>
      async (req) =>
        real(
          bearer(req) === fixtures.tokens.noScope
            ? await rebuild(req, { token: fixtures.tokens.owner })
            : req,
        ),
  },
  {
    name: 'authentication not enforced (no credentials = the owner)',
    message: /^Authentication declared but not enforced: without credentials got 20[01]$/,
    caughtBy: 'ignored_auth',
    build:
      ({ real, fixtures }) =>
      async (req) =>
        real(req.headers.has('authorization') ? req : await rebuild(req, { token: fixtures.tokens.owner })),
  },
  {
    name: "cross-organization read (another organization's path answers with this organization's data)",
    message: /^Tenant isolation broken: this token on another organization's path got 200$/,
    caughtBy: 'tenant_isolation',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        const { org, url } = route(req);
        if (req.method !== 'GET' || org !== fixtures.otherOrganizationId) return real(req);
        url.pathname = url.pathname.replace(org, fixtures.organizationId);
        return real(await rebuild(req, { url }));
      },
  },
  {
    name: 'off-by-one offset (offset n serves items from n+1)',
    message: /^Pagination walk \(limit 2\): walk visited \d+ distinct items but count is \d+$/,
    caughtBy: 'pagination',
    build:
      ({ real }) =>
      async (req) => {
        const { url } = route(req);
        const offset = Number(url.searchParams.get('offset') ?? 0);
        if (req.method !== 'GET' || !(offset > 0)) return real(req);
        url.searchParams.set('offset', String(offset + 1));
        return real(await rebuild(req, { url }));
      },
  },
  {
    name: 'accepted invalid enum (an unknown members order falls back to the default)',
    message:
      /^Invalid data accepted with 200: query 'order': "contract-not-in-enum" is not one of the enum values$/,
    caughtBy: 'negative_data_rejection',
    build:
      ({ real }) =>
      async (req) => {
        const { rest, url } = route(req);
        const order = url.searchParams.get('order');
        if (req.method !== 'GET' || rest !== '/members/' || order === null) return real(req);
        if (order === '-joined_at' || order === 'joined_at') return real(req);
        url.searchParams.set('order', '-joined_at');
        return real(await rebuild(req, { url }));
      },
  },
  {
    name: 'valid data rejected (any optional project property is refused)',
    message: /^Valid data rejected with 400: Unexpected field '\w+'\.$/,
    caughtBy: 'positive_data_acceptance',
    maxExamples: 3,
    build:
      ({ real }) =>
      async (req) => {
        const { rest } = route(req);
        const body = await requestJson(req);
        const extra =
          req.method === 'POST' && rest === '/projects/' && body && typeof body === 'object'
            ? Object.keys(body).find((k) => k !== 'name')
            : undefined;
        if (extra === undefined) return real(req);
        return errorBody(400, 'validation_error', 'invalid_input', `Unexpected field '${extra}'.`, extra);
      },
  },
  {
    name: 'PATCH ignored (a project update answers 200 but changes nothing)',
    message: /^after patch: read does not return what was written \(/,
    caughtBy: 'read_after_write',
    build:
      ({ real }) =>
      async (req) => {
        const { rest } = route(req);
        if (req.method !== 'PATCH' || !/^\/projects\/[^/]+\/$/.test(rest)) return real(req);
        return real(await rebuild(req, { body: {} }));
      },
  },
  {
    name: 'non-atomic bulk invite (the valid items of a rejected batch are stored)',
    message:
      /^bulk create with one invalid item: the refused batch still created the invite for contract-3-bulk-2@example\.com$/,
    caughtBy: 'bulk_invite_atomicity',
    build: ({ real }) => bulkCreatedAnyway(real, 400),
  },
  {
    name: 'broken level rule: a member may raise their own level (@me)',
    message:
      /^member sets their own level to 8: expected 403 \(You can't change your own access level\.\), got 200$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        const { rest, url } = route(req);
        const target = MEMBER_ITEM.exec(rest)?.[1];
        const own = target === '@me' || target === fixtures.users.member?.uuid;
        if (req.method !== 'PATCH' || bearer(req) !== fixtures.tokens.member || !own) return real(req);
        if (!isLevelChange(await requestJson(req), 2)) return real(req);
        url.pathname = url.pathname.replace(/\/(@|%40)me\/$/, `/${fixtures.users.member?.uuid}/`);
        return real(await rebuild(req, { url, token: fixtures.tokens.owner }));
      },
  },
  {
    name: 'broken level rule: an admin may make a member owner',
    message:
      /^admin sets a member's level to 15: expected 403 \(You can only make another member owner if you're this organization's owner\.\), got 200$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        const { rest } = route(req);
        if (req.method !== 'PATCH' || !MEMBER_ITEM.test(rest) || bearer(req) !== fixtures.tokens.admin)
          return real(req);
        if (!isLevelChange(await requestJson(req), 15)) return real(req);
        return real(await rebuild(req, { token: fixtures.tokens.owner }));
      },
  },
  {
    name: 'broken level rule: an admin may remove an owner (answers 204)',
    message:
      /^admin removes an owner: expected 403 \(You can only edit others with level lower or equal to you\.\), got 204$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        const { rest } = route(req);
        const target = MEMBER_ITEM.exec(rest)?.[1];
        if (
          req.method === 'DELETE' &&
          bearer(req) === fixtures.tokens.admin &&
          target === fixtures.users.owner?.uuid
        )
          return new Response(null, { status: 204 });
        return real(req);
      },
  },
  {
    name: 'invite delete does nothing (answers 204, the invite stays)',
    message: /^deleted invite is still listed$/,
    caughtBy: 'invite_lifecycle',
    build:
      ({ real }) =>
      async (req) => {
        const { rest } = route(req);
        if (req.method === 'DELETE' && /^\/invites\/[^/]+\/$/.test(rest))
          return new Response(null, { status: 204 });
        return real(req);
      },
  },
  {
    name: 'second legal document of a type accepted (it replaces the first instead of a 400)',
    message: /^second (BAA|DPA) while one exists: expected 400, got 201$/,
    caughtBy: 'legal_document_uniqueness',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        const { rest, url } = route(req);
        const body = (await requestJson(req)) as { document_type?: unknown } | undefined;
        const response = await real(req.clone());
        if (req.method !== 'POST' || rest !== '/legal_documents/' || response.status !== 400) return response;
        const list = await real(await rebuild(req, { url, method: 'GET', token: fixtures.tokens.owner }));
        const existing = (
          (await list.json()) as { results?: Array<{ id: string; document_type: unknown }> }
        ).results?.find((d) => d.document_type === body?.document_type);
        if (!existing) return response;
        const item = new URL(`${existing.id}/`, url);
        await real(
          new Request(item, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${fixtures.tokens.owner}` },
          }),
        );
        return real(req);
      },
  },
];
