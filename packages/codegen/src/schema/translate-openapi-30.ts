import { childPointer } from '../codegen-error.js';
import { hasComposition } from './emit-composition.js';
import type { SchemaObject } from './openapi-types.js';

/** Reports one translated node: its JSON pointer and what was done. */
export type TranslationNote = (pointer: string, message: string) => void;

/**
 * Lenient mode (`strict: false`): rewrites OpenAPI 3.0 leftovers in one schema node into their 3.1 (JSON Schema
 * 2020-12) equivalents and reports each rewrite through `note`. The node itself is not modified.
 *
 * - `minimum: n, exclusiveMinimum: true` → `exclusiveMinimum: n` (same for maximum); a boolean without its bound,
 *   or `false`, is removed.
 * - schema `examples` given as a map of example objects → the list of their values.
 * - `nullable: true` (not next to `$ref` or a composition) → `null` added to `type` (and to `enum`).
 *
 * @example translateOpenApi30({ minimum: 0, exclusiveMinimum: true }, '/x', note) // { exclusiveMinimum: 0 }
 */
export function translateOpenApi30(node: SchemaObject, pointer: string, note: TranslationNote): SchemaObject {
  const out: SchemaObject = { ...node };
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const flag = out[exclusive];
    if (typeof flag !== 'boolean') continue;
    const at = childPointer(pointer, exclusive);
    const value = out[bound];
    if (flag && typeof value === 'number') {
      out[exclusive] = value;
      delete out[bound];
      note(
        at,
        `OpenAPI 3.0 \`${exclusive}: true\` with \`${bound}: ${value}\` translated to \`${exclusive}: ${value}\``,
      );
    } else {
      delete out[exclusive];
      note(
        at,
        flag
          ? `OpenAPI 3.0 \`${exclusive}: true\` without \`${bound}\` removed`
          : `OpenAPI 3.0 \`${exclusive}: false\` removed (the bound stays inclusive)`,
      );
    }
  }
  const examples = out.examples;
  if (typeof examples === 'object' && examples !== null && !Array.isArray(examples)) {
    const values = Object.values(examples).map((e) => (e as { value?: unknown } | null)?.value ?? e);
    out.examples = values;
    note(
      childPointer(pointer, 'examples'),
      `schema \`examples\` given as a map (OpenAPI 3.0 example objects) translated to a list of ${values.length} value(s)`,
    );
  }
  if (out.nullable === true && out.$ref === undefined && !hasComposition(out)) {
    const types = out.type === undefined ? [] : Array.isArray(out.type) ? out.type : [out.type];
    const changes: string[] = [];
    if (types.length > 0 && !types.includes('null')) {
      out.type = [...types, 'null'];
      changes.push(`\`type: ${JSON.stringify(out.type)}\``);
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) {
      out.enum = [...out.enum, null];
      changes.push('`null` added to `enum`');
    }
    if (changes.length > 0)
      note(
        childPointer(pointer, 'nullable'),
        `OpenAPI 3.0 \`nullable: true\` translated to ${changes.join(', ')}`,
      );
  }
  return out;
}
