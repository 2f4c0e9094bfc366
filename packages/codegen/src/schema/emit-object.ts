import { CodegenError, childPointer } from '../codegen-error.js';
import { indentTail, propertyKey, quote } from './code-literal.js';
import { defaultFits } from './default-fits.js';
import type { EmitContext } from './emit-context.js';
import type { SchemaNode, SchemaObject } from './openapi-types.js';
import { isExcluded } from './schema-walk.js';

/**
 * `type: object`: `z.object` (unknown keys stripped), `z.strictObject` for `additionalProperties: false`,
 * `z.looseObject` for `true`/`{}`, `.catchall(schema)` for a schema; no properties → `z.record`.
 * Optional properties get `.optional()`; a property that refers to a component defined further down (recursion)
 * becomes a getter, which zod 4 resolves lazily and TypeScript infers without annotations.
 */
export function emitObject(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  emitChild: (child: SchemaNode, pointer: string) => string,
  meta: Record<string, unknown>,
): string {
  const properties = node.properties ?? {};
  const required = Array.isArray(node.required) ? node.required : [];
  const extra = node.additionalProperties;
  // A required name without a property schema must be present with any value (JSON Schema semantics).
  const undeclared = required.filter((name) => properties[name] === undefined);
  const names = [...Object.keys(properties), ...undeclared];
  const keys = propertyNamesSchema(node, names.length > 0 || extra === false, pointer, emitChild, meta);
  if (names.length === 0 && extra !== false) {
    const values =
      extra === undefined || extra === true
        ? 'z.unknown()'
        : emitChild(extra, childPointer(pointer, 'additionalProperties'));
    return withPropertyCounts(`z.record(${keys}, ${values})`, node, pointer, meta);
  }
  const body = objectBody(propertyEntries(node, pointer, ctx, emitChild));
  let code: string;
  if (extra === false) code = `z.strictObject(${body})`;
  else if (extra === true || (typeof extra === 'object' && Object.keys(extra).length === 0))
    code = `z.looseObject(${body})`;
  else if (extra === undefined) code = `z.object(${body})`;
  else
    code = `z.object(${body}).catchall(${emitChild(extra, childPointer(pointer, 'additionalProperties'))})`;
  return withPropertyCounts(code, node, pointer, meta);
}

/** One property of an emitted object: its value code (with `.optional()`), and whether it must be a getter. */
export interface PropertyEntry {
  name: string;
  code: string;
  /** The code refers to a component defined further down (recursion): the property is a getter, read lazily. */
  getter: boolean;
  /** The input may leave it out: not required, or it has a default. */
  optional: boolean;
}

/**
 * The properties of an object node in the context's direction (excluded ones left out): the declared ones in order,
 * then required names without a declared schema (any value, but present).
 */
export function propertyEntries(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  emitChild: (child: SchemaNode, pointer: string) => string,
): PropertyEntry[] {
  const properties = node.properties ?? {};
  const required = Array.isArray(node.required) ? node.required : [];
  const undeclared = required.filter((name) => properties[name] === undefined);
  const entries: PropertyEntry[] = [];
  for (const name of [...Object.keys(properties), ...undeclared]) {
    const property = properties[name] ?? {};
    if (isExcluded(property, ctx.direction)) continue;
    const outerForward = ctx.forward;
    ctx.forward = false;
    ctx.propertyDepth++;
    // A required property must be sent even when it has a default (which is then documentation only).
    ctx.defaultAsMetadata = required.includes(name);
    let code = emitChild(property, childPointer(childPointer(pointer, 'properties'), name));
    ctx.propertyDepth--;
    const hasDefault =
      !required.includes(name) &&
      typeof property === 'object' &&
      property.default !== undefined &&
      defaultFits(property, property.default, ctx.table);
    if (!required.includes(name) && !hasDefault) code += '.optional()';
    // z.unknown() accepts undefined, so zod-to-openapi would not list the property as required.
    else if (required.includes(name) && code.startsWith('z.unknown()'))
      code = code.replace('z.unknown()', 'z.unknown().nonoptional()');
    entries.push({ name, code, getter: ctx.forward, optional: !required.includes(name) || hasDefault });
    ctx.forward = outerForward;
  }
  return entries;
}

/** The object literal of a shape: `name: code,` per property, a getter where the property needs one. */
export function objectBody(entries: PropertyEntry[]): string {
  const lines = entries.map(({ name, code, getter }) =>
    getter
      ? `get ${propertyKey(name)}() {\n  return ${indentTail(code)};\n},`
      : `${propertyKey(name)}: ${code},`,
  );
  return lines.length === 0 ? '{}' : `{\n  ${lines.map(indentTail).join('\n  ')}\n}`;
}

/** `propertyNames` of a map (string constraints only): the record's key schema; kept as metadata for the document. */
function propertyNamesSchema(
  node: SchemaObject,
  hasProperties: boolean,
  pointer: string,
  emitChild: (child: SchemaNode, pointer: string) => string,
  meta: Record<string, unknown>,
): string {
  if (node.propertyNames === undefined) return 'z.string()';
  const names = node.propertyNames as SchemaObject;
  const at = childPointer(pointer, 'propertyNames');
  const stringOnly =
    typeof names === 'object' &&
    names !== null &&
    names.enum === undefined &&
    names.const === undefined &&
    names.$ref === undefined &&
    (names.type === undefined || names.type === 'string');
  if (hasProperties || !stringOnly) {
    throw new CodegenError(
      at,
      '`propertyNames` is only supported on a map (no `properties`) with string constraints',
      'Use string constraints (maxLength, pattern, format) or describe the keys in the description.',
    );
  }
  meta.propertyNames = names;
  return emitChild({ ...names, type: 'string' }, at);
}

/** minProperties/maxProperties: a refinement (zod has no keyword for them) plus the keyword as metadata. */
function withPropertyCounts(
  code: string,
  node: SchemaObject,
  pointer: string,
  meta: Record<string, unknown>,
): string {
  let out = code;
  for (const [keyword, op] of [
    ['minProperties', '>='],
    ['maxProperties', '<='],
  ] as const) {
    const value = node[keyword];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new CodegenError(
        childPointer(pointer, keyword),
        'must be a non-negative integer',
        'Use a whole number ≥ 0.',
      );
    }
    out += `.refine((value) => Object.keys(value).length ${op} ${value}, ${quote(`${keyword}: ${value}`)})`;
    meta[keyword] = value;
  }
  return out;
}
