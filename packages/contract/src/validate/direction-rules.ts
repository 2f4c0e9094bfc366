import type { SpecIndex } from '../spec/spec-types.js';
import { isSchemaObject, type SchemaObject } from './schema-walk.js';

/** Which way a payload travels: readOnly/writeOnly mean different things in each. */
export type Direction = 'request' | 'response';

/** Custom Ajv keyword that always fails: replaces a writeOnly property's schema in the response direction. */
export const WRITE_ONLY_KEYWORD = 'oasWriteOnlyInResponse';

/**
 * True when the property schema is flagged readOnly/writeOnly, directly, through a `$ref` or an `allOf` member.
 * (OpenAPI 3.1 allows `{ $ref, readOnly: true }` siblings, and component schemas may carry the flag themselves.)
 */
export function hasFlag(
  spec: SpecIndex,
  schema: unknown,
  flag: 'readOnly' | 'writeOnly',
  depth = 0,
): boolean {
  if (!isSchemaObject(schema) || depth > 8) return false;
  if (schema[flag] === true) return true;
  if (typeof schema.$ref === 'string') {
    const target = spec.deref({ $ref: schema.$ref }, '').value;
    if (hasFlag(spec, target, flag, depth + 1)) return true;
  }
  return Array.isArray(schema.allOf) && schema.allOf.some((s) => hasFlag(spec, s, flag, depth + 1));
}

/**
 * Applies the direction rules to one (already copied) object schema:
 * - request: a readOnly property is not required (it is ignored if sent);
 * - response: a writeOnly property is not required, and present is a violation.
 */
export function applyDirection(
  spec: SpecIndex,
  copy: SchemaObject,
  original: SchemaObject,
  direction: Direction,
): SchemaObject {
  const props = isSchemaObject(original.properties) ? original.properties : undefined;
  if (!props) return copy;
  const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
  const flagged = Object.keys(props).filter((name) => hasFlag(spec, props[name], flag));
  if (flagged.length === 0) return copy;
  if (Array.isArray(copy.required)) {
    copy.required = copy.required.filter((name) => !flagged.includes(name as string));
  }
  if (direction === 'response') {
    const copiedProps = copy.properties as SchemaObject;
    for (const name of flagged) copiedProps[name] = { [WRITE_ONLY_KEYWORD]: true };
  }
  return copy;
}
