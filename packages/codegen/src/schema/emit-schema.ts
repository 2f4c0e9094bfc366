import { CodegenError, childPointer } from '../codegen-error.js';
import { literal } from './code-literal.js';
import { defaultFits } from './default-fits.js';
import { emitComposition, hasComposition } from './emit-composition.js';
import type { EmitContext } from './emit-context.js';
import { emitConst, emitEnum } from './emit-enum.js';
import { emitObject } from './emit-object.js';
import { emitArray, emitNumber, emitString } from './emit-primitive.js';
import { emitRef } from './emit-ref.js';
import type { SchemaNode, SchemaObject } from './openapi-types.js';
import { translateOpenApi30 } from './translate-openapi-30.js';

/** Keywords that carry no validation; they become `.openapi({...})` metadata or are ignored. */
const ANNOTATIONS = new Set([
  'not',
  'description',
  'title',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'xml',
  '$comment',
  '$schema',
  '$id',
  '$defs',
  'definitions',
  'nullable',
  'discriminator',
  'contentMediaType',
  'contentEncoding',
  'default',
]);
const PASSED_THROUGH = [
  'title',
  'description',
  'deprecated',
  'externalDocs',
  'example',
  'examples',
  'contentMediaType',
  'contentEncoding',
] as const;

/**
 * The `false` schema (no value is valid). On a property it means "must be absent": with `.optional()` (added by the
 * object transform) an absent key passes and any value fails. zod-to-openapi cannot emit `z.never()`, so the value
 * goes through `z.unknown()` (emitted as `{}`) into `z.never()`, and the document gets the equivalent `not: {}`.
 */
export const FALSE_SCHEMA = 'z.unknown().pipe(z.never()).openapi({ not: {} })';

/** JSON Schema keywords that zod cannot express; each one is a CodegenError with this hint. */
const UNSUPPORTED = new Map<string, string>([
  ['if', 'Split the conditional schema into oneOf alternatives.'],
  ['then', 'Split the conditional schema into oneOf alternatives.'],
  ['else', 'Split the conditional schema into oneOf alternatives.'],
  ['patternProperties', 'Use `additionalProperties` with a schema instead of `patternProperties`.'],
  ['dependentRequired', 'Make the fields independent or model the variants with oneOf.'],
  ['dependentSchemas', 'Model the variants with oneOf.'],
  ['prefixItems', 'Use a homogeneous `items` schema (tuples are not supported).'],
  ['contains', 'Remove `contains`; validate it in the handler.'],
  ['unevaluatedProperties', 'Use `additionalProperties` instead.'],
  ['unevaluatedItems', 'Use `items` instead.'],
  ['$dynamicRef', 'Use a plain `$ref` to a component.'],
]);

/**
 * Transforms one schema node into a zod expression (without the property-level `.optional()`).
 *
 * @param node The schema (JSON Schema 2020-12 as used by OpenAPI 3.1).
 * @param pointer Its JSON pointer, named in any CodegenError.
 * @example emitSchema({ type: 'string', maxLength: 5 }, '/x', ctx) // "z.string().max(5)"
 */
export function emitSchema(node: SchemaNode, pointer: string, ctx: EmitContext): string {
  if (node === true) return 'z.unknown()';
  if (node === false) return FALSE_SCHEMA;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    throw new CodegenError(
      pointer,
      'schema must be an object',
      'Replace it with a schema object (`{}` accepts anything).',
    );
  }
  for (const keyword of Object.keys(node)) {
    const hint = UNSUPPORTED.get(keyword);
    if (hint)
      throw new CodegenError(
        childPointer(pointer, keyword),
        `\`${keyword}\` cannot be expressed in zod`,
        hint,
      );
  }
  if (!ctx.table.strict) node = translateOpenApi30(node, pointer, ctx.table.note);
  const defaultAsMetadata = ctx.defaultAsMetadata;
  ctx.defaultAsMetadata = false;
  const meta: Record<string, unknown> = {};
  let code = emitValidation(node, pointer, ctx, meta);
  addAnnotations(node, pointer, ctx, meta);
  const fits =
    node.default === undefined || (!defaultAsMetadata && defaultFits(node, node.default, ctx.table));
  // zod-to-openapi drops `.default()` on a registered schema unless the default is also metadata; a default that
  // does not fit its schema (e.g. `default: null` on a non-nullable branch), or of a value that must be sent, is
  // documentation only.
  if (node.default !== undefined && (typeof node.$ref === 'string' || !fits)) meta.default = node.default;
  if (node.not !== undefined) {
    // zod has no negation: a refinement runs the negated schema; the keyword is kept as metadata for the document.
    const negated = emitSchema(node.not as SchemaNode, childPointer(pointer, 'not'), ctx);
    code += `.refine((value) => !${negated}.safeParse(value).success, 'Must not match the \`not\` schema.')`;
    meta.not = node.not;
  }
  // `propertyNames`, `contentMediaType` and `contentEncoding` are not in zod-to-openapi's metadata type, but they are
  // emitted as given.
  const untyped = ['propertyNames', 'contentMediaType', 'contentEncoding'].some(
    (key) => meta[key] !== undefined,
  );
  if (Object.keys(meta).length > 0) code += `.openapi(${literal(meta)}${untyped ? ' as never' : ''})`;
  if (node.default !== undefined && fits) code += `.default(${literal(node.default)})`;
  return code;
}

