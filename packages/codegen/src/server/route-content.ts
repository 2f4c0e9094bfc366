import { childPointer } from '../codegen-error.js';
import { indentTail, literal, quote } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import { createContext } from '../schema/emit-context.js';
import { emitSchema } from '../schema/emit-schema.js';
import { dereference } from '../schema/json-pointer.js';
import { asObject, type Direction, type OpenApiDocument, type SchemaNode } from '../schema/openapi-types.js';

/**
 * Example objects with `$ref`s into components/examples resolved: only schemas and security schemes are published
 * as components, so a ref to an example would dangle in the emitted document.
 */
export function inlineExamples(doc: OpenApiDocument, examples: unknown, pointer: string): unknown {
  const map = asObject(examples);
  if (!map) return examples;
  return Object.fromEntries(
    Object.entries(map).map(([name, example]) => [
      name,
      dereference(doc, example, childPointer(pointer, 'examples')).value,
    ]),
  );
}

/**
 * A `content` map (request body or response): each media type's schema as zod plus its example(s). Form bodies carry
 * the schema of their JSON shape: the runtime's body adapter coerces form fields to it before validation.
 */
export function emitContent(
  doc: OpenApiDocument,
  table: ComponentTable,
  content: Record<string, unknown>,
  pointer: string,
  direction: Direction,
  helpers: Set<string>,
): string {
  const lines: string[] = [];
  for (const [mediaType, rawMedia] of Object.entries(content)) {
    const media = asObject(rawMedia) ?? {};
    const at = childPointer(pointer, mediaType);
    const ctx = createContext(doc, table, direction, { prefix: 's.', helpers });
    const schema =
      media.schema === undefined
        ? 'z.unknown()'
        : emitSchema(media.schema as SchemaNode, childPointer(at, 'schema'), ctx);
    const fields = [`schema: ${schema},`];
    if (media.example !== undefined) fields.push(`example: ${literal(media.example)},`);
    if (media.examples !== undefined)
      fields.push(`examples: ${literal(inlineExamples(doc, media.examples, at))},`);
    lines.push(`${quote(mediaType)}: {\n  ${fields.map(indentTail).join('\n  ')}\n},`);
  }
  return `{\n  ${lines.map(indentTail).join('\n  ')}\n}`;
}
