import type { OpenApiDocument } from '../document/openapi-document.js';
import { refToPointer, resolvePointer } from '../schema/json-pointer.js';
import { forEachObjectNode, schemaRef } from './object-walk.js';

/** Last tokens of a pointer that address a schema (`…/schema`, `…/properties/<name>`, `…/allOf/<i>`, …). */
const SCHEMA_LEAF = new Set([
  'schema',
  'items',
  'additionalProperties',
  'not',
  'contains',
  'if',
  'then',
  'else',
  'propertyNames',
]);
const SCHEMA_MAP = new Set([
  'schemas',
  'properties',
  'definitions',
  '$defs',
  'patternProperties',
  'dependentSchemas',
]);
const SCHEMA_LIST = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

/** A `$ref` to a schema that is not a whole component (`#/components/schemas/<name>`), as tokens, or undefined. */
function nestedSchemaRef(ref: string): string[] | undefined {
  if (!ref.startsWith('#/') || /^#\/components\/[^/]+\/[^/]+$/.test(ref)) return undefined;
  const tokens = refToPointer(ref, ref.slice(1)).split('/').slice(1);
  const last = tokens.at(-1) ?? '';
  const parent = tokens.at(-2) ?? '';
  const isSchema =
    SCHEMA_LEAF.has(last) || SCHEMA_MAP.has(parent) || (SCHEMA_LIST.has(parent) && /^\d+$/.test(last));
  return isSchema ? tokens : undefined;
}

/**
 * Why: openapi-typescript turns `$ref: '#/components/schemas/X/definitions/y'` into
 * `components["schemas"]["X"]["definitions"]["y"]`, a member the emitted `X` type does not have (tsc: TS2339, and
 * TS2502 when the reference is recursive); likewise refs to `#/components/parameters/p/schema` or into a path's
 * inline schemas. Every `$ref` to a schema that is not a whole component is therefore pointed at a copy of its
 * target hoisted to `#/components/schemas/<tokens joined by _>` (e.g. `X_definitions_y`).
 * Mutates `document` (callers pass their own copy).
 */
export function hoistNestedRefs(document: OpenApiDocument): void {
  const schemas = (document.components as Record<string, unknown> | undefined)?.schemas as
    | Record<string, unknown>
    | undefined;
  if (!schemas) return;
  const hoisted = new Map<string, string>();
  const queue: unknown[] = [document];
  while (queue.length > 0) {
    forEachObjectNode(queue.pop(), (object) => {
      const ref = object.$ref;
      if (typeof ref !== 'string' || hoisted.has(ref)) return;
      const tokens = nestedSchemaRef(ref);
      if (!tokens) return;
      hoisted.set(ref, uniqueName(hoistedName(tokens), schemas));
      const pointer = refToPointer(ref, ref.slice(1));
      const copy = structuredClone(resolvePointer(document, pointer, pointer));
      schemas[hoisted.get(ref) as string] = copy;
      queue.push(copy);
    });
  }
  if (hoisted.size === 0) return;
  forEachObjectNode(document, (object) => {
    const name = typeof object.$ref === 'string' ? hoisted.get(object.$ref) : undefined;
    if (name !== undefined) object.$ref = schemaRef(name);
  });
}

/** `components/schemas/X/definitions/y` → `X_definitions_y`; `paths/~1a/get/…` → `paths_a_get_…`. */
function hoistedName(tokens: string[]): string {
  const start = tokens[0] === 'components' ? (tokens[1] === 'schemas' ? 2 : 1) : 0;
  const raw = tokens
    .slice(start)
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('_');
  return raw
    .replace(/[^A-Za-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

function uniqueName(base: string, schemas: Record<string, unknown>): string {
  let candidate = base;
  for (let n = 2; candidate in schemas; n++) candidate = `${base}${n}`;
  return candidate;
}