/**
 * Adds the annotations of a node that become `.openapi({...})` metadata: the passed-through keywords (title,
 * description, examples, …), the readOnly/writeOnly flag that matters in the context's direction, vendor extensions.
 */
export function addAnnotations(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  meta: Record<string, unknown>,
): void {
  for (const key of PASSED_THROUGH) if (node[key] !== undefined) meta[key] = node[key];
  if (meta.examples !== undefined && !Array.isArray(meta.examples)) {
    throw new CodegenError(
      childPointer(pointer, 'examples'),
      'schema `examples` must be a list of values (JSON Schema), not a map of example objects',
      'Write `examples: [<value>, …]` (or `example: <value>`; named example objects belong on media types), or generate with `--lenient` to translate it.',
    );
  }
  if (ctx.direction === 'response' && node.readOnly === true) meta.readOnly = true;
  if (ctx.direction === 'request' && node.writeOnly === true) meta.writeOnly = true;
  for (const [key, value] of Object.entries(node)) if (key.startsWith('x-')) meta[key] = value;
}

function emitValidation(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  meta: Record<string, unknown>,
): string {
  if (typeof node.$ref === 'string') {
    const ref = emitRef(node.$ref, pointer, ctx);
    const ownKeys = Object.keys(node).filter(
      (k) => k !== '$ref' && !ANNOTATIONS.has(k) && !k.startsWith('x-'),
    );
    if (ownKeys.length === 0) return ref;
    // OpenAPI 3.1 allows keywords next to $ref: they must hold as well, i.e. an intersection.
    const own: SchemaObject = Object.fromEntries(ownKeys.map((k) => [k, node[k]]));
    return `z.intersection(${ref}, ${emitTyped(own, pointer, ctx, meta)})`;
  }
  if (hasComposition(node)) return emitComposition(node, pointer, ctx, (n, p) => emitTyped(n, p, ctx, meta));
  return emitTyped(node, pointer, ctx, meta);
}

/** The type-specific part: enum/const, then by `type` (several types become a union, `null` makes it nullable). */
export function emitTyped(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  meta: Record<string, unknown>,
): string {
  const declared = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  const nullable = declared.includes('null');
  const types = declared.filter((t) => t !== 'null');
  if (Array.isArray(node.enum)) return emitEnum(node.enum, nullable, childPointer(pointer, 'enum'), ctx);
  if (node.const !== undefined)
    return nullableOf(emitConst(node.const, childPointer(pointer, 'const')), nullable);
  if (types.length === 0) {
    if (nullable) return 'z.null()';
    const inferred = inferType(node);
    return inferred === undefined ? 'z.unknown()' : emitOfType(inferred, node, pointer, ctx, meta);
  }
  if (types.length === 1)
    return nullableOf(emitOfType(types[0] as string, node, pointer, ctx, meta), nullable);
  const members = types.map((t) => emitOfType(t, node, pointer, ctx, {}));
  return nullableOf(`z.union([${members.join(', ')}])`, nullable);
}

function nullableOf(code: string, nullable: boolean): string {
  return nullable ? `${code}.nullable()` : code;
}

function inferType(node: SchemaObject): string | undefined {
  if (node.properties !== undefined || node.additionalProperties !== undefined || node.required !== undefined)
    return 'object';
  if (node.items !== undefined || node.minItems !== undefined || node.maxItems !== undefined) return 'array';
  if (node.minLength !== undefined || node.maxLength !== undefined || node.pattern !== undefined)
    return 'string';
  if (node.minimum !== undefined || node.maximum !== undefined) return 'number';
  return undefined;
}

function emitOfType(
  type: unknown,
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  meta: Record<string, unknown>,
): string {
  switch (type) {
    case 'string':
      return emitString(node, pointer, meta);
    case 'integer':
    case 'number': {
      const helper = type === 'integer' && ctx.pathSegment ? 'pathInteger' : 'queryNumber';
      return coerced(emitNumber(type, node, pointer, meta), helper, ctx);
    }
    case 'boolean':
      return coerced('z.boolean()', 'queryBoolean', ctx);
    case 'array':
      return emitArray(node, pointer, ctx, meta, (item, p) => emitSchema(item, p, ctx));
    case 'object':
      return emitObject(node, pointer, ctx, (child, p) => emitSchema(child, p, ctx), meta);
    default:
      throw new CodegenError(
        childPointer(pointer, 'type'),
        typeof type === 'string'
          ? `unknown type "${type}"`
          : `\`type\` must be a type name or a list of type names, found ${describeValue(type)}`,
        'Use one of string, number, integer, boolean, array, object, null.',
      );
  }
}

/** A JSON value's kind for an error message: `an object`, `an array`, `null`, `the number 1`, … */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${JSON.stringify(value)}`;
}

/** Parameters arrive as strings: wrap the schema in the runtime coercion (a no-op for values of other shapes). */
export function coerced(code: string, helper: string, ctx: EmitContext): string {
  if (!ctx.coerce) return code;
  ctx.helpers.add(helper);
  return `z.preprocess(${helper}, ${code})`;
}
