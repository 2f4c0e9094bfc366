import { describe, expect, it } from 'vitest';
import { hoistNestedRefs } from '../../src/client/hoist-nested-refs.js';
import type { OpenApiDocument } from '../../src/document/openapi-document.js';

describe('hoistNestedRefs', () => {
  it("hoists a $ref into a component's definitions, recursively, and leaves whole-component refs alone", () => {
    const given: OpenApiDocument = {
      openapi: '3.1.0',
      components: {
        schemas: {
          Tree: {
            type: 'object',
            properties: {
              root: { $ref: '#/components/schemas/Tree/definitions/node' },
              meta: { $ref: '#/components/schemas/Meta' },
            },
            definitions: {
              node: {
                type: 'object',
                properties: {
                  children: { type: 'array', items: { $ref: '#/components/schemas/Tree/definitions/node' } },
                },
              },
            },
          },
          Meta: { type: 'string' },
        },
      },
    };
    hoistNestedRefs(given);
    const schemas = given.components?.schemas as Record<string, Record<string, unknown>>;
    expect(Object.keys(schemas)).toEqual(['Tree', 'Meta', 'Tree_definitions_node']);
    expect(schemas.Tree?.properties).toEqual({
      root: { $ref: '#/components/schemas/Tree_definitions_node' },
      meta: { $ref: '#/components/schemas/Meta' },
    });
    expect(schemas.Tree_definitions_node).toEqual({
      type: 'object',
      properties: {
        children: { type: 'array', items: { $ref: '#/components/schemas/Tree_definitions_node' } },
      },
    });
  });

  it('hoists refs to a parameter schema and into a path, also under a property named "default"', () => {
    const inline = { type: 'object', properties: { full: { type: 'string' } } };
    const given: OpenApiDocument = {
      openapi: '3.1.0',
      paths: {
        '/a': {
          get: {
            responses: { '200': { description: 'ok', content: { 'application/json': { schema: inline } } } },
          },
        },
      },
      components: {
        parameters: { id: { name: 'id', in: 'path', schema: { type: 'integer' } } },
        schemas: {
          B: {
            type: 'object',
            properties: {
              default: {
                $ref: '#/paths/~1a/get/responses/200/content/application~1json/schema/properties/full',
              },
              id: { $ref: '#/components/parameters/id/schema' },
            },
          },
        },
      },
    };
    hoistNestedRefs(given);
    const schemas = given.components?.schemas as Record<string, Record<string, unknown>>;
    expect(schemas.B?.properties).toEqual({
      default: {
        $ref: '#/components/schemas/paths_a_get_responses_200_content_application_json_schema_properties_full',
      },
      id: { $ref: '#/components/schemas/parameters_id_schema' },
    });
    expect(schemas.paths_a_get_responses_200_content_application_json_schema_properties_full).toEqual({
      type: 'string',
    });
    expect(schemas.parameters_id_schema).toEqual({ type: 'integer' });
  });
});
