import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { createValidationHook, type ResponseValidators, validateResponse } from '@org-api/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { removeGenerated, writeGenerated } from '../round-trip/generated-app.js';

/** The parts of a Hono context the echo handlers use. */
interface EchoContext {
  req: { header(name: string): string | undefined; valid(target: string): unknown };
  json(body: unknown, status: 200): Response;
}

const specPath = fileURLToPath(new URL('../../../../openapi/organizations.yaml', import.meta.url));
const doc = parse(readFileSync(specPath, 'utf8'));

describe('openapi/organizations.yaml: whole-spec snapshots', () => {
  const files = emitServerFiles(doc);
  it.each(files.map((f) => [f.path, f.contents]))('%s', async (path, contents) => {
    await expect(contents).toMatchFileSnapshot(`./__snapshots__/organizations/${path}.snap`);
  });
});

const ORG = '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d';
const USER = '01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f';
const base = `/api/organizations/${ORG}`;
const error = (code: string, detail: string, attr: string | null) => ({
  type: 'validation_error',
  code,
  detail,
  attr,
});

describe('openapi/organizations.yaml: generated routes in-process', () => {
  let app: OpenAPIHono;
  let validators: ResponseValidators;

  beforeAll(async () => {
    const { load } = writeGenerated(doc, 'organizations-behaviour');
    const handlers = await load('handlers.gen.ts');
    const { operations } = await load('operations.gen.ts');
    validators = handlers.responseValidators;
    app = new OpenAPIHono({ defaultHook: createValidationHook() });
    const echo = (c: EchoContext) => {
      const type = c.req.header('content-type') ?? '';
      const body = type.includes('json')
        ? c.req.valid('json')
        : type.includes('form')
          ? c.req.valid('form')
          : undefined;
      return c.json({ params: c.req.valid('param'), query: c.req.valid('query'), body }, 200);
    };
    handlers.registerRoutes(app, Object.fromEntries(Object.keys(operations).map((id) => [id, echo])));
  });
  afterAll(() => removeGenerated('organizations-behaviour'));

  const send = (method: string, path: string, body?: unknown) =>
    app.request(`${base}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });

  it.each([1, 8, 15])('PATCH members: level %i is accepted', async (level) => {
    const res = await send('PATCH', `/members/${USER}/`, { level });
    expect((await res.json()).body).toEqual({ level });
  });

  it('PATCH members: level 2 → 400 invalid_choice', async () => {
    const res = await send('PATCH', `/members/${USER}/`, { level: 2 });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(error('invalid_choice', '"2" is not a valid choice.', 'level'));
  });

  it('PATCH members: read-only fields are ignored', async () => {
    const res = await send('PATCH', `/members/@me/`, { level: 8, id: 'x', joined_at: 'y', user: { id: 1 } });
    expect((await res.json()).body).toEqual({ level: 8 });
  });

  it('POST invites: valid body with defaults; read-only fields stripped; optional fields may be absent', async () => {
    const res = await send('POST', '/invites/', {
      target_email: 'ann@hogflix.com',
      id: 'x',
      is_expired: true,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).body).toEqual({
      target_email: 'ann@hogflix.com',
      first_name: '',
      level: 1,
      send_email: true,
      combine_pending_invites: false,
    });
  });

  it('POST invites: missing target_email → required', async () => {
    const res = await send('POST', '/invites/', { first_name: 'Ann' });
    expect(await res.json()).toEqual(error('required', 'This field is required.', 'target_email'));
  });

  it('POST invites: null / bad email / too long', async () => {
    expect(await (await send('POST', '/invites/', { target_email: null })).json()).toEqual(
      error('null', 'This field may not be null.', 'target_email'),
    );
    expect(await (await send('POST', '/invites/', { target_email: 'nope' })).json()).toEqual(
      error('invalid_input', 'Enter a valid email address.', 'target_email'),
    );
    expect(
      await (await send('POST', '/invites/', { target_email: `${'a'.repeat(250)}@hogflix.com` })).json(),
    ).toEqual(error('max_length', 'Ensure this field has no more than 254 characters.', 'target_email'));
  });

  it('POST invites: private_project_access items are validated with nested attrs', async () => {
    const res = await send('POST', '/invites/', {
      target_email: 'ann@hogflix.com',
      private_project_access: [
        { id: 1, level: 'member' },
        { id: 2, level: 'owner' },
      ],
    });
    expect(await res.json()).toEqual(
      error('invalid_choice', '"owner" is not a valid choice.', 'private_project_access__1__level'),
    );
  });

  it('POST invites: form body (the docs’ curl -d examples) is coerced', async () => {
    const res = await app.request(`${base}/invites/`, {
      method: 'POST',
      body: 'target_email=ann%40hogflix.com&level=8&send_email=false',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect((await res.json()).body).toMatchObject({
      target_email: 'ann@hogflix.com',
      level: 8,
      send_email: false,
    });
  });

  it('POST invites/bulk: more than 20 → 400 at the root', async () => {
    const res = await send(
      'POST',
      '/invites/bulk/',
      Array.from({ length: 21 }, (_, i) => ({ target_email: `u${i}@hogflix.com` })),
    );
    expect(await res.json()).toEqual(
      error('max_length', 'Ensure this field has no more than 20 elements.', null),
    );
  });

  it('GET invites: limit/offset coerced from the query, defaults applied', async () => {
    expect((await (await send('GET', '/invites/?limit=5')).json()).query).toEqual({ limit: 5, offset: 0 });
    expect((await (await send('GET', '/invites/')).json()).query).toEqual({ limit: 100, offset: 0 });
  });

  it('GET invites: limit out of range → 400', async () => {
    expect(await (await send('GET', '/invites/?limit=1001')).json()).toEqual(
      error('max_value', 'Ensure this value is less than or equal to 1000.', 'limit'),
    );
    expect(await (await send('GET', '/invites/?offset=-1')).json()).toEqual(
      error('min_value', 'Ensure this value is greater than or equal to 0.', 'offset'),
    );
  });

  it('GET projects/{id}: int64 id coerced, @current accepted', async () => {
    expect((await (await send('GET', '/projects/1234567890123/')).json()).params.id).toBe(1234567890123);
    expect((await (await send('GET', '/projects/@current/')).json()).params.id).toBe('@current');
  });

  it('organization_id: @current accepted', async () => {
    const res = await app.request('/api/organizations/@current/members/');
    expect(res.status).toBe(200);
  });

  it('response validators: the spec’s own success examples pass; a leaked field fails', () => {
    const paths = doc.paths as Record<
      string,
      Record<string, { operationId: string; responses: Record<string, unknown> }>
    >;
    let checked = 0;
    for (const item of Object.values(paths)) {
      for (const op of Object.values(item)) {
        for (const [status, response] of Object.entries(op.responses ?? {})) {
          const example = (response as { content?: Record<string, { example?: unknown }> }).content?.[
            'application/json'
          ]?.example;
          if (!status.startsWith('2') || example === undefined) continue;
          expect(
            validateResponse(validators, op.operationId, status, example),
            `${op.operationId} ${status}`,
          ).toEqual({ ok: true });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10);
    const memberExample = (paths['/api/organizations/{organization_id}/members/{user__uuid}/']?.patch
      ?.responses['200'] ?? {}) as {
      content?: Record<string, { example?: Record<string, unknown> }>;
    };
    const member = memberExample.content?.['application/json']?.example ?? {};
    expect(validateResponse(validators, 'members_partial_update', 200, { ...member, password: 'x' })).toEqual(
      {
        ok: false,
        attr: 'password',
        message: 'Unrecognized key: "password"',
      },
    );
  });
});
