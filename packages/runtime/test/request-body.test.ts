import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { createValidationHook, type RegisterOptions, registerRoute } from '../src/index.js';

// A REQUIRED body declared as JSON and form (as the organizations spec does), and an optional JSON-only one.
const Invite = z.strictObject({
  target_email: z.email(),
  level: z.enum({ _1: 1, _8: 8, _15: 15 }).optional(),
  send_email: z.boolean().default(true),
});
const createInvite = createRoute({
  method: 'post',
  path: '/invites/',
  request: {
    body: {
      content: {
        'application/json': { schema: Invite },
        'application/x-www-form-urlencoded': { schema: Invite },
      },
      required: true,
    },
  },
  responses: { 200: { description: 'echo' } },
});
const patchInvite = createRoute({
  method: 'patch',
  path: '/invites/{id}/',
  request: {
    params: z.object({ id: z.string() }),
    body: { content: { 'application/json': { schema: Invite.partial() } } },
  },
  responses: { 200: { description: 'echo' } },
});
const uploadInvite = createRoute({
  method: 'put',
  path: '/invites/upload/',
  request: { body: { content: { 'multipart/form-data': { schema: Invite } }, required: true } },
  responses: { 200: { description: 'echo' } },
});

/** Echoes what the handler gets as `c.req.valid('json')` and `c.req.valid('form')`. */
const echo = (c: Context) =>
  c.json({ json: c.req.valid('json' as never), form: c.req.valid('form' as never) }, 200);

function buildApp(options: RegisterOptions & { hook?: boolean } = {}) {
  const app = new OpenAPIHono(options.hook === false ? {} : { defaultHook: createValidationHook() });
  for (const route of [createInvite, patchInvite, uploadInvite]) registerRoute(app, route, echo, options);
  return app;
}

const send = (app: OpenAPIHono, method: string, path: string, body?: BodyInit, contentType?: string) =>
  app.request(path, {
    method,
    ...(body === undefined ? {} : { body }),
    ...(contentType ? { headers: { 'content-type': contentType } } : {}),
  });
const validation = (code: string, detail: string, attr: string | null) => ({
  type: 'validation_error',
  code,
  detail,
  attr,
});

describe('validateRequestBody (through registerRoute)', () => {
  const app = buildApp();

  it('validates a JSON body on a route that also declares a form body', async () => {
    const res = await send(
      app,
      'POST',
      '/invites/',
      '{"target_email":"a@example.com","level":8}',
      'application/json',
    );
    expect(res.status).toBe(200);
    const body = { target_email: 'a@example.com', level: 8, send_email: true };
    expect(await res.json()).toEqual({ json: body, form: body });
  });

  it('coerces a form body to the JSON shape of its schema (the one form coercer), then validates it', async () => {
    const form = 'target_email=a%40example.com&level=15&send_email=false';
    const res = await send(
      app,
      'POST',
      '/invites/',
      form,
      'application/x-www-form-urlencoded; charset=utf-8',
    );
    expect(res.status).toBe(200);
    expect((await res.json()).json).toEqual({ target_email: 'a@example.com', level: 15, send_email: false });
  });

  it('validates an empty required body as {} (missing fields reported), whatever its content type', async () => {
    for (const contentType of [undefined, 'application/json', 'text/plain']) {
      const res = await send(app, 'POST', '/invites/', '', contentType);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(validation('required', 'This field is required.', 'target_email'));
    }
  });

  it('hands an optional body that is absent to the handler as {}, unvalidated', async () => {
    const res = await send(app, 'PATCH', '/invites/1/');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ json: {}, form: {} });
  });

  it('answers malformed JSON with the hook’s body: 400 parse_error', async () => {
    const res = await send(app, 'POST', '/invites/', '{"target_email":', 'application/json');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'parse_error',
      detail: 'JSON parse error - Unexpected end of JSON input',
      attr: null,
    });
  });

  it('refuses JSON nested deeper than maxJsonDepth as a parse error', async () => {
    const shallow = buildApp({ maxJsonDepth: 2 });
    const res = await send(shallow, 'PATCH', '/invites/1/', '{"target_email":[[1]]}', 'application/json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'parse_error',
      detail: 'JSON parse error - Nesting deeper than 2 levels',
      attr: null,
    });
  });

  it.each([
    ['a known field', '{"target_email":"a\\ud800@example.com"}', 'target_email', 'D800'],
    ['an unknown field', '{"target_email":"a@example.com","note":["x","\\udfff"]}', 'note__1', 'DFFF'],
    ['a key', '{"target_email":"a@example.com","k\\udbff":1}', 'k\udbff', 'DBFF'],
  ])(
    'refuses a lone surrogate in %s with 400 surrogate_characters_not_allowed',
    async (_name, json, attr, hex) => {
      const res = await send(app, 'POST', '/invites/', json, 'application/json');
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual(
        validation(
          'surrogate_characters_not_allowed',
          `Surrogate characters are not allowed: U+${hex}.`,
          attr,
        ),
      );
    },
  );

  it('passes a surrogate pair (an emoji) on to the schema', async () => {
    const json = '{"target_email":"\\ud83d\\ude00"}';
    const res = await send(app, 'PATCH', '/invites/1/', json, 'application/json');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(
      validation('invalid_input', 'Enter a valid email address.', 'target_email'),
    );
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['application/xml; charset=utf-8', 'application/xml; charset=utf-8'],
    [undefined, ''],
  ])('answers a body sent as %s with 415 and the upstream body', async (contentType, shown) => {
    // A Uint8Array body gets no default Content-Type (a string body would get text/plain).
    const res = await send(app, 'POST', '/invites/', new TextEncoder().encode('hello'), contentType);
    expect(res.status).toBe(415);
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'unsupported_media_type',
      detail: `Unsupported media type "${shown}" in request.`,
      attr: null,
    });
  });

  it('takes a form body on a JSON-only route only with acceptFormBodies', async () => {
    const form = 'level=8';
    expect((await send(app, 'PATCH', '/invites/1/', form, 'application/x-www-form-urlencoded')).status).toBe(
      415,
    );
    const res = await send(
      buildApp({ acceptFormBodies: true }),
      'PATCH',
      '/invites/1/',
      form,
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    expect((await res.json()).json).toEqual({ level: 8, send_email: true });
  });

  it('reads a declared multipart/form-data body through the same coercer', async () => {
    const data = new FormData();
    data.append('target_email', 'm@example.com');
    data.append('level', '8');
    const res = await app.request('/invites/upload/', { method: 'PUT', body: data });
    expect(res.status).toBe(200);
    expect((await res.json()).form).toEqual({ target_email: 'm@example.com', level: 8, send_email: true });
  });

  it('answers JSON, never text/plain, in an app without a validation hook', async () => {
    const res = await send(buildApp({ hook: false }), 'POST', '/invites/', '{"a":', 'application/json');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json');
    // What @hono/zod-validator answers without a hook: the failed result, its ZodError as JSON.
    const body = (await res.json()) as { success: boolean; error: { name: string; message: string } };
    expect(body.success).toBe(false);
    expect(body.error.name).toBe('ZodError');
    expect(JSON.parse(body.error.message)[0].message).toBe('JSON parse error - Unexpected end of JSON input');
  });
});
