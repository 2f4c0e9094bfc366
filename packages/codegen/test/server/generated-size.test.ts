/*
 * Generated code size: shared `components/responses` and `components/parameters` are declared once in routes.gen.ts,
 * and request / patch forms are derived from the form they repeat in schemas.gen.ts. Table-driven (document fragment →
 * exact emitted code), then the behaviour of derived forms compared with the forms written out in full.
 */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../../src/schema/openapi-types.js';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { removeGenerated, writeGenerated } from '../round-trip/generated-app.js';

const ERROR = { type: 'object', properties: { detail: { type: 'string' } }, required: ['detail'] };

function document(
  paths: Record<string, Record<string, unknown>>,
  components: Record<string, Record<string, unknown>>,
): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components };
}

const file = (doc: OpenApiDocument, name: string) =>
  emitServerFiles(doc).find((f) => f.path === name)?.contents ?? '';

describe('routes.gen.ts: one const per shared response and parameter', () => {
  const doc = document(
    {
      '/a/{id}': {
        get: {
          operationId: 'a_get',
          parameters: [{ $ref: '#/components/parameters/Id' }],
          responses: { 200: { description: 'ok' }, 429: { $ref: '#/components/responses/Throttled' } },
        },
        delete: {
          operationId: 'a_delete',
          parameters: [
            { $ref: '#/components/parameters/Id' },
            { name: 'q', in: 'query', schema: { type: 'string' } },
          ],
          responses: { 204: { description: 'gone' }, 429: { $ref: '#/components/responses/Throttled' } },
        },
      },
    },
    {
      schemas: { Error: ERROR },
      parameters: { Id: { name: 'id', in: 'path', required: true, schema: { type: 'integer' } } },
      responses: {
        Throttled: {
          description: 'Slow down.',
          headers: { 'Retry-After': { required: true, schema: { type: 'integer', minimum: 0 } } },
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        Unused: { description: 'never referenced' },
      },
    },
  );
  const routes = file(doc, 'routes.gen.ts');

  it.each([
    [
      'the shared parameter, once, before the routes',
      "/** `#/components/parameters/Id` */\nconst Id_parameter = z.preprocess(pathInteger, z.int('A valid integer is required.')).openapi({ param: { name: 'id', in: 'path' } });\n",
    ],
    [
      'the shared response, once, typed by `satisfies` (header schema types stay literal)',
      "/** `#/components/responses/Throttled` */\nconst Throttled_response = {\n  description: 'Slow down.',\n  headers: { 'Retry-After': { required: true, schema: { type: 'integer', minimum: 0 } } },\n  content: {\n    'application/json': {\n      schema: s.Error,\n    },\n  },\n} satisfies RouteConfig['responses'][string];\n",
    ],
    [
      'the import of the type it needs',
      "import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';\n",
    ],
    [
      'a route referencing both',
      "  request: {\n    params: z.object({\n      id: Id_parameter,\n    }),\n  },\n  responses: {\n    200: {\n      description: 'ok',\n    },\n    429: Throttled_response,\n  },\n",
    ],
    [
      'an inline parameter next to a shared one, written in place',
      "    params: z.object({\n      id: Id_parameter,\n    }),\n    query: z.object({\n      q: z.string().optional().openapi({ param: { name: 'q', in: 'query' } }),\n    }),\n",
    ],
  ])('%s', (_what, expected) => {
    expect(routes).toContain(expected);
  });

  it('declares each component once, and only the ones routes use', () => {
    expect(routes.split('const Throttled_response =')).toHaveLength(2);
    expect(routes.split('const Id_parameter =')).toHaveLength(2);
    expect(routes.split('429: Throttled_response,')).toHaveLength(3);
    expect(routes).not.toContain('Unused');
  });
});

describe('schemas.gen.ts: derived forms', () => {
  const requestBody = (name: string) => ({
    content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
  });
  // Requests and responses use the component: it has a response form and a request form `<Name>Request`.
  const op = (operationId: string, body: string) => ({
    operationId,
    requestBody: requestBody(body),
    responses: { 200: { description: 'ok', ...requestBody(body) } },
  });
  const requestOnly = (operationId: string, body: string) => ({
    operationId,
    requestBody: requestBody(body),
    responses: { 204: { description: 'done' } },
  });
  const thing = {
    type: 'object',
    description: 'A thing.',
    properties: {
      id: { type: 'string', readOnly: true },
      name: { type: 'string', maxLength: 20 },
      size: { type: 'integer', default: 1 },
      note: { type: 'string', description: 'A note.' },
      secret: { type: 'string', writeOnly: true },
    },
    required: ['id', 'name'],
  };
  const { secret: _secret, ...withoutSecret } = thing.properties;
  const patched = {
    type: 'object',
    description: 'Partial thing.',
    properties: { ...thing.properties, size: { type: 'integer' } },
  };

  it.each([
    [
      'a request form: the response form without its readOnly properties, writeOnly ones appended',
      { Thing: thing },
      { '/t': { post: op('t', 'Thing') } },
      "export const ThingRequest = Thing.omit({ id: true }).extend({\n  secret: z.string().openapi({ writeOnly: true }).optional(),\n}).openapi({ description: 'A thing.' }).openapi('ThingRequest');",
    ],
    [
      'a patch component (same properties, none required): the other one made partial, differing properties extended',
      { Thing: thing, PatchedThing: patched },
      {},
      "export const PatchedThing = Thing.partial().extend({\n  size: z.int('A valid integer is required.').optional(),\n}).openapi({ description: 'Partial thing.' }).openapi('PatchedThing');",
    ],
    [
      'the request form of a patch component, derived from its own derived response form',
      { Thing: thing, PatchedThing: patched },
      { '/t': { patch: op('t', 'PatchedThing') } },
      "export const PatchedThingRequest = PatchedThing.omit({ id: true }).extend({\n  secret: z.string().openapi({ writeOnly: true }).optional(),\n}).openapi({ description: 'Partial thing.' }).openapi('PatchedThingRequest');",
    ],
    [
      'a patch component only requests use: its one form derived from the request form of the other',
      { Thing: thing, PatchedThing: patched },
      { '/t': { post: op('t', 'Thing'), patch: requestOnly('t_patch', 'PatchedThing') } },
      "export const PatchedThing = ThingRequest.partial().extend({\n  size: z.int('A valid integer is required.').optional(),\n}).openapi({ description: 'Partial thing.' }).openapi('PatchedThing');",
    ],
    [
      'written in full when a writeOnly property is not last (derived order would differ)',
      {
        Thing: {
          type: 'object',
          properties: { secret: thing.properties.secret, ...withoutSecret },
          required: ['id', 'name'],
        },
      },
      { '/t': { post: op('t', 'Thing') } },
      "export const ThingRequest = z.object({\n  secret: z.string().openapi({ writeOnly: true }).optional(),\n  name: z.string().max(20),\n  size: z.int('A valid integer is required.').default(1),\n  note: z.string().openapi({ description: 'A note.' }).optional(),\n}).openapi('ThingRequest');",
    ],
    [
      'written in full when only properties would be extended (zod-to-openapi would publish an allOf)',
      {
        Child: {
          type: 'object',
          properties: { id: { type: 'string', readOnly: true }, a: { type: 'string' } },
        },
        Thing: { type: 'object', properties: { child: { $ref: '#/components/schemas/Child' } } },
      },
      { '/t': { post: op('t', 'Thing') } },
      "export const ThingRequest = z.object({\n  child: ChildRequest.optional(),\n}).openapi('ThingRequest');",
    ],
    [
      'written in full when the object has a refinement (zod cannot .omit it)',
      { Thing: { ...thing, minProperties: 1 } },
      { '/t': { post: op('t', 'Thing') } },
      "export const ThingRequest = z.object({\n  name: z.string().max(20),\n  size: z.int('A valid integer is required.').default(1),\n  note: z.string().openapi({ description: 'A note.' }).optional(),\n  secret: z.string().openapi({ writeOnly: true }).optional(),\n}).refine((value) => Object.keys(value).length >= 1, 'minProperties: 1').openapi({ minProperties: 1, description: 'A thing.' }).openapi('ThingRequest');",
    ],
  ])('%s', (_what, schemas, paths, expected) => {
    expect(file(document(paths, { schemas }), 'schemas.gen.ts')).toContain(expected);
  });
});

describe('derived forms behave as the forms written out', () => {
  afterAll(() => removeGenerated('derived-forms'));

  it('validate, fill defaults and publish exactly as the full forms', async () => {
    const doc = document(
      {
        '/t': {
          post: {
            operationId: 't_create',
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
            },
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
              },
            },
          },
          patch: {
            operationId: 't_patch',
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/PatchedThing' } } },
            },
            responses: {
              200: {
                description: 'ok',
                content: { 'application/json': { schema: { $ref: '#/components/schemas/PatchedThing' } } },
              },
            },
          },
          put: {
            operationId: 't_update',
            requestBody: {
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingUpdate' } } },
            },
            responses: { 204: { description: 'done' } },
          },
        },
      },
      {
        schemas: {
          Thing: {
            type: 'object',
            properties: {
              id: { type: 'string', readOnly: true },
              name: { type: 'string', maxLength: 5 },
              size: { type: 'integer', default: 1 },
            },
            required: ['id', 'name'],
          },
          PatchedThing: {
            type: 'object',
            properties: {
              id: { type: 'string', readOnly: true },
              name: { type: 'string', maxLength: 5 },
              size: { type: 'integer' },
            },
          },
          ThingUpdate: {
            type: 'object',
            properties: {
              id: { type: 'string', readOnly: true },
              name: { type: 'string', maxLength: 5 },
              size: { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    );
    const schemas = file(doc, 'schemas.gen.ts');
    expect(schemas).toContain('export const ThingRequest = Thing.omit({ id: true })');
    expect(schemas).toContain('export const PatchedThing = Thing.partial().extend(');
    expect(schemas).toContain('export const PatchedThingRequest = PatchedThing.omit({ id: true })');
    expect(schemas).toContain('export const ThingUpdate = ThingRequest.partial().extend(');
    const { load } = writeGenerated(doc, 'derived-forms');
    const generated = (await load('schemas.gen.ts')) as unknown as Record<string, z.ZodType>;
    const full = {
      ThingRequest: z.object({ name: z.string().max(5), size: z.int().default(1) }),
      PatchedThing: z.object({
        id: z.string().optional(),
        name: z.string().max(5).optional(),
        size: z.int().optional(),
      }),
      PatchedThingRequest: z.object({ name: z.string().max(5).optional(), size: z.int().optional() }),
      ThingUpdate: z.object({ name: z.string().max(5).optional(), size: z.int().min(0).optional() }),
    };
    const inputs = [
      {},
      { name: 'abc' },
      { name: 'abcdef' },
      { name: 'a', size: 2.5 },
      { id: 'x', name: 'a' },
      { size: 3 },
      { size: -1 },
    ];
    for (const [name, schema] of Object.entries(full)) {
      for (const input of inputs) {
        const derived = generated[name]?.safeParse(input);
        const written = schema.safeParse(input);
        expect({ name, input, success: derived?.success, data: derived?.data }).toEqual({
          name,
          input,
          success: written.success,
          data: written.data,
        });
      }
    }
    // The published components are plain objects, as in the source (no allOf, no $ref to the base).
    const app = new OpenAPIHono();
    for (const [name, schema] of generated.componentSchemas as unknown as [string, z.ZodType][])
      app.openAPIRegistry.register(name, schema);
    const published = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } })
      .components?.schemas as Record<string, unknown>;
    expect(published.PatchedThing).toEqual({
      type: 'object',
      properties: {
        id: { type: 'string', readOnly: true },
        name: { type: 'string', maxLength: 5 },
        size: { type: 'integer' },
      },
    });
    expect(published.ThingUpdate).toEqual({
      type: 'object',
      properties: { name: { type: 'string', maxLength: 5 }, size: { type: 'integer', minimum: 0 } },
    });
  });
});
