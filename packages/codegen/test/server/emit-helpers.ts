import { buildComponentTable } from '../../src/schema/component-table.js';
import { createContext } from '../../src/schema/emit-context.js';
import { emitSchema } from '../../src/schema/emit-schema.js';
import type { Direction, OpenApiDocument, SchemaNode } from '../../src/schema/openapi-types.js';

/** Options for {@link emitFragment}. */
export interface FragmentOptions {
  components?: Record<string, SchemaNode>;
  direction?: Direction;
  coerce?: boolean;
  strict?: boolean;
  /** Request-side roots (refs) so that components get a request form. */
  requestRoots?: SchemaNode[];
  /** Response-side roots (refs): a component both sides use gets a request form `<Name>Request`. */
  responseRoots?: SchemaNode[];
}

/** Emits one schema fragment as the schema transforms see it (pointer `/x`). */
export function emitFragment(schema: SchemaNode, options: FragmentOptions = {}): string {
  const doc: OpenApiDocument = { openapi: '3.1.0', components: { schemas: options.components ?? {} } };
  const table = buildComponentTable(
    doc,
    { request: options.requestRoots ?? [], response: options.responseRoots ?? [] },
    options.strict ?? true,
  );
  return emitSchema(
    schema,
    '/x',
    createContext(doc, table, options.direction ?? 'response', { coerce: options.coerce }),
  );
}

/** Runs `fn` and returns the CodegenError it throws (pointer, message, hint), or fails. */
export function codegenErrorOf(fn: () => unknown): { pointer: string; message: string; hint: string } {
  try {
    fn();
  } catch (error) {
    const e = error as { name?: string; pointer: string; message: string; hint: string };
    if (e.name === 'CodegenError') return { pointer: e.pointer, message: e.message, hint: e.hint };
    throw error;
  }
  throw new Error('expected a CodegenError');
}
