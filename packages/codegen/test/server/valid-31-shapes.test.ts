/*
 * Valid OpenAPI 3.1 shapes the generator used to refuse or weaken: recursion through composition and array items
 * (a JSON value), a required property with a default, a path parameter with a default. Table-driven (fragment → exact
 * emitted code, server and client, strict and lenient), then one behaviour test: the generated server, client and a
 * caller type-check together in one program, the published document round-trips, and requests are judged right.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { emitClientFiles } from '../../src/client/emit-client.js';
import type { OpenApiDocument } from '../../src/schema/openapi-types.js';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { removeGenerated, writeGenerated } from '../round-trip/generated-app.js';
import { roundTripDifferences } from '../round-trip/normalize-document.js';

const INT = "z.int('A valid integer is required.')";
const JSON_VALUE = {
  description: 'Any JSON value.',
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'object', additionalProperties: { $ref: '#/components/schemas/JSONValue' } },
    { type: 'array', items: { $ref: '#/components/schemas/JSONValue' } },
  ],
};

function document(
  schemas: Record<string, unknown>,
  paths: Record<string, Record<string, unknown>> = {},
): OpenApiDocument {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths, components: { schemas } };
}

const serverFile = (doc: OpenApiDocument, name: string, strict = true) =>
  emitServerFiles(doc, { strict }).find((file) => file.path === name)?.contents ?? '';

describe('recursion through composition and array items: z.lazy (server), a recursive type alias (client)', () => {
  const cases: [name: string, schemas: Record<string, unknown>, server: string[], client: string[]][] = [
    [
      'a JSON value: oneOf of string, number, boolean, a map of itself and an array of itself',
      { JSONValue: JSON_VALUE },
      [
        "export const JSONValue = z.union([z.string(), z.number(), z.boolean(), z.record(z.string(), z.lazy((): z.ZodType<unknown> => JSONValue)), z.array(z.lazy((): z.ZodType<unknown> => JSONValue))]).openapi({}, { unionPreferredType: 'oneOf' }).openapi({ description: 'Any JSON value.' }).openapi('JSONValue');",
      ],
      [
        '    /** @description Any JSON value. */\n    JSONValue: $Schema_JSONValue;\n',
        'type $Schema_JSONValue = string | number | boolean | {\n  [key: string]: $Schema_JSONValue;\n} | $Schema_JSONValue[];\n',
      ],
    ],
    [
      'an array of itself',
      { Tree: { type: 'array', items: { $ref: '#/components/schemas/Tree' } } },
      ["export const Tree = z.array(z.lazy((): z.ZodType<unknown> => Tree)).openapi('Tree');"],
      ['    Tree: $Schema_Tree;\n', 'type $Schema_Tree = $Schema_Tree[];\n'],
    ],
    [
      'two schemas through each other’s array items (only the later one is lazy)',
      {
        A: { oneOf: [{ type: 'string' }, { type: 'array', items: { $ref: '#/components/schemas/B' } }] },
        B: { anyOf: [{ type: 'integer' }, { type: 'array', items: { $ref: '#/components/schemas/A' } }] },
      },
      [
        `export const B = z.union([${INT}, z.array(z.lazy((): z.ZodType<unknown> => A))]).openapi('B');`,
        "export const A = z.union([z.string(), z.array(B)]).openapi({}, { unionPreferredType: 'oneOf' }).openapi('A');",
      ],
      ['type $Schema_A = string | $Schema_B[];\n', 'type $Schema_B = number | $Schema_A[];\n'],
    ],
    [
      'recursion through an object property stays a getter (no alias needed on the client)',
      {
        Node: {
          type: 'object',
          properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } },
        },
      },
      ['export const Node = z.object({\n  get children() {\n    return z.array(Node).optional();\n  },\n})'],
      ['    Node: {\n      children?: components["schemas"]["Node"][];\n    };\n'],
    ],
  ];

  it.each(cases)('%s (strict)', async (_name, schemas, server, client) => {
    const schemasFile = serverFile(document(schemas), 'schemas.gen.ts');
    for (const code of server) expect(schemasFile).toContain(code);
    const clientFile = (await emitClientFiles(document(schemas)))[0]?.contents ?? '';
    for (const code of client) expect(clientFile).toContain(code);
  });

  it.each(cases)('%s (lenient: the same code)', (_name, schemas) => {
    expect(serverFile(document(schemas), 'schemas.gen.ts', false)).toBe(
      serverFile(document(schemas), 'schemas.gen.ts'),
    );
  });

  it('a schema recursive only through object properties gets no alias', async () => {
    const clientFile = (await emitClientFiles(document(cases[3]?.[1] ?? {})))[0]?.contents ?? '';
    expect(clientFile).not.toContain('$Schema_');
  });
});

