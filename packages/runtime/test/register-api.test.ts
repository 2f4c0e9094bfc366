import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { createValidationHook, deepObjectQuery, MissingHandlersError, registerApi } from '../src/index.js';

const Pet = z.object({ name: z.string() }).openapi('Pet');
const routes = {
  pets_create: createRoute({
    method: 'post',
    path: '/pets/',
    operationId: 'pets_create',
    request: {
      body: {
        content: {
          'application/json': { schema: Pet },
          'application/x-www-form-urlencoded': { schema: Pet },
        },
        required: true,
      },
    },
    responses: { 201: { description: 'created', content: { 'application/json': { schema: Pet } } } },
  }),
  pets_list: createRoute({
    method: 'get',
    path: '/pets/',
    operationId: 'pets_list',
    middleware: [deepObjectQuery(['filter'])],
    request: { query: z.object({ filter: z.object({ name: z.string() }).optional() }) },
    responses: { 200: { description: 'pets' } },
  }),
};
const api = {
  componentSchemas: [['Pet', Pet]] as const,
  securitySchemes: { Key: { type: 'http', scheme: 'bearer' } },
  routes,
};
const handlers = {
  pets_create: (c: Context) => c.json(c.req.valid('json' as never), 201),
  pets_list: (c: Context) => c.json(c.req.valid('query' as never), 200),
};

describe('registerApi', () => {
  it('throws before registering anything when operations have no handler, naming them', () => {
    const app = new OpenAPIHono();
    const register = () => registerApi(app, api, { pets_create: handlers.pets_create, pets_list: undefined });
    expect(register).toThrow(MissingHandlersError);
    expect(register).toThrow('no handler for 1 operation(s): pets_list');
    expect(() => registerApi(app, api, {})).toThrow('no handler for 2 operation(s): pets_create, pets_list');
    expect(app.openAPIRegistry.definitions).toEqual([]);
  });

  it('publishes each route once, exactly as declared (required body kept, no middleware or hide)', () => {
    const app = new OpenAPIHono({ defaultHook: createValidationHook() });
    registerApi(app, api, handlers);
    const routeDefinitions = app.openAPIRegistry.definitions.filter((d) => d.type === 'route');
    expect(routeDefinitions).toHaveLength(2);
    const doc = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 'Pets', version: '1' } });
    expect(doc.paths?.['/pets/']?.post?.requestBody).toMatchObject({
      required: true,
      content: {
        'application/json': { schema: { $ref: '#/components/schemas/Pet' } },
        'application/x-www-form-urlencoded': { schema: { $ref: '#/components/schemas/Pet' } },
      },
    });
    expect(JSON.stringify(doc)).not.toMatch(/"(hide|middleware)"/);
    expect(doc.components?.securitySchemes).toEqual({ Key: { type: 'http', scheme: 'bearer' } });
  });

  it('runs the route’s own middleware before its validators', async () => {
    const app = new OpenAPIHono({ defaultHook: createValidationHook() });
    registerApi(app, api, handlers);
    const res = await app.request('/pets/?filter[name]=rex');
    expect(await res.json()).toEqual({ filter: { name: 'rex' } });
  });

  it('validates bodies of every declared media type with the app’s hook', async () => {
    const app = new OpenAPIHono({ defaultHook: createValidationHook() });
    registerApi(app, api, handlers);
    const json = await app.request('/pets/', {
      method: 'POST',
      body: '{"name":"Rex"}',
      headers: { 'content-type': 'application/json' },
    });
    expect([json.status, await json.json()]).toEqual([201, { name: 'Rex' }]);
    const form = await app.request('/pets/', {
      method: 'POST',
      body: 'name=Rex',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect([form.status, await form.json()]).toEqual([201, { name: 'Rex' }]);
    const missing = await app.request('/pets/', { method: 'POST' });
    expect([missing.status, await missing.json()]).toEqual([
      400,
      { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'name' },
    ]);
  });
});
