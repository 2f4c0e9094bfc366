import { literal, propertyKey } from './code-literal.js';
import { type ComponentEntry, type ComponentTable, formFor } from './component-table.js';
import { createContext } from './emit-context.js';
import { objectBody, type PropertyEntry, propertyEntries } from './emit-object.js';
import { addAnnotations, emitSchema } from './emit-schema.js';
import type { Direction, OpenApiDocument, SchemaObject } from './openapi-types.js';
import { translateOpenApi30 } from './translate-openapi-30.js';

/** Keywords of an object schema that a derived form (`.omit`, `.partial`, `.extend` of another) cannot carry. */
const NOT_DERIVABLE = [
  '$ref',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'enum',
  'const',
  'default',
  'minProperties',
  'maxProperties',
  'propertyNames',
];

/** The form a derived one starts from: an emitted identifier, its schema and direction, and whether it is made partial. */
interface Base {
  identifier: string;
  node: SchemaObject;
  pointer: string;
  direction: Direction;
  partial: boolean;
}

/**
 * The code of one component form written as a change of a form defined above it, or undefined when it cannot be:
 * - a request form from the component's response form: `X.omit({ <readOnly> }).extend({ <properties that differ> })`;
 * - the response form of a "patch" component (no required properties, the same property names in the same order as
 *   another component, e.g. `PatchedProject` and `Project`): `Project.partial().extend({ <properties that differ> })`,
 *   and so its request form when that is its only form (`ProjectRequest.partial()…`);
 * then the form's own annotations (`.openapi({...})`). The caller keeps the shorter of this and the full form. Both
 * describe the same values and publish the same document: only plain objects qualify (no composition, refinement,
 * top-level default or nullability), property order must come out the same, and no property may be a getter.
 */
export function deriveForm(
  doc: OpenApiDocument,
  table: ComponentTable,
  entry: ComponentEntry,
  direction: Direction,
  defined: Set<string>,
): string | undefined {
  const node = derivable(entry.schema, entry.pointer, table);
  if (!node) return undefined;
  const base =
    direction === 'request' && entry.responseForm
      ? {
          identifier: entry.identifier,
          node,
          pointer: entry.pointer,
          direction: 'response' as const,
          partial: false,
        }
      : patchBase(table, entry, node, direction);
  if (!base || !defined.has(base.identifier)) return undefined;
  const form = entriesOf(doc, table, node, entry.pointer, direction, defined);
  const from = entriesOf(doc, table, base.node, base.pointer, base.direction, defined);
  if (!form || !from) return undefined;
  const baseCode = new Map(
    from.map((p) => [p.name, base.partial && !p.optional ? `${p.code}.optional()` : p.code]),
  );
  const formNames = new Set(form.map((p) => p.name));
  const omitted = from.filter((p) => !formNames.has(p.name)).map((p) => p.name);
  const changed = form.filter((p) => baseCode.get(p.name) !== p.code);
  // `.extend` keeps the position of a property the base has and appends a new one: the order must come out the same.
  const order = [...from.map((p) => p.name).filter((name) => formNames.has(name))];
  for (const p of changed) if (!baseCode.has(p.name)) order.push(p.name);
  if (order.join('\n') !== form.map((p) => p.name).join('\n')) return undefined;
  // zod-to-openapi publishes `.extend` of a registered schema as `allOf: [<its $ref>, <extension>]`, not as the
  // flat object the spec has; after `.omit`/`.partial` the result is no longer the registered schema.
  if (omitted.length === 0 && !base.partial && changed.length > 0) return undefined;
  let code = `${base.identifier}${base.partial ? '.partial()' : ''}`;
  if (omitted.length > 0)
    code += `.omit({ ${omitted.map((name) => `${propertyKey(name)}: true`).join(', ')} })`;
  if (changed.length > 0) code += `.extend(${objectBody(changed)})`;
  const meta: Record<string, unknown> = {};
  addAnnotations(node, entry.pointer, createContext(doc, table, direction), meta);
  if (Object.keys(meta).length > 0) code += `.openapi(${literal(meta)})`;
  return code;
}

/** The schema (3.0 leftovers translated as the emitter does) when it is a plain object with properties. */
function derivable(schema: unknown, pointer: string, table: ComponentTable): SchemaObject | undefined {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return undefined;
  const node = table.strict
    ? (schema as SchemaObject)
    : translateOpenApi30(schema as SchemaObject, pointer, () => {});
  const properties = node.properties;
  if (node.type !== 'object' || typeof properties !== 'object' || Object.keys(properties).length === 0)
    return undefined;
  return NOT_DERIVABLE.some((key) => node[key] !== undefined) ? undefined : node;
}

/** Property entries of an object in a direction; undefined when one needs a getter (a ref to a later component). */
function entriesOf(
  doc: OpenApiDocument,
  table: ComponentTable,
  node: SchemaObject,
  pointer: string,
  direction: Direction,
  defined: Set<string>,
): PropertyEntry[] | undefined {
  const ctx = createContext(doc, table, direction, { defined });
  const entries = propertyEntries(node, pointer, ctx, (child, at) => emitSchema(child, at, ctx));
  return entries.some((p) => p.getter) ? undefined : entries;
}

/**
 * The component a patch component (no required properties) repeats: the same property names in the same order and
 * the same `additionalProperties`, with the most properties written identically; undefined when there is none. Its
 * form is the one a reference from `direction` uses.
 */
function patchBase(
  table: ComponentTable,
  entry: ComponentEntry,
  node: SchemaObject,
  direction: Direction,
): Base | undefined {
  if (Array.isArray(node.required) && node.required.length > 0) return undefined;
  const names = Object.keys(node.properties ?? {});
  let best: { entry: ComponentEntry; node: SchemaObject; same: number } | undefined;
  for (const other of table.entries.values()) {
    if (other === entry) continue;
    const candidate = derivable(other.schema, other.pointer, table);
    const properties = candidate?.properties;
    if (!candidate || !properties || Object.keys(properties).join('\n') !== names.join('\n')) continue;
    if (JSON.stringify(candidate.additionalProperties) !== JSON.stringify(node.additionalProperties))
      continue;
    const same = names.filter(
      (name) => JSON.stringify(properties[name]) === JSON.stringify(node.properties?.[name]),
    ).length;
    if (same > 0 && (!best || same > best.same)) best = { entry: other, node: candidate, same };
  }
  if (!best) return undefined;
  const form = formFor(best.entry, direction);
  return {
    identifier: form === 'request' ? (best.entry.request?.identifier as string) : best.entry.identifier,
    node: best.node,
    pointer: best.entry.pointer,
    direction: form,
    partial: true,
  };
}
