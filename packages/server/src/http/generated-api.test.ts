import { createRoute, type RouteHandler, z } from '@hono/zod-openapi';
import { formBody, strictResponse } from '@org-api/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import type { AppEnv } from './app-env.js';
import { createGeneratedApi } from './generated-api.js';
import { createMemoryLogger } from './logger.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

// A literal slice shaped like the generated modules: a REQUIRED body declared as JSON and form (as the spec does).
const InviteRequest = z.strictObject({
  target_email: z.email(),
  level: z.enum({ _1: 1, _8: 8, _15: 15 }).optional(),
  send_email: z.boolean().optional(),
});
const Invite = z.object({ target_email: z.string(), level: z.number() });
const ErrorResponse = z.object({
  type: z.string(),
  code: z.string(),
  detail: z.string(),
  attr: z.string().nullable(),
});
const route = createRoute({
  method: 'post',
  path: '/api/organizations/{organization_id}/invites/',
  operationId: 'invites_create',
  request: {
    params: z.object({ organization_id: z.string() }),
    body: {
      content: {
        'application/json': { schema: InviteRequest },
        'application/x-www-form-urlencoded': { schema: formBody(InviteRequest) },
      },
      required: true,
    },
  },
  responses: {
    201: { description: 'created', content: { 'application/json': { schema: Invite } } },
    400: { description: 'invalid', content: { 'application/json': { schema: ErrorResponse } } },
  },
});
const routes = { invites_create: route };
type Handlers = { invites_create: RouteHandler<typeof route, AppEnv> };
const operations = {
  invites_create: {
    method: 'post',
    path: route.path,
    scopes: ['organization_member:write'],
    successStatus: 201,
  },
} as const;

let world: TestWorld;
beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => {
  await world.cleanup();
});

function build(leak = false) {
  const logger = createMemoryLogger();
  const api = createGeneratedApi<Handlers>({
    operations,
    routes,
    registerRoutes: (app, handlers) => {
      app.openapi(routes.invites_create, handlers.invites_create);
    },
    responseValidators: {
      invites_create: { 201: strictResponse(Invite), 400: strictResponse(ErrorResponse) },
    },
    documentConfig: { openapi: '3.1.0', info: { title: 'Slice', version: '1' } },
  });
  const app = createApp({
    store: world.store,
    clock: world.clock,
    mailer: null,
    config: { validateResponses: true },
    api,
    handlers: () => ({
      invites_create: (c) => {
        const body = c.req.valid('json');
        return c.json(
          { target_email: body.target_email, level: body.level ?? 1, ...(leak ? { secret: 1 } : {}) },
          201,
        );
      },
    }),
    logger,
  });
  return { app, logger };
}

const post = (app: ReturnType<typeof build>['app'], body: string, contentType: string) =>
  app.request(`http://api.test/api/organizations/${world.orgA.id}/invites/`, {
    method: 'POST',
    body,
    headers: { 'Content-Type': contentType, Authorization: `Bearer ${world.keys.owner}` },
  });

describe('createGeneratedApi', () => {
  it('validates a JSON body of a route that also declares a form body', async () => {
    const res = await post(build().app, '{"target_email":"a@example.com","level":8}', 'application/json');
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ target_email: 'a@example.com', level: 8 });
  });

  it('validates form bodies through the JSON schema, coerced', async () => {
    const res = await post(
      build().app,
      'target_email=a%40example.com&level=15&send_email=false',
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ target_email: 'a@example.com', level: 15 });
  });

  it.each([
    [
      'application/json',
      '{"level":1}',
      { code: 'required', detail: 'This field is required.', attr: 'target_email' },
    ],
    [
      'application/x-www-form-urlencoded',
      'target_email=a%40example.com&level=2',
      { code: 'invalid_choice', detail: '"2" is not a valid choice.', attr: 'level' },
    ],
    ['application/json', '', { code: 'required', detail: 'This field is required.', attr: 'target_email' }],
  ])('answers upstream 400 bodies (%s %s)', async (contentType, body, error) => {
    const res = await post(build().app, body, contentType);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ type: 'validation_error', ...error });
  });

  it('keeps both media types and `required` in the emitted document', async () => {
    const res = await build().app.request('http://api.test/api/schema/');
    const doc = (await res.json()) as {
      info: unknown;
      paths: Record<
        string,
        { post: { requestBody: { required: boolean; content: Record<string, unknown> } } }
      >;
    };
    expect(doc.info).toEqual({ title: 'Slice', version: '1' });
    const body = doc.paths['/api/organizations/{organization_id}/invites/']?.post.requestBody;
    expect(body?.required).toBe(true);
    expect(Object.keys(body?.content ?? {})).toEqual([
      'application/json',
      'application/x-www-form-urlencoded',
    ]);
  });

  it('turns a response with an undeclared property into a logged 500', async () => {
    const { app, logger } = build(true);
    const res = await post(app, '{"target_email":"a@example.com"}', 'application/json');
    expect(res.status).toBe(500);
    expect(logger.records.find((r) => r.msg === 'response failed validation')).toMatchObject({
      operationId: 'invites_create',
      status: 201,
      attr: 'secret',
    });
  });
});
