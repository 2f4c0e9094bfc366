import { INTEGER_MESSAGE } from '@org-api/runtime/messages';
import { CodegenError, childPointer } from '../codegen-error.js';
import { quote } from './code-literal.js';
import type { EmitContext } from './emit-context.js';
import { coerced } from './emit-schema.js';
import type { SchemaNode, SchemaObject } from './openapi-types.js';

/** Formats with a zod constructor that also validates them (and that zod-to-openapi emits as that format). */
const STRING_FORMATS: Record<string, string> = {
  uuid: 'z.guid()',
  email: 'z.email()',
  uri: 'z.url()',
  'date-time': 'z.iso.datetime({ offset: true })',
  date: 'z.iso.date()',
  ipv4: 'z.ipv4()',
  ipv6: 'z.ipv6()',
};

/** `type: string` with format, lengths and pattern; other formats are kept as metadata only. */
export function emitString(node: SchemaObject, pointer: string, meta: Record<string, unknown>): string {
  const format = typeof node.format === 'string' ? node.format : undefined;
  let code = (format && STRING_FORMATS[format]) || 'z.string()';
  if (format && !STRING_FORMATS[format]) meta.format = format;
  if (node.minLength !== undefined)
    code += `.min(${count(node.minLength, childPointer(pointer, 'minLength'))})`;
  if (node.maxLength !== undefined)
    code += `.max(${count(node.maxLength, childPointer(pointer, 'maxLength'))})`;
  if (node.pattern !== undefined)
    code += `.regex(${regexLiteral(node.pattern, childPointer(pointer, 'pattern'))})`;
  return code;
}

/** `type: integer|number` with bounds and multipleOf; int32/int64/float/double stay as `format` metadata. */
export function emitNumber(
  type: string,
  node: SchemaObject,
  pointer: string,
  meta: Record<string, unknown>,
): string {
  // The message tells "not an integer" apart from "not a number" (zod reports both as expected: number).
  let code = type === 'integer' ? `z.int(${quote(INTEGER_MESSAGE)})` : 'z.number()';
  if (typeof node.format === 'string') meta.format = node.format;
  const bound = (keyword: string, method: string) => {
    const value = node[keyword];
    if (value === undefined) return;
    if (typeof value !== 'number') {
      throw new CodegenError(
        childPointer(pointer, keyword),
        `\`${keyword}\` must be a number in OpenAPI 3.1`,
        keyword.startsWith('exclusive')
          ? 'Write `exclusiveMinimum: <n>` instead of `minimum: <n>, exclusiveMinimum: true` (3.0 style), or generate with `--lenient` to translate it.'
          : 'Use a number.',
      );
    }
    code += `.${method}(${value})`;
  };
  bound('minimum', 'min');
  bound('exclusiveMinimum', 'gt');
  bound('maximum', 'max');
  bound('exclusiveMaximum', 'lt');
  if (node.multipleOf !== undefined) {
    bound('multipleOf', 'multipleOf');
    meta.multipleOf = node.multipleOf;
  }
  return code;
}

/** `type: array` with items, min/maxItems and uniqueItems (checked by a refinement, emitted as metadata). */
export function emitArray(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  meta: Record<string, unknown>,
  emitItem: (item: SchemaNode, pointer: string) => string,
): string {
  const items =
    node.items === undefined ? 'z.unknown()' : emitItem(node.items, childPointer(pointer, 'items'));
  let code = `z.array(${items})`;
  if (node.minItems !== undefined) code += `.min(${count(node.minItems, childPointer(pointer, 'minItems'))})`;
  if (node.maxItems !== undefined) code += `.max(${count(node.maxItems, childPointer(pointer, 'maxItems'))})`;
  if (node.uniqueItems === true) {
    code += `.refine((items) => new Set(items.map((item) => JSON.stringify(item))).size === items.length, 'Items must be unique.')`;
    meta.uniqueItems = true;
  }
  return coerced(code, ctx.csvArrays ? 'queryCsv' : 'queryArray', ctx);
}

function count(value: unknown, pointer: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new CodegenError(pointer, 'must be a non-negative integer', 'Use a whole number ≥ 0.');
  }
  return value;
}

/** A regex literal for a pattern (checked to compile as a JavaScript RegExp). */
export function regexLiteral(pattern: unknown, pointer: string): string {
  if (typeof pattern !== 'string')
    throw new CodegenError(pointer, 'pattern must be a string', 'Use a string.');
  try {
    new RegExp(pattern);
  } catch (error) {
    throw new CodegenError(
      pointer,
      `pattern is not a valid ECMAScript regular expression (${(error as Error).message})`,
      'Rewrite it in ECMA-262 syntax (OpenAPI 3.1 patterns are ECMA-262 regular expressions).',
    );
  }
  return `/${new RegExp(pattern).source}/`;
}
