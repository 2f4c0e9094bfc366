import { describe, expect, it } from 'vitest';
import { emitServerFiles } from '../../src/server/emit-server.js';

const routesOf = (operation: Record<string, unknown>, components: Record<string, unknown> = {}) =>
  emitServerFiles({
    openapi: '3.1.0',
    info: { title: 't', version: '1' },
    paths: { '/a': { get: operation } },
    components,
  })[1]?.contents ?? '';

describe('route emission details', () => {
  it('media-type example $refs are inlined (only schemas and security schemes are published as components)', () => {
    const routes = routesOf(
      {
        operationId: 'a',
        responses: {
          200: {
            description: 'ok',
            content: {
              'application/json': {
                schema: { type: 'string' },
                examples: { one: { $ref: '#/components/examples/One' } },
              },
            },
          },
        },
      },
      { examples: { One: { summary: 'One', value: 'x' } } },
    );
    expect(routes).toContain("examples: { one: { summary: 'One', value: 'x' } },");
  });

  it('several security requirements are typed loosely (keeps createRoute’s inferred response types precise)', () => {
    const routes = routesOf({ operationId: 'a', security: [{ A: [] }, { B: ['s'] }], responses: {} });
    expect(routes).toContain("security: [{ A: [] }, { B: ['s'] }] as Record<string, string[]>[],");
    expect(routesOf({ operationId: 'a', security: [{ B: ['s'] }], responses: {} })).toContain(
      "security: [{ B: ['s'] }],",
    );
  });

  it('vendor extensions (x-*) of operations and parameters are passed through to the published document', () => {
    const routes = routesOf({
      operationId: 'a',
      'x-group-name': 'General',
      'x-sort-index': 2,
      parameters: [{ name: 'q', in: 'query', schema: { type: 'string' }, 'x-stoplight': { id: 'p1' } }],
      responses: {},
    });
    expect(routes).toContain("  'x-group-name': 'General',\n  'x-sort-index': 2,\n");
    expect(routes).toContain(
      "q: z.string().optional().openapi({ param: { name: 'q', in: 'query', 'x-stoplight': { id: 'p1' } } }),",
    );
  });

  it('an operation without operationId gets one derived from method and path', () => {
    const files = emitServerFiles({
      openapi: '3.1.0',
      info: { title: 't', version: '1' },
      paths: { '/pets/{id}/': { delete: { responses: { 204: { description: 'gone' } } } } },
    });
    expect(files[2]?.contents).toContain(
      "  delete_pets_id: { method: 'delete', path: '/pets/{id}/', scopes: [], successStatus: 204 },",
    );
  });

  it('a parameter without description does not inherit its schema’s description', () => {
    const routes = routesOf({
      operationId: 'a',
      parameters: [{ name: 'q', in: 'query', schema: { type: 'string', description: 'schema text' } }],
      responses: {},
    });
    expect(routes).toContain(
      "q: z.string().openapi({ description: 'schema text' }).optional().openapi({ param: { name: 'q', in: 'query', description: undefined } }),",
    );
  });
});
