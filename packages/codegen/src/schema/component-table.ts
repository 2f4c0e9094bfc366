import { childPointer } from '../codegen-error.js';
import { toIdentifier } from './code-literal.js';
import { componentSchemaName, refToPointer, resolvePointer } from './json-pointer.js';
import type { Direction, OpenApiDocument, SchemaNode } from './openapi-types.js';
import { walkSchema } from './schema-walk.js';
import type { TranslationNote } from './translate-openapi-30.js';

/** One entry of `components/schemas`, with the TypeScript names of its emitted forms. */
export interface ComponentEntry {
  name: string;
  pointer: string;
  schema: SchemaNode;
  /** Identifier of the canonical form (used for responses; the only form when reads and writes agree). */
  identifier: string;
  /**
   * Set when readOnly/writeOnly make the request form differ and a request body or parameter needs it: named
   * `<Name>Request`, or the component's own name and identifier when nothing needs its response form.
   */
  request?: { name: string; identifier: string };
  /** True when the request form would differ from the canonical one (even if no request uses it). */
  differs: boolean;
  /**
   * False when only requests use the component and its forms differ: then its request form is its only form,
   * emitted and published under its own name (a response form nothing refers to would be an unused component).
   */
  responseForm: boolean;
}

/** The schemas the operations use, by side: request bodies and parameters, and responses (content and headers). */
export interface ComponentRoots {
  request: SchemaNode[];
  response: SchemaNode[];
}

/** A (component, direction) pair: one `export const` in schemas.gen.ts. */
export interface EmitUnit {
  entry: ComponentEntry;
  direction: Direction;
}

/** Every component schema, the split into request/response forms, and a definition order (dependencies first). */
export interface ComponentTable {
  entries: Map<string, ComponentEntry>;
  /** `$ref`s into a component (`#/components/schemas/A/properties/b`) → the name of the hoisted entry for it. */
  nested: Map<string, string>;
  order: EmitUnit[];
  /** false: OpenAPI 3.0 leftovers (`exclusiveMinimum: true`, `nullable: true`) are translated instead of rejected. */
  strict: boolean;
  /** Receives each translation made when not `strict` (may be called more than once for a node). */
  note: TranslationNote;
}

/** The table entry a `$ref` names: a component, or a schema nested in one (hoisted), else undefined. */
export function entryForRef(
  table: Pick<ComponentTable, 'entries' | 'nested'>,
  ref: string,
): ComponentEntry | undefined {
  const name = componentSchemaName(ref) ?? table.nested.get(ref);
  return name === undefined ? undefined : table.entries.get(name);
}

/** Component names a schema refers to (following other local refs), in the given direction. */
export function referencedComponents(
  doc: OpenApiDocument,
  node: SchemaNode,
  direction?: Direction,
  nested: Map<string, string> = new Map(),
): string[] {
  const found: string[] = [];
  const seenPointers = new Set<string>();
  const visit = (schema: SchemaNode) =>
    walkSchema(
      schema,
      (sub) => {
        if (typeof sub.$ref !== 'string') return;
        const name = componentSchemaName(sub.$ref) ?? nested.get(sub.$ref);
        if (name !== undefined) {
          if (!found.includes(name)) found.push(name);
          return;
        }
        if (!sub.$ref.startsWith('#')) return;
        const pointer = refToPointer(sub.$ref, '');
        if (seenPointers.has(pointer)) return;
        seenPointers.add(pointer);
        try {
          visit(resolvePointer(doc, pointer, '') as SchemaNode);
        } catch {
          // Dangling refs are reported with their pointer when the schema is emitted.
        }
      },
      direction,
    );
  visit(node);
  return found;
}

/**
 * Every `$ref` that points INSIDE a component schema (e.g. `#/components/schemas/Report/definitions/item`): such a
 * target becomes its own entry (named after its pointer), so that it can be emitted once and be recursive.
 */
function collectNestedRefs(doc: OpenApiDocument, taken: Set<string>): Map<string, string> {
  const nested = new Map<string, string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')) {
        if (componentSchemaName(value) !== undefined || nested.has(value)) continue;
        const base = decodeURIComponent(value.slice('#/components/schemas/'.length)).replace(/[~/]+/g, '_');
        let name = base;
        for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
        taken.add(name);
        nested.set(value, name);
      } else visit(value);
    }
  };
  visit(doc);
  return nested;
}

function hasDirectionalKeyword(node: SchemaNode): boolean {
  let found = false;
  walkSchema(node, (sub) => {
    if (sub.readOnly === true || sub.writeOnly === true) found = true;
  });
  return found;
}

/**
 * Builds the component table.
 *
 * @param roots Schemas the operations use. Components the request side reaches (transitively) get a request form
 *   when they differ; it is the only form of those that neither the response side nor an unused component reaches.
 * @param strict false: translate OpenAPI 3.0 leftovers instead of rejecting them, reporting each through `note`.
 */
