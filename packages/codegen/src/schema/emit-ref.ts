import { CodegenError } from '../codegen-error.js';
import { quote } from './code-literal.js';
import { entryForRef } from './component-table.js';
import type { EmitContext } from './emit-context.js';
import { emitSchema } from './emit-schema.js';
import { componentSchemaName, refToPointer, resolvePointer } from './json-pointer.js';
import type { SchemaNode } from './openapi-types.js';

/** The runtime coercion a parameter needs when it refers to a component of that type. */
function coercionFor(schema: SchemaNode, pathSegment: boolean): string | undefined {
  if (typeof schema !== 'object') return undefined;
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (pathSegment && types.length === 1 && types[0] === 'integer') return 'pathInteger';
  if (types.includes('integer') || types.includes('number')) return 'queryNumber';
  if (Array.isArray(schema.enum) && schema.enum.some((v) => typeof v === 'number')) return 'queryNumber';
  if (types.includes('boolean')) return 'queryBoolean';
  if (types.includes('array')) return 'queryArray';
  return undefined;
}

/**
 * A `$ref`: a component becomes its identifier (the request form on the request side when the forms differ);
 * any other local pointer is expanded inline.
 */
export function emitRef(ref: string, pointer: string, ctx: EmitContext): string {
  const name = componentSchemaName(ref) ?? ctx.table.nested.get(ref);
  if (name !== undefined) {
    const entry = entryForRef(ctx.table, ref);
    if (!entry) {
      throw new CodegenError(
        pointer,
        `$ref "${ref}" does not resolve`,
        `Add the component "${name}" or fix the ref.`,
      );
    }
    const identifier =
      ctx.direction === 'request' && entry.request ? entry.request.identifier : entry.identifier;
    const code = `${ctx.prefix}${identifier}`;
    if (ctx.defined && !ctx.defined.has(identifier)) {
      // Defined further down (recursion). Inside an object property the property becomes a getter (zod 4 infers
      // its type); elsewhere the ref is lazy, typed `unknown` at that point: a recursive type cannot be inferred.
      if (ctx.propertyDepth === 0) return `z.lazy((): z.ZodType<unknown> => ${code})`;
      ctx.forward = true;
    }
    const helper = ctx.coerce ? coercionFor(entry.schema, ctx.pathSegment) : undefined;
    if (helper) ctx.helpers.add(helper);
    // Re-registering the coerced pipe under the component's name keeps it a $ref in the published document.
    return helper ? `z.preprocess(${helper}, ${code}).openapi(${quote(entry.name)})` : code;
  }
  const target = refToPointer(ref, pointer);
  if (ctx.expanding.includes(target)) {
    throw new CodegenError(
      pointer,
      `recursive $ref "${ref}" does not point at a component schema`,
      'Move the recursive schema to components/schemas and reference it there.',
    );
  }
  ctx.expanding.push(target);
  try {
    return emitSchema(resolvePointer(ctx.doc, target, pointer) as SchemaNode, target, ctx);
  } finally {
    ctx.expanding.pop();
  }
}
