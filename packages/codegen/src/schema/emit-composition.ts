import { childPointer } from '../codegen-error.js';
import { literal, quote } from './code-literal.js';
import { entryForRef } from './component-table.js';
import type { EmitContext } from './emit-context.js';
import { emitSchema } from './emit-schema.js';
import type { SchemaNode, SchemaObject } from './openapi-types.js';

const COMPOSITION = new Set(['allOf', 'anyOf', 'oneOf', 'discriminator']);
const NOT_OWN = new Set([
  'type',
  'description',
  'title',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'externalDocs',
  'default',
  'nullable',
  '$comment',
  'not',
]);

/** True when the node uses allOf/anyOf/oneOf. */
export function hasComposition(node: SchemaObject): boolean {
  return Array.isArray(node.allOf) || Array.isArray(node.anyOf) || Array.isArray(node.oneOf);
}

/**
 * allOf → `z.intersection` (emitted as one flat allOf); anyOf → `z.union`; oneOf with a discriminator whose members
 * are components with a one-value discriminator property → `z.discriminatedUnion`, other oneOf → `z.union` published
 * as `oneOf` (zod has no exclusive union: it accepts a value matching several members). Keywords next to the composition are intersected with it; an
 * allOf with a single member is that member.
 */
export function emitComposition(
  node: SchemaObject,
  pointer: string,
  ctx: EmitContext,
  emitOwn: (node: SchemaObject, pointer: string) => string,
): string {
  const parts: string[] = [];
  const list = (key: 'allOf' | 'anyOf' | 'oneOf') =>
    (node[key] ?? []).map((member, i) =>
      emitSchema(member, childPointer(childPointer(pointer, key), i), ctx),
    );
  if (Array.isArray(node.allOf)) parts.push(...list('allOf'));
  if (Array.isArray(node.anyOf)) parts.push(`z.union([${list('anyOf').join(', ')}])`);
  if (Array.isArray(node.oneOf)) parts.push(emitOneOf(node, list('oneOf'), ctx));
  const ownKeys = Object.keys(node).filter(
    (k) => !COMPOSITION.has(k) && !NOT_OWN.has(k) && !k.startsWith('x-'),
  );
  const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
  if (ownKeys.length > 0) {
    const own: SchemaObject = {};
    for (const key of ['type', ...ownKeys]) if (node[key] !== undefined) own[key] = node[key];
    parts.push(emitOwn(own, pointer));
  }
  let code = parts[0] as string;
  for (const part of parts.slice(1)) code = `z.intersection(${code}, ${part})`;
  return ownKeys.length === 0 && types.includes('null') ? `${code}.nullable()` : code;
}

/** zod-to-openapi's option to publish a `z.union` as `oneOf` (its default is `anyOf`). */
const ONE_OF = "{ unionPreferredType: 'oneOf' }";

function emitOneOf(node: SchemaObject, members: string[], ctx: EmitContext): string {
  const discriminator = node.discriminator;
  if (discriminator && typeof discriminator.propertyName === 'string') {
    const literalOk = (node.oneOf ?? []).every(
      (m) => discriminatorValue(m, discriminator.propertyName, ctx) !== undefined,
    );
    // A lazy member (recursion) has no discriminator value zod could read when the union is built.
    if (literalOk && !members.some((member) => member.startsWith('z.lazy(')))
      return `z.discriminatedUnion(${quote(discriminator.propertyName)}, [${members.join(', ')}])`;
    return `z.union([${members.join(', ')}]).openapi({ discriminator: ${literal(discriminator)} }, ${ONE_OF})`;
  }
  return `z.union([${members.join(', ')}]).openapi({}, ${ONE_OF})`;
}

/** The single value a oneOf member (a component ref) fixes for the discriminator property, if any. */
function discriminatorValue(member: SchemaNode, property: string, ctx: EmitContext): unknown {
  if (typeof member !== 'object' || typeof member.$ref !== 'string') return undefined;
  const schema = entryForRef(ctx.table, member.$ref)?.schema;
  if (typeof schema !== 'object') return undefined;
  if (!Array.isArray(schema.required) || !schema.required.includes(property)) return undefined;
  const prop = schema.properties?.[property];
  if (typeof prop !== 'object') return undefined;
  if (prop.const !== undefined) return prop.const;
  if (Array.isArray(prop.enum) && prop.enum.length === 1) return prop.enum[0];
  return undefined;
}