describe('defaults of values that must be sent are documentation only', () => {
  const doc = document(
    {
      Thing: {
        type: 'object',
        required: ['kind', 'name'],
        properties: {
          kind: { type: 'string', default: 'plain' },
          name: { type: 'string' },
          level: { type: 'integer', default: 1 },
        },
      },
    },
    {
      '/items/{page}': {
        get: {
          operationId: 'items_list',
          parameters: [
            { name: 'page', in: 'path', required: true, schema: { type: 'integer', default: 1 } },
            { name: 'size', in: 'query', required: true, schema: { type: 'integer', default: 10 } },
            { name: 'sort', in: 'query', schema: { type: 'string', default: 'name' } },
          ],
          responses: { 200: { description: 'ok' } },
        },
      },
      '/things': {
        post: {
          operationId: 'things_create',
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
      },
    },
  );

  it.each([
    [
      'schemas.gen.ts',
      'a required property: no .default(), the default as metadata; an optional one keeps .default()',
      `export const Thing = z.object({\n  kind: z.string().openapi({ default: 'plain' }),\n  name: z.string(),\n  level: ${INT}.default(1),\n}).openapi('Thing');`,
    ],
    [
      'routes.gen.ts',
      'a path parameter',
      `page: z.preprocess(pathInteger, ${INT}).openapi({ default: 1 }).openapi({ param: { name: 'page', in: 'path' } }),`,
    ],
    [
      'routes.gen.ts',
      'a required query parameter',
      `size: z.preprocess(queryNumber, ${INT}).openapi({ default: 10 }).openapi({ param: { name: 'size', in: 'query' } }),`,
    ],
    [
      'routes.gen.ts',
      'an optional query parameter keeps .default()',
      "sort: z.string().default('name').openapi({ param: { name: 'sort', in: 'query' } }),",
    ],
  ])('%s: %s', (file, _what, expected) => {
    expect(serverFile(doc, file)).toContain(expected);
  });

  it('client: the required defaulted property stays required in the request form too', async () => {
    const clientFile = (await emitClientFiles(doc))[0]?.contents ?? '';
    expect(clientFile).toContain(
      '    Thing: {\n      /** @default plain */\n      kind: string;\n      name: string;\n      /** @default 1 */\n      level: number;\n    };\n',
    );
    expect(clientFile).toContain(
      '    ThingRequest: {\n      /** @default plain */\n      kind: string;\n      name: string;\n      /** @default 1 */\n      level?: number;\n    };\n',
    );
  });
});

describe('behaviour: a JSON-value API generated, type-checked, published and served', () => {
  const spec = document(
    {
      JSONValue: JSON_VALUE,
      Document: {
        type: 'object',
        required: ['data', 'kind'],
        properties: {
          data: { $ref: '#/components/schemas/JSONValue' },
          kind: { type: 'string', default: 'note' },
        },
      },
    },
    {
      '/documents/{version}': {
        post: {
          operationId: 'documents_create',
          parameters: [
            { name: 'version', in: 'path', required: true, schema: { type: 'integer', default: 1 } },
          ],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Document' } } },
          },
          responses: {
            200: {
              description: 'The document as stored.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Document' } } },
            },
            400: { description: 'Invalid.' },
          },
        },
      },
    },
  );
  afterAll(() => removeGenerated('json-value'));

  // One tsc program over the generated server and client: a minute on 2 busy cores.
  it('server, client and a caller compile in one program; the document round-trips; requests are judged', {
    timeout: 180_000,
  }, async () => {
    const { dir, load } = writeGenerated(spec, 'json-value');
    const client = (await emitClientFiles(spec))[0]?.contents ?? '';
    mkdirSync(new URL('client/', dir), { recursive: true });
    writeFileSync(new URL('client/openapi.gen.ts', dir), client);
    writeFileSync(
      new URL('caller.ts', dir),
      [
        "import createClient from 'openapi-fetch';",
        "import type { Handlers } from './handlers.gen.js';",
        "import type { paths } from './client/openapi.gen.js';",
        "const api = createClient<paths>({ baseUrl: 'http://localhost' });",
        'export async function call() {',
        "  const ok = await api.POST('/documents/{version}', { params: { path: { version: 2 } }, body: { kind: 'note', data: { a: [1, 'x', { b: true }] } } });",
        '  // @ts-expect-error null is not a JSON value of this schema',
        "  await api.POST('/documents/{version}', { params: { path: { version: 2 } }, body: { kind: 'note', data: { a: [null] } } });",
        '  // @ts-expect-error kind is required although it has a default',
        "  await api.POST('/documents/{version}', { params: { path: { version: 2 } }, body: { data: 1 } });",
        '  return ok.data?.data;',
        '}',
        "export const handlers: Handlers = { documents_create: (c) => c.json(c.req.valid('json'), 200) };",
      ].join('\n'),
    );
    const program = ts.createProgram([fileURLToPath(new URL('caller.ts', dir))], {
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      noUncheckedIndexedAccess: true,
      skipLibCheck: true,
      noEmit: true,
      types: ['node'],
    });
    const errors = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) => `${d.file?.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      );
    expect(errors).toEqual([]);
    expect(readFileSync(new URL('client/openapi.gen.ts', dir), 'utf8')).toContain('type $Schema_JSONValue =');

    const handlers = await load('handlers.gen.ts');
    const app = new OpenAPIHono();
    handlers.registerRoutes(app, {
      documents_create: (c: {
        req: { valid: (t: string) => unknown };
        json: (b: unknown, s: number) => Response;
      }) => c.json(c.req.valid('json'), 200),
    });
    const emitted = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
    expect(roundTripDifferences(spec, emitted)).toEqual([]);
    const parameter: unknown = emitted.paths?.['/documents/{version}']?.post?.parameters?.[0];
    expect(parameter).toEqual({
      name: 'version',
      in: 'path',
      required: true,
      schema: { type: 'integer', default: 1 },
    });
    expect(emitted.components?.schemas?.Document).toMatchObject({ required: ['data', 'kind'] });

    const post = (body: unknown) =>
      app.request('/documents/1', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const nested = { kind: 'note', data: { a: [1, 'x', { b: [true, { c: 'deep' }] }] } };
    const ok = await post(nested);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(nested);
    expect((await post({ kind: 'note', data: { a: [null] } })).status).toBe(400);
    expect((await post({ data: 'no kind' })).status).toBe(400);
  });
});
