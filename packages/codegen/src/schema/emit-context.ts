import type { ComponentTable } from './component-table.js';
import type { Direction, OpenApiDocument } from './openapi-types.js';

/** Everything a schema transform needs; one per emitted component form or route. */
export interface EmitContext {
  doc: OpenApiDocument;
  table: ComponentTable;
  direction: Direction;
  /** Parameters arrive as strings (path, query, header): numbers, booleans and arrays get runtime coercions. */
  coerce: boolean;
  /** With `coerce`: arrays arrive comma-separated (style simple, or form with explode: false). */
  csvArrays: boolean;
  /** With `coerce`: a path segment, whose integers are digits only (`pathInteger`), not any decimal notation. */
  pathSegment: boolean;
  /** Identifiers defined above the current point of schemas.gen.ts; a ref to any other one must be lazy (getter). */
  defined?: Set<string>;
  /** Qualifier for component identifiers (`s.` in routes.gen.ts, empty in schemas.gen.ts). */
  prefix: string;
  /** Set when a ref to a not-yet-defined component was emitted; the enclosing property turns into a getter. */
  forward: boolean;
  /**
   * Object properties enclosing the node being emitted (within the current component). Outside any (array items,
   * union members, map values at the top), a ref to a not-yet-defined component is a `z.lazy` instead of a getter.
   */
  propertyDepth: number;
  /**
   * The next node's `default` is metadata only (no `.default()`, which would make the value optional): set for a
   * required property or parameter, and for a path parameter. Read and cleared by the schema transform.
   */
  defaultAsMetadata: boolean;
  /** Pointers of inline (non-component) `$ref`s being expanded, to stop infinite expansion. */
  expanding: string[];
  /** Runtime helpers (`@org-api/runtime`) the emitted code uses. */
  helpers: Set<string>;
}

/** A fresh context for one emission site. */
export function createContext(
  doc: OpenApiDocument,
  table: ComponentTable,
  direction: Direction,
  options: { coerce?: boolean; defined?: Set<string>; prefix?: string; helpers?: Set<string> } = {},
): EmitContext {
  return {
    doc,
    table,
    direction,
    coerce: options.coerce ?? false,
    csvArrays: false,
    pathSegment: false,
    defined: options.defined,
    prefix: options.prefix ?? '',
    forward: false,
    propertyDepth: 0,
    defaultAsMetadata: false,
    expanding: [],
    helpers: options.helpers ?? new Set(),
  };
}
