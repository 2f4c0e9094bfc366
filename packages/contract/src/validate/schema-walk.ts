import type { JsonSchema } from '../spec/spec-types.js';

/** Keywords whose value is a map of name → subschema. */
export const SCHEMA_MAP_KEYWORDS = [
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
];
/** Keywords whose value is one subschema. */
export const SCHEMA_KEYWORDS = [
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
];
/** Keywords whose value is an array of subschemas. */
export const SCHEMA_ARRAY_KEYWORDS = ['prefixItems', 'allOf', 'anyOf', 'oneOf'];

export type SchemaObject = { [key: string]: unknown };

export const isSchemaObject = (s: unknown): s is SchemaObject =>
  s !== null && typeof s === 'object' && !Array.isArray(s);

/**
 * Copies a schema tree, calling `visit` on every schema object after its children were copied.
 * `visit` receives the copy, the original and the original's pointer; it may mutate the copy.
 */
export function mapSchema(
  schema: JsonSchema,
  pointer: string,
  visit: (copy: SchemaObject, original: SchemaObject, pointer: string) => SchemaObject | boolean,
): JsonSchema {
  if (!isSchemaObject(schema)) return schema;
  const copy: SchemaObject = {};
  for (const [key, value] of Object.entries(schema)) {
    const child = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (SCHEMA_MAP_KEYWORDS.includes(key) && isSchemaObject(value)) {
      const out: SchemaObject = {};
      for (const [name, sub] of Object.entries(value)) {
        out[name] = mapSchema(
          sub as JsonSchema,
          `${child}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`,
          visit,
        );
      }
      copy[key] = out;
    } else if (SCHEMA_KEYWORDS.includes(key) && (isSchemaObject(value) || typeof value === 'boolean')) {
      copy[key] = mapSchema(value as JsonSchema, child, visit);
    } else if (SCHEMA_ARRAY_KEYWORDS.includes(key) && Array.isArray(value)) {
      copy[key] = value.map((sub, i) => mapSchema(sub as JsonSchema, `${child}/${i}`, visit));
    } else {
      copy[key] = value;
    }
  }
  return visit(copy, schema, pointer);
}
