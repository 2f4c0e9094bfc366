import { describe, expect, it } from 'vitest';
import type { SchemaNode } from '../../src/schema/openapi-types.js';
import { emitFragment, type FragmentOptions } from './emit-helpers.js';

const INT = "z.int('A valid integer is required.')";
const FALSE = 'z.unknown().pipe(z.never()).openapi({ not: {} })';
const LEVEL: Record<string, SchemaNode> = { L: { type: 'integer', enum: [1, 8] } };
const PETS: Record<string, SchemaNode> = {
  Cat: { type: 'object', required: ['kind'], properties: { kind: { const: 'cat' } } },
  Dog: { type: 'object', required: ['kind'], properties: { kind: { type: 'string', enum: ['dog'] } } },
};

/** given (a schema fragment) → the exact zod expression. One row per construct the generator must get right. */
const cases: [name: string, given: SchemaNode, expected: string, options?: FragmentOptions][] = [
  ['plain string', { type: 'string' }, 'z.string()'],
  [
    'string lengths and pattern',
    { type: 'string', minLength: 1, maxLength: 254, pattern: '^[a-z/]+$' },
    'z.string().min(1).max(254).regex(/^[a-z/]+$/)',
  ],
  ['format uuid', { type: 'string', format: 'uuid' }, 'z.guid()'],
  ['format email', { type: 'string', format: 'email', maxLength: 254 }, 'z.email().max(254)'],
  ['format uri', { type: 'string', format: 'uri' }, 'z.url()'],
  [
    'format date-time (offsets accepted)',
    { type: 'string', format: 'date-time' },
    'z.iso.datetime({ offset: true })',
  ],
  ['format date', { type: 'string', format: 'date' }, 'z.iso.date()'],
  [
    'decimal string: pattern enforced, format kept as metadata',
    { type: 'string', format: 'decimal', pattern: '^-?\\d{0,1}(?:\\.\\d{0,2})?$' },
    "z.string().regex(/^-?\\d{0,1}(?:\\.\\d{0,2})?$/).openapi({ format: 'decimal' })",
  ],
  ['int64', { type: 'integer', format: 'int64' }, `${INT}.openapi({ format: 'int64' })`],
  ['int32', { type: 'integer', format: 'int32' }, `${INT}.openapi({ format: 'int32' })`],
  ['inclusive bounds', { type: 'integer', minimum: 0, maximum: 30000 }, `${INT}.min(0).max(30000)`],
  [
    'exclusive bounds and multipleOf',
    { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1, multipleOf: 0.5 },
    'z.number().gt(0).lt(1).multipleOf(0.5).openapi({ multipleOf: 0.5 })',
  ],
  ['boolean', { type: 'boolean' }, 'z.boolean()'],
  ["type [T, 'null'] → nullable", { type: ['string', 'null'] }, 'z.string().nullable()'],
  [
    'string enum with blank and null',
    { type: ['string', 'null'], enum: ['a', '', null] },
    "z.enum(['a', '']).nullable()",
  ],
  [
    'integer enum: object form of z.enum',
    { type: 'integer', enum: [1, 8, 15] },
    'z.enum({ _1: 1, _8: 8, _15: 15 })',
  ],
  [
    'integer enum with null',
    { type: ['integer', 'null'], enum: [0, 1, null] },
    'z.enum({ _0: 0, _1: 1 }).nullable()',
  ],
  ['const', { type: 'string', const: '@current' }, "z.literal('@current')"],
  [
    'object: required and optional properties',
    {
      type: 'object',
      required: ['a'],
      properties: { a: { type: 'string' }, b: { type: ['integer', 'null'] } },
    },
    `z.object({\n  a: z.string(),\n  b: ${INT}.nullable().optional(),\n})`,
  ],
  [
    'additionalProperties: false → strictObject',
    { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } },
    'z.strictObject({\n  a: z.string().optional(),\n})',
  ],
  [
    'additionalProperties: true → looseObject',
    { type: 'object', additionalProperties: true, properties: { a: { type: 'string' } } },
    'z.looseObject({\n  a: z.string().optional(),\n})',
  ],
  [
    'additionalProperties schema with properties → catchall',
    { type: 'object', additionalProperties: { type: 'integer' }, properties: { a: { type: 'string' } } },
    `z.object({\n  a: z.string().optional(),\n}).catchall(${INT})`,
  ],
  [
    'map → record',
    { type: 'object', additionalProperties: { type: 'string' } },
    'z.record(z.string(), z.string())',
  ],
  ['free-form JSON value', {}, 'z.unknown()'],
  ['free-form JSON object', { type: 'object' }, 'z.record(z.string(), z.unknown())'],
  [
    'required free-form property stays required',
    { type: 'object', required: ['j'], properties: { j: { description: 'any' } } },
    "z.object({\n  j: z.unknown().nonoptional().openapi({ description: 'any' }),\n})",
  ],
  [
    'required name without a property schema: present, any value',
    { type: 'object', required: ['a', 'b'], properties: { a: { type: 'string' } } },
    'z.object({\n  a: z.string(),\n  b: z.unknown().nonoptional(),\n})',
  ],
  [
    'array with min/maxItems',
    { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 20 },
    'z.array(z.string()).min(1).max(20)',
  ],
  [
    'uniqueItems: refinement + metadata',
    { type: 'array', items: { type: 'string' }, uniqueItems: true },
    "z.array(z.string()).refine((items) => new Set(items.map((item) => JSON.stringify(item))).size === items.length, 'Items must be unique.').openapi({ uniqueItems: true })",
  ],
  [
    'annotations: title, description, deprecated, example, extensions',
    { type: 'string', description: 'd', example: 'e', deprecated: true, title: 'T', 'x-extra': 1 },
    "z.string().openapi({ title: 'T', description: 'd', deprecated: true, example: 'e', 'x-extra': 1 })",
  ],
  ['examples (3.1 list)', { type: 'integer', examples: [1, 2] }, `${INT}.openapi({ examples: [1, 2] })`],
  ['default', { type: 'string', maxLength: 30, default: '' }, "z.string().max(30).default('')"],
  [
    'default on a $ref is also metadata (zod-to-openapi drops it otherwise)',
    { $ref: '#/components/schemas/L', default: 1, description: 'lvl' },
    "L.openapi({ description: 'lvl', default: 1 }).default(1)",
    { components: LEVEL },
  ],
  [
    'default that does not fit its schema is documentation only',
    { type: 'object', properties: { a: { type: 'string' } }, default: null },
    'z.object({\n  a: z.string().optional(),\n}).openapi({ default: null })',
  ],
  ['$ref → the component', { $ref: '#/components/schemas/L' }, 'L', { components: LEVEL }],
  [
    'nullable $ref (anyOf with null) keeps its anyOf form',
    { anyOf: [{ $ref: '#/components/schemas/L' }, { type: 'null' }] },
    'z.union([L, z.null()])',
    { components: LEVEL },
  ],
  [
    '$ref with validation siblings → intersection',
    { $ref: '#/components/schemas/S', maxLength: 3 },
    'z.intersection(S, z.string().max(3))',
    { components: { S: { type: 'string' } } },
  ],
  [
    'anyOf of a uuid and a const',
    {
      anyOf: [
        { type: 'string', format: 'uuid' },
        { type: 'string', const: '@current' },
      ],
    },
    "z.union([z.guid(), z.literal('@current')])",
  ],
  [
    'allOf → intersection',
    {
      allOf: [{ $ref: '#/components/schemas/S' }, { type: 'object', properties: { b: { type: 'string' } } }],
    },
    'z.intersection(S, z.object({\n  b: z.string().optional(),\n}))',
    { components: { S: { type: 'object', properties: { a: { type: 'string' } } } } },
  ],
  [
    'oneOf with discriminator and one-value discriminator properties → discriminatedUnion',
    {
      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }],
      discriminator: { propertyName: 'kind' },
    },
    "z.discriminatedUnion('kind', [Cat, Dog])",
    { components: PETS },
  ],
  [
    'oneOf with a discriminator the members do not fix → union with the discriminator as metadata',
    { oneOf: [{ $ref: '#/components/schemas/S' }], discriminator: { propertyName: 'kind' } },
    "z.union([S]).openapi({ discriminator: { propertyName: 'kind' } }, { unionPreferredType: 'oneOf' })",
    { components: { S: { type: 'object', properties: { kind: { type: 'string' } } } } },
  ],
  [
    'oneOf without discriminator → union, published as oneOf',
    { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    `z.union([z.string(), ${INT}]).openapi({}, { unionPreferredType: 'oneOf' })`,
  ],
  [
    'several types → union',
    { type: ['string', 'integer', 'null'] },
    `z.union([z.string(), ${INT}]).nullable()`,
  ],
  [
    'readOnly property: kept with metadata in the response form',
    {
      type: 'object',
      required: ['id', 'n'],
      properties: {
        id: { type: 'string', readOnly: true },
        n: { type: 'string' },
        pw: { type: 'string', writeOnly: true },
      },
    },
    'z.object({\n  id: z.string().openapi({ readOnly: true }),\n  n: z.string(),\n})',
  ],
  [
    'writeOnly property: kept in the request form, readOnly dropped',
    {
      type: 'object',
      required: ['id', 'n'],
      properties: {
        id: { type: 'string', readOnly: true },
        n: { type: 'string' },
        pw: { type: 'string', writeOnly: true },
      },
    },
    'z.object({\n  n: z.string(),\n  pw: z.string().openapi({ writeOnly: true }).optional(),\n})',
    { direction: 'request' },
  ],
  [
    'request side refers to the request form of a split component',
    { $ref: '#/components/schemas/U' },
    'URequest',
    {
      direction: 'request',
      requestRoots: [{ $ref: '#/components/schemas/U' }],
      responseRoots: [{ $ref: '#/components/schemas/U' }],
      components: { U: { type: 'object', properties: { id: { type: 'integer', readOnly: true } } } },
    },
  ],
  [
    'request side refers to a component only requests use by its own name (its request form is its only form)',
    { $ref: '#/components/schemas/U' },
    'U',
    {
      direction: 'request',
      requestRoots: [{ $ref: '#/components/schemas/U' }],
      components: { U: { type: 'object', properties: { id: { type: 'integer', readOnly: true } } } },
    },
  ],
  [
    'parameter integer: coerced from the string, default kept',
    { type: 'integer', minimum: 1, default: 100 },
    `z.preprocess(queryNumber, ${INT}.min(1)).default(100)`,
    { coerce: true },
  ],
  [
    'parameter boolean: coerced',
    { type: 'boolean' },
    'z.preprocess(queryBoolean, z.boolean())',
    { coerce: true },
  ],
  [
    'parameter array: single value → list, items coerced',
    { type: 'array', items: { type: 'integer' } },
    `z.preprocess(queryArray, z.array(z.preprocess(queryNumber, ${INT})))`,
    { coerce: true },
  ],
  [
    'parameter numeric enum: coerced',
    { type: 'integer', enum: [1, 8] },
    'z.preprocess(queryNumber, z.enum({ _1: 1, _8: 8 }))',
    { coerce: true },
  ],
  [
    'not → refinement + metadata',
    { type: 'string', not: { const: 'x' } },
    "z.string().refine((value) => !z.literal('x').safeParse(value).success, 'Must not match the `not` schema.').openapi({ not: { const: 'x' } })",
  ],
  [
    'minProperties → refinement + metadata',
    { type: 'object', minProperties: 1, additionalProperties: { type: 'string' } },
    "z.record(z.string(), z.string()).refine((value) => Object.keys(value).length >= 1, 'minProperties: 1').openapi({ minProperties: 1 })",
  ],
  [
    'propertyNames on a map → key schema',
    { type: 'object', propertyNames: { maxLength: 3 }, additionalProperties: { type: 'string' } },
    'z.record(z.string().max(3), z.string()).openapi({ propertyNames: { maxLength: 3 } } as never)',
  ],
  [
    'contentEncoding / contentMediaType kept as metadata',
    { type: 'string', contentEncoding: 'base64', contentMediaType: 'application/pdf' },
    "z.string().openapi({ contentMediaType: 'application/pdf', contentEncoding: 'base64' } as never)",
  ],
  ['the false schema → never, documented as not: {}', false, FALSE],
  [
    'optional property with the false schema → must be absent',
    { type: 'object', properties: { a: { type: 'string' }, additionalProperties: false } },
    `z.object({\n  a: z.string().optional(),\n  additionalProperties: ${FALSE}.optional(),\n})`,
  ],
  [
    'required property with the false schema → no object is valid',
    { type: 'object', required: ['a'], properties: { a: false } },
    `z.object({\n  a: ${FALSE.replace('z.unknown()', 'z.unknown().nonoptional()')},\n})`,
  ],
  ['items: false → only the empty array', { type: 'array', items: false }, `z.array(${FALSE})`],
  [
    'non-strict: 3.0 exclusiveMinimum: true translated',
    { type: 'number', minimum: 0, exclusiveMinimum: true },
    'z.number().gt(0)',
    { strict: false },
  ],
  [
    'non-strict: schema examples given as a map → list of values',
    { type: 'string', examples: { one: { value: 'a' } } },
    "z.string().openapi({ examples: ['a'] })",
    { strict: false },
  ],
  [
    'non-strict: 3.0 nullable: true translated',
    { type: 'string', nullable: true },
    'z.string().nullable()',
    { strict: false },
  ],
];

describe('schema transforms (given fragment → exact zod code)', () => {
  it.each(cases)('%s', (_name, given, expected, options) => {
    expect(emitFragment(given, options)).toBe(expected);
  });
});
