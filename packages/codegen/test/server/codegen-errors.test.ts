import { describe, expect, it } from 'vitest';
import type { SchemaNode } from '../../src/schema/openapi-types.js';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { codegenErrorOf, emitFragment, type FragmentOptions } from './emit-helpers.js';

const schemaCases: [
  name: string,
  given: SchemaNode,
  pointer: string,
  message: string,
  hint: string,
  options?: FragmentOptions,
][] = [
  [
    'if/then/else',
    { type: 'string', if: { minLength: 1 } },
    '/x/if',
    '`if` cannot be expressed in zod',
    'Split the conditional schema into oneOf alternatives.',
  ],
  [
    'tuples',
    { type: 'array', prefixItems: [{ type: 'string' }] },
    '/x/prefixItems',
    '`prefixItems` cannot be expressed in zod',
    'Use a homogeneous `items` schema (tuples are not supported).',
  ],
  [
    'unknown type',
    { type: 'strin' },
    '/x/type',
    'unknown type "strin"',
    'Use one of string, number, integer, boolean, array, object, null.',
  ],
  [
    'a schema nested under `type` (codat accounting: Item/definitions/itemType)',
    { type: { type: 'string', enum: ['Service'] } } as unknown as SchemaNode,
    '/x/type',
    '`type` must be a type name or a list of type names, found an object',
    'Use one of string, number, integer, boolean, array, object, null.',
  ],
  [
    'a number in a `type` list',
    { type: ['string', 1] } as unknown as SchemaNode,
    '/x/type',
    '`type` must be a type name or a list of type names, found the number 1',
    'Use one of string, number, integer, boolean, array, object, null.',
  ],
  [
    'external $ref',
    { $ref: 'other.yaml#/X' },
    '/x',
    'external reference "other.yaml#/X" is not supported',
    'Bundle the document first (e.g. `redocly bundle`) so that every $ref is local (#/components/…).',
  ],
  [
    'dangling $ref',
    { $ref: '#/components/schemas/Nope' },
    '/x',
    '$ref "#/components/schemas/Nope" does not resolve',
    'Add the component "Nope" or fix the ref.',
  ],
  [
    'object const',
    { const: { a: 1 } },
    '/x/const',
    'object/array `const` is not supported',
    'Describe the value with properties and enum.',
  ],
  [
    'propertyNames next to properties',
    { type: 'object', properties: { a: {} }, propertyNames: { maxLength: 1 } },
    '/x/propertyNames',
    '`propertyNames` is only supported on a map (no `properties`) with string constraints',
    'Use string constraints (maxLength, pattern, format) or describe the keys in the description.',
  ],
  [
    'schema examples given as a map',
    { type: 'string', examples: { one: { value: 'a' } } },
    '/x/examples',
    'schema `examples` must be a list of values (JSON Schema), not a map of example objects',
    'Write `examples: [<value>, …]` (or `example: <value>`; named example objects belong on media types), or generate with `--lenient` to translate it.',
  ],
  [
    'negative minItems',
    { type: 'array', minItems: -1 },
    '/x/minItems',
    'must be a non-negative integer',
    'Use a whole number ≥ 0.',
  ],
  [
    'strict: 3.0 boolean exclusiveMinimum',
    { type: 'number', minimum: 0, exclusiveMinimum: true },
    '/x/exclusiveMinimum',
    '`exclusiveMinimum` must be a number in OpenAPI 3.1',
    'Write `exclusiveMinimum: <n>` instead of `minimum: <n>, exclusiveMinimum: true` (3.0 style), or generate with `--lenient` to translate it.',
  ],
];

describe('CodegenError for constructs zod cannot express (pointer + hint)', () => {
  it.each(schemaCases)('%s', (_name, given, pointer, message, hint, options) => {
    expect(codegenErrorOf(() => emitFragment(given, options))).toEqual({ pointer, message, hint });
  });

  it('an invalid ECMAScript pattern names the pattern node', () => {
    const error = codegenErrorOf(() => emitFragment({ type: 'string', pattern: '(?P<x>a)' }));
    expect(error.pointer).toBe('/x/pattern');
    expect(error.message).toContain('pattern is not a valid ECMAScript regular expression');
    expect(error.hint).toBe(
      'Rewrite it in ECMA-262 syntax (OpenAPI 3.1 patterns are ECMA-262 regular expressions).',
    );
  });
});

const doc = (paths: unknown, components: unknown = {}) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
  components,
});
const ok = { 200: { description: 'ok' } };

const documentCases: [name: string, given: unknown, pointer: string, message: string, hint: string][] = [
  [
    'pipeDelimited query parameter',
    doc({
      '/a': {
        get: {
          operationId: 'a',
          parameters: [{ name: 'x', in: 'query', style: 'pipeDelimited', schema: { type: 'array' } }],
          responses: ok,
        },
      },
    }),
    '/paths/~1a/get/parameters/0/style',
    'parameter style "pipeDelimited" is not supported',
    'Use style form (repeated keys, or comma-separated with explode: false) or simple.',
  ],
  [
    'deepObject on a path parameter',
    doc({
      '/a/{x}': {
        get: {
          operationId: 'a',
          parameters: [
            { name: 'x', in: 'path', required: true, style: 'deepObject', schema: { type: 'object' } },
          ],
          responses: ok,
        },
      },
    }),
    '/paths/~1a~1{x}/get/parameters/0/style',
    'style deepObject is only defined for query parameters',
    'Use style simple.',
  ],
  [
    'parameter with content instead of schema',
    doc({
      '/a': {
        get: {
          operationId: 'a',
          parameters: [{ name: 'x', in: 'query', content: { 'application/json': { schema: {} } } }],
          responses: ok,
        },
      },
    }),
    '/paths/~1a/get/parameters/0',
    'parameters described with `content` are not supported',
    'Describe the parameter with `schema`.',
  ],
  [
    'duplicate operationId',
    doc({ '/a': { get: { operationId: 'a', responses: ok }, post: { operationId: 'a', responses: ok } } }),
    '/paths/~1a/post/operationId',
    'operationId "a" is also used by /paths/~1a/get',
    'Give every operation a unique operationId.',
  ],
  [
    'recursion through a pointer outside components/schemas',
    {
      ...doc({}, { schemas: { A: { $ref: '#/components/x-defs/Node' } } }),
      components: {
        schemas: { A: { $ref: '#/components/x-defs/Node' } },
        'x-defs': { Node: { type: 'array', items: { $ref: '#/components/x-defs/Node' } } },
      },
    },
    '/components/x-defs/Node/items',
    'recursive $ref "#/components/x-defs/Node" does not point at a component schema',
    'Move the recursive schema to components/schemas and reference it there.',
  ],
  ['not a document', 'x', '', 'the document is not an object', 'Pass the parsed OpenAPI document.'],
];

describe('CodegenError for documents', () => {
  it.each(documentCases)('%s', (_name, given, pointer, message, hint) => {
    expect(codegenErrorOf(() => emitServerFiles(given))).toEqual({ pointer, message, hint });
  });
});
