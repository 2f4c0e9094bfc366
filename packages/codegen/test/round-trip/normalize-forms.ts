/**
 * Round-trip rules R2 and R12: the component forms the generator publishes, put back into the shape of the source
 * (see NORMALISATION_RULES in ./normalize-document.ts).
 */

import { buildComponentTable } from '../../src/schema/component-table.js';
import type { OpenApiDocument } from '../../src/schema/openapi-types.js';
import { isObject, type Json, type JsonObject } from './json-diff.js';

/** Hoisted component name → the source `$ref` into a component it was made for (see R12). */
export function hoistedComponents(source: unknown): Record<string, string> {
  const doc = source as OpenApiDocument;
  const table = buildComponentTable(doc);
  return Object.fromEntries([...table.nested].map(([ref, name]) => [name, ref]));
}

/**
 * R12 (emitted only): a hoisted component (`X_definitions_y`, made for a `$ref` into the inside of component `X`) is
 * put back where the source has it (`X/definitions/y`, unless the emitted `X` already has that place) and refs to it
 * point there again.
 */
export function restoreHoisted(schemas: JsonObject, hoisted: Record<string, string>): Map<string, string> {
  const renames = new Map<string, string>();
  for (const [name, ref] of Object.entries(hoisted)) {
    const value = schemas[name];
    if (value === undefined) continue;
    delete schemas[name];
    renames.set(`#/components/schemas/${name}`, ref);
    const tokens = ref
      .slice('#/components/schemas/'.length)
      .split('/')
      .map((raw) => decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~'));
    let parent: JsonObject | undefined;
    let node: Json | undefined = schemas;
    for (const token of tokens.slice(0, -1)) {
      parent = isObject(node ?? null) ? (node as JsonObject) : undefined;
      if (!parent) break;
      if (!isObject(parent[token] ?? null)) parent[token] = {};
      node = parent[token];
    }
    const last = tokens.at(-1) as string;
    if (isObject(node ?? null) && (node as JsonObject)[last] === undefined)
      (node as JsonObject)[last] = value;
  }
  return renames;
}

/** R2: merges a request form into its canonical (response) form. */
export function mergeForms(response: Json, request: Json): Json {
  if (!isObject(response) || !isObject(request)) return response;
  const out: JsonObject = { ...response };
  if (isObject(response.properties) || isObject(request.properties)) {
    const props: JsonObject = { ...((response.properties as JsonObject) ?? {}) };
    for (const [name, schema] of Object.entries((request.properties as JsonObject) ?? {})) {
      props[name] = name in props ? mergeForms(props[name] as Json, schema) : schema;
    }
    out.properties = props;
    const required = new Set([
      ...((response.required as string[]) ?? []),
      ...((request.required as string[]) ?? []),
    ]);
    if (required.size > 0) out.required = [...required];
  }
  for (const key of ['items', 'additionalProperties'] as const) {
    if (key in response && key in request) out[key] = mergeForms(response[key] as Json, request[key] as Json);
  }
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    const a = response[key];
    const b = request[key];
    if (Array.isArray(a) && Array.isArray(b)) out[key] = a.map((m, i) => mergeForms(m, b[i] as Json));
  }
  return out;
}

/** Values compared as they are (not schemas). */
const VALUES = ['example', 'examples', 'default', 'enum', 'const'];

/** R2 (source only): the properties a request form leaves out (readOnly), at any depth but not through `$ref`s. */
function withoutReadOnly(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutReadOnly);
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node))
    out[key] = VALUES.includes(key) ? value : withoutReadOnly(value);
  const properties = node.properties;
  if (isObject(properties) && isObject(out.properties)) {
    const readOnly = new Set(
      Object.keys(properties).filter((name) => (properties[name] as JsonObject | null)?.readOnly === true),
    );
    out.properties = Object.fromEntries(
      Object.entries(out.properties).filter(([name]) => !readOnly.has(name)),
    );
    if (Array.isArray(node.required))
      out.required = node.required.filter((name) => !readOnly.has(name as string));
  }
  return out;
}

/**
 * R2: one schema per component again, from the forms in `requestForms` (component → its request form's name, from
 * schemas.gen.ts). Emitted: `XRequest` is merged into `X` and refs to it are added to `renames`. Source: a component
 * published in its request form only (`requestForms[X] === X`) loses the properties that form leaves out.
 */
export function unitePublishedForms(
  schemas: JsonObject,
  requestForms: Record<string, string>,
  side: 'source' | 'emitted',
  renames: Map<string, string>,
): void {
  for (const [name, requestName] of Object.entries(requestForms)) {
    if (requestName === name) {
      if (side === 'source' && schemas[name] !== undefined)
        schemas[name] = withoutReadOnly(schemas[name] as Json);
    } else if (side === 'emitted') {
      if (schemas[requestName] !== undefined) {
        schemas[name] = mergeForms(schemas[name] as Json, schemas[requestName] as Json);
        delete schemas[requestName];
      }
      renames.set(`#/components/schemas/${requestName}`, `#/components/schemas/${name}`);
    }
  }
}
