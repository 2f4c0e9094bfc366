import type { GeneratedFile } from '../generated-file.js';
import { propertyKey, quote } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import { deriveForm } from '../schema/derived-forms.js';
import { createContext } from '../schema/emit-context.js';
import { emitSchema } from '../schema/emit-schema.js';
import type { OpenApiDocument } from '../schema/openapi-types.js';

/**
 * `schemas.gen.ts`: one `export const` per component form, registered by name, dependencies first (request and
 * patch forms derived from the form they repeat where that is shorter, see `deriveForm`), plus
 * `componentSchemas` (every form with the name it is published under, for registration) and `requestForms`
 * (component → its request form's name: `<Name>Request`, or its own name when requests alone use the component).
 */
export function emitSchemasFile(doc: OpenApiDocument, table: ComponentTable): GeneratedFile {
  const defined = new Set<string>();
  const forms: { name: string; identifier: string }[] = [];
  const out: string[] = ["import { z } from '@hono/zod-openapi';", ''];
  for (const { entry, direction } of table.order) {
    const ctx = createContext(doc, table, direction, { defined });
    const form = direction === 'request' && entry.request ? entry.request : entry;
    const code = emitSchema(entry.schema, entry.pointer, ctx);
    // A form written as a change of one above it (`.omit`/`.partial`/`.extend`) when that is shorter.
    const derived = deriveForm(doc, table, entry, direction, defined);
    const written = derived !== undefined && derived.length < code.length ? derived : code;
    out.push(`export const ${form.identifier} = ${written}.openapi(${quote(form.name)});`);
    out.push(`export type ${form.identifier} = z.output<typeof ${form.identifier}>;`, '');
    defined.add(form.identifier);
    forms.push(form);
  }
  const canonical = [...table.entries.values()];
  // Every form, request forms too: zod-to-openapi publishes a form from the first schema carrying its name that it
  // meets, and a property's `Form.openapi({ description })` carries it. Met first, that one would become the
  // component (the description on the form, a bare $ref on the property); registered before what refers to it, each
  // form is published from its own declaration and the property keeps its annotations next to the $ref.
  out.push(
    '/** Every component form and the name it is published under, dependencies first: register these to publish them. */',
  );
  // Widened through `unknown`, not annotated: an annotation relates every component's inferred zod type to
  // z.ZodType, a structural comparison of all its methods that was the costliest type check of the generated code
  // (a 150-component file: 260k type instantiations with the annotation, 5k without). Every entry is a zod schema
  // by construction, and the exported type is the same.
  out.push(
    forms.length === 0
      ? 'export const componentSchemas: [string, z.ZodType][] = [];'
      : `export const componentSchemas = [\n${forms.map((e) => `  [${quote(e.name)}, ${e.identifier}],`).join('\n')}\n] as [string, unknown][] as [string, z.ZodType][];`,
  );
  const split = canonical.filter((e) => e.request);
  out.push(
    '',
    '/** Components whose forms differ (readOnly/writeOnly) → request form name (its own: only requests use it). */',
  );
  out.push(
    split.length === 0
      ? 'export const requestForms: Record<string, string> = {};'
      : `export const requestForms: Record<string, string> = {\n${split.map((e) => `  ${propertyKey(e.name)}: ${quote(e.request?.name ?? '')},`).join('\n')}\n};`,
  );
  return { path: 'schemas.gen.ts', contents: `${out.join('\n')}\n` };
}