export function buildComponentTable(
  doc: OpenApiDocument,
  roots: ComponentRoots = { request: [], response: [] },
  strict = true,
  note: TranslationNote = () => {},
): ComponentTable {
  const schemas = (doc.components?.schemas ?? {}) as Record<string, SchemaNode>;
  const entries = new Map<string, ComponentEntry>();
  const usedIdentifiers = new Set<string>();
  const unique = (wanted: string) => {
    let id = toIdentifier(wanted);
    for (let n = 2; usedIdentifiers.has(id); n++) id = `${toIdentifier(wanted)}${n}`;
    usedIdentifiers.add(id);
    return id;
  };
  for (const [name, schema] of Object.entries(schemas)) {
    const pointer = childPointer('/components/schemas', name);
    entries.set(name, {
      name,
      pointer,
      schema,
      identifier: unique(name),
      differs: hasDirectionalKeyword(schema),
      responseForm: true,
    });
  }
  const nested = collectNestedRefs(doc, new Set(entries.keys()));
  for (const [ref, name] of nested) {
    const pointer = refToPointer(ref, '');
    let schema: SchemaNode;
    try {
      schema = resolvePointer(doc, pointer, '') as SchemaNode;
    } catch {
      continue; // reported with its pointer where the ref is emitted
    }
    entries.set(name, {
      name,
      pointer,
      schema,
      identifier: unique(name),
      differs: hasDirectionalKeyword(schema),
      responseForm: true,
    });
  }
  const refsOf = (node: SchemaNode, direction?: Direction) =>
    referencedComponents(doc, node, direction, nested);
  const refs = new Map([...entries].map(([name, e]) => [name, refsOf(e.schema)]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const entry of entries.values()) {
      if (!entry.differs && refs.get(entry.name)?.some((r) => entries.get(r)?.differs)) {
        entry.differs = true;
        changed = true;
      }
    }
  }
  const needRequest = new Set<string>();
  const markRequest = (node: SchemaNode) => {
    for (const name of refsOf(node, 'request')) {
      const target = entries.get(name);
      if (!target?.differs || needRequest.has(name)) continue;
      needRequest.add(name);
      markRequest(target.schema);
    }
  };
  for (const root of roots.request) markRequest(root);
  const reach = (nodes: SchemaNode[], direction: Direction) => {
    const seen = new Set<string>();
    const queue = nodes.flatMap((node) => refsOf(node, direction));
    for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
      const entry = entries.get(name);
      if (!entry || seen.has(name)) continue;
      seen.add(name);
      queue.push(...refsOf(entry.schema, direction));
    }
    return seen;
  };
  // An unused component is still published (as the source has it), in its response form.
  const used = new Set([...reach(roots.request, 'request'), ...reach(roots.response, 'response')]);
  const unused = [...entries.values()].filter((entry) => !used.has(entry.name)).map((entry) => entry.schema);
  const needResponse = reach([...roots.response, ...unused], 'response');
  for (const entry of entries.values()) {
    if (!needRequest.has(entry.name)) continue;
    if (!needResponse.has(entry.name)) {
      entry.request = { name: entry.name, identifier: entry.identifier };
      entry.responseForm = false;
      continue;
    }
    let requestName = `${entry.name}Request`;
    for (let n = 2; entries.has(requestName); n++) requestName = `${entry.name}Request${n}`;
    entry.request = { name: requestName, identifier: unique(requestName) };
  }
  return { entries, nested, order: orderUnits(entries, refsOf), strict, note };
}

/** Depth-first in document order: each unit after the units it refers to (cycles are closed by getters or `z.lazy`). */
function orderUnits(
  entries: Map<string, ComponentEntry>,
  refsOf: (node: SchemaNode, direction: Direction) => string[],
): EmitUnit[] {
  const order: EmitUnit[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (entry: ComponentEntry, direction: Direction) => {
    const key = `${direction}:${entry.name}`;
    if (state.has(key)) return;
    state.set(key, 'visiting');
    for (const name of refsOf(entry.schema, direction)) {
      const target = entries.get(name);
      if (!target) continue;
      visit(target, formFor(target, direction));
    }
    state.set(key, 'done');
    order.push({ entry, direction });
  };
  for (const entry of entries.values()) {
    if (entry.responseForm) visit(entry, 'response');
    if (entry.request) visit(entry, 'request');
  }
  return order;
}

/** Which of a component's emitted forms a reference from the given side uses. */
export function formFor(entry: ComponentEntry, direction: Direction): Direction {
  return entry.request && (direction === 'request' || !entry.responseForm) ? 'request' : 'response';
}
