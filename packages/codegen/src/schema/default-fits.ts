import { type ComponentTable, entryForRef } from './component-table.js';
import type { SchemaNode, SchemaObject } from './openapi-types.js';

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/**
 * Whether a `default` value is valid for its schema, as far as a structural check can tell (types, enum, const,
 * required keys, refs, compositions). `default` is only an annotation in JSON Schema, but zod's `.default()` must
 * type-check against the schema, so an unfit default is emitted as metadata only.
 */
export function defaultFits(
  node: SchemaNode,
  value: unknown,
  table: Pick<ComponentTable, 'entries' | 'nested'>,
  depth = 0,
): boolean {
  if (typeof node !== 'object' || node === null || depth > 20) return true;
  const schema = node as SchemaObject;
  if (typeof schema.$ref === 'string') {
    const target = entryForRef(table, schema.$ref);
    if (target && !defaultFits(target.schema, value, table, depth + 1)) return false;
  }
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const actual = jsonType(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number')))
    return false;
  if (Array.isArray(schema.enum) && !schema.enum.some((v) => JSON.stringify(v) === JSON.stringify(value)))
    return false;
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value)) return false;
  if (actual === 'object' && Array.isArray(schema.required)) {
    if (schema.required.some((key) => !(key in (value as object)))) return false;
  }
  const fitsMember = (m: SchemaNode) => defaultFits(m, value, table, depth + 1);
  if (Array.isArray(schema.anyOf) && !schema.anyOf.some(fitsMember)) return false;
  if (Array.isArray(schema.oneOf) && !schema.oneOf.some(fitsMember)) return false;
  if (Array.isArray(schema.allOf) && !schema.allOf.every(fitsMember)) return false;
  return true;
}
