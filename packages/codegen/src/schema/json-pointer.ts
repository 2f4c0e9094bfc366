import { CodegenError } from '../codegen-error.js';
import type { OpenApiDocument } from './openapi-types.js';

/** Decodes a local `$ref` (`#/a/b~1c`) into its pointer (`/a/b~1c`) or throws for external references. */
export function refToPointer(ref: string, at: string): string {
  if (!ref.startsWith('#')) {
    throw new CodegenError(
      at,
      `external reference "${ref}" is not supported`,
      'Bundle the document first (e.g. `redocly bundle`) so that every $ref is local (#/components/…).',
    );
  }
  return decodeURIComponent(ref.slice(1));
}

/** Resolves a JSON pointer inside the document, or throws a CodegenError naming the dangling reference. */
export function resolvePointer(doc: OpenApiDocument, pointer: string, at: string): unknown {
  let node: unknown = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !(token in node)) {
      throw new CodegenError(
        at,
        `$ref "#${pointer}" does not resolve`,
        'Fix the reference or add the missing component.',
      );
    }
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The component name when the ref points at `#/components/schemas/<name>`, else undefined. */
export function componentSchemaName(ref: string): string | undefined {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  return match?.[1] === undefined
    ? undefined
    : decodeURIComponent(match[1]).replaceAll('~1', '/').replaceAll('~0', '~');
}

/**
 * Follows `$ref`s of a non-schema object (parameter, response, request body, header) until a concrete object.
 * Returns the object and the pointer it was found at.
 */
export function dereference(
  doc: OpenApiDocument,
  node: unknown,
  at: string,
): { value: unknown; pointer: string } {
  let value = node;
  let pointer = at;
  for (let hops = 0; hops < 20; hops++) {
    const ref = (value as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return { value, pointer };
    pointer = refToPointer(ref, pointer);
    value = resolvePointer(doc, pointer, at);
  }
  throw new CodegenError(at, 'reference chain is circular', 'Make the $ref chain end at a concrete object.');
}
