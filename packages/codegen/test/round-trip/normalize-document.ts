/**
 * Normalisation of an OpenAPI 3.1 document for the round-trip comparison (source spec vs. the document the generated
 * routes publish). Every rule is semantic-preserving or an explicit, listed consequence of the generator's design.
 * Applied to BOTH documents unless the rule says otherwise.
 */

import { diffJson, isObject, type Json, type JsonObject } from './json-diff.js';
import { hoistedComponents, restoreHoisted, unitePublishedForms } from './normalize-forms.js';

/** The rules, with the reason for each (printed by the test, so a reader of the failure sees them). */
export const NORMALISATION_RULES = [
  'R1 components/{parameters,responses,requestBodies,headers,examples} refs are inlined and those sections dropped: ' +
    'the generator inlines them into each route; zod-to-openapi only publishes schemas and security schemes.',
  'R2 request forms (`requestForms` of schemas.gen.ts): a component both requests and responses use is published ' +
    'twice, `X` (response form: no writeOnly properties) and `XRequest` (request form: no readOnly properties); ' +
    'the emitted `XRequest` is merged into `X` (properties and required lists united recursively, refs to it point ' +
    'at `X`). A component only requests use is published once, under its own name, in its request form (the only ' +
    'one needed): the source loses its readOnly properties there too.',
  'R3 `allOf: [{$ref}, {keywords}]` ≡ `{$ref, keywords}` and a one-member allOf is merged into its parent: ' +
    'zod-to-openapi can only attach siblings (description, default, readOnly) to a $ref through allOf.',
  'R4 `const: v` ≡ `enum: [v]` and `type` next to `enum` is dropped: z.literal is emitted as a one-value enum, and ' +
    'the enum values already fix the type (integer vs number).',
  'R5 `additionalProperties: true` and `{}` are dropped (the JSON Schema default), as are empty `properties` and ' +
    'empty `required`; z.record/z.looseObject emit them explicitly.',
  'R6 `required` lists are sorted: their order has no meaning.',
  'R7 `pattern` is compared as `new RegExp(p).source` (JavaScript escapes `/` in RegExp.source).',
  'R8 parameters are compared as a map keyed by `in` + `name` (not as a list); `required: false` is dropped (default).',
  'R10 path-item `parameters` are pushed down into each operation of the path (an operation-level parameter with ' +
    'the same `in` + `name` wins): @hono/zod-openapi routes carry their own parameters; there are no path items.',
  'R11 a property whose schema is `false` ≡ `{ not: {} }` (no value is valid): zod-to-openapi cannot emit `false`, the generator ' +
    'documents `z.never()` as `not: {}`.',
  'R12 hoisted components (`X_definitions_y`, made for a `$ref` into the inside of component `X`) are put back at ' +
    '`X/definitions/y` and refs to them restored (emitted only); refs into `#/paths/…` are inlined like R1.',
  'R9 empty `webhooks`, `components.parameters` and other empty component sections are dropped (zod-to-openapi ' +
    'always emits them).',
] as const;

const INLINED = ['parameters', 'responses', 'requestBodies', 'headers', 'examples'];

/** R1: replaces refs into the inlined component sections by their targets (recursively). */
function inlineRefs(node: Json, doc: JsonObject, depth = 0): Json {
  if (Array.isArray(node)) return node.map((n) => inlineRefs(n, doc, depth));
  if (!isObject(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string' && ref.startsWith('#/paths/') && depth < 50) {
    const target = resolveLocal(doc, ref);
    if (target !== undefined) return inlineRefs(target, doc, depth + 1);
  }
  if (typeof ref === 'string') {
    const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
    if (match && INLINED.includes(match[1] as string) && depth < 50) {
      const target = (doc.components as JsonObject)[match[1] as string] as JsonObject;
      return inlineRefs(target[decodeURIComponent(match[2] as string)] as Json, doc, depth + 1);
    }
  }
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, inlineRefs(v, doc, depth)]));
}

/** The value a local `#/…` ref points at (RFC 6901 tokens, URI-decoded), or undefined. */
function resolveLocal(doc: JsonObject, ref: string): Json | undefined {
  let node: Json | undefined = doc;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    node = isObject(node ?? null)
      ? (node as JsonObject)[token]
      : Array.isArray(node)
        ? node[Number(token)]
        : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

function renameRefs(node: Json, renames: Map<string, string>): Json {
  if (Array.isArray(node)) return node.map((n) => renameRefs(n, renames));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    out[k] =
      k === '$ref' && typeof v === 'string' && renames.has(v)
        ? (renames.get(v) as string)
        : renameRefs(v, renames);
  }
  return out;
}

/** R3–R7 and R11 on one schema (recursively). */
function normaliseSchema(node: Json): Json {
  if (Array.isArray(node)) return node.map(normaliseSchema);
  if (!isObject(node)) return node;
  let out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && isObject(v)) {
      out[k] = Object.fromEntries(
        Object.entries(v).map(([name, s]) => [name, s === false ? { not: {} } : normaliseSchema(s)]), // R11
      );
    } else if (k === 'example' || k === 'examples' || k === 'default' || k === 'enum' || k === 'const') {
      out[k] = v;
    } else {
      out[k] = normaliseSchema(v);
    }
  }
  // R3
  if (Array.isArray(out.allOf)) {
    const members = out.allOf as Json[];
    const ref = members[0];
    if (
      members.length === 2 &&
      isObject(ref) &&
      Object.keys(ref).length === 1 &&
      typeof ref.$ref === 'string'
    ) {
      const { allOf: _drop, ...rest } = out;
      out = { ...rest, ...(ref as JsonObject), ...(members[1] as JsonObject) };
    } else if (members.length === 1 && isObject(members[0])) {
      const { allOf: _drop, ...rest } = out;
      out = { ...rest, ...(members[0] as JsonObject) };
    }
  }
  // R4
  if ('const' in out) {
    out.enum = [out.const as Json];
    delete out.const;
  }
  if ('enum' in out) delete out.type;
  // R5
  if (
    out.additionalProperties === true ||
    (isObject(out.additionalProperties) && Object.keys(out.additionalProperties).length === 0)
  ) {
    delete out.additionalProperties;
  }
  if (isObject(out.properties) && Object.keys(out.properties).length === 0) delete out.properties;
  // R6
  if (Array.isArray(out.required)) {
    if (out.required.length === 0) delete out.required;
    else out.required = [...(out.required as string[])].sort();
  }
  // R7
  if (typeof out.pattern === 'string') out.pattern = new RegExp(out.pattern).source;
  return out;
}

/** R10: the path item's parameters, overridden by the operation's own (same in + name). */
function withShared(operation: JsonObject, shared: Json | undefined): JsonObject {
  if (!Array.isArray(shared) || shared.length === 0) return operation;
  const own = Array.isArray(operation.parameters) ? (operation.parameters as JsonObject[]) : [];
  const key = (p: JsonObject) => `${String(p.in)}:${String(p.name)}`;
  const ownKeys = new Set(own.map(key));
  return {
    ...operation,
    parameters: [...(shared as JsonObject[]).filter((p) => !ownKeys.has(key(p))), ...own],
  };
}

function normaliseOperation(operation: JsonObject): JsonObject {
  const out: JsonObject = { ...operation };
  if (Array.isArray(operation.parameters)) {
    const params: JsonObject = {};
    for (const p of operation.parameters as JsonObject[]) {
      const { required, ...rest } = p;
      const param: JsonObject = required === true ? { ...rest, required } : rest;
      if (param.schema !== undefined) param.schema = normaliseSchema(param.schema);
      params[`${String(p.in)}:${String(p.name)}`] = param;
    }
    out.parameters = params; // R8
  }
  for (const key of ['requestBody', 'responses'] as const) {
    if (operation[key] !== undefined) out[key] = normaliseMediaSchemas(operation[key] as Json);
  }
  return out;
}

function normaliseMediaSchemas(node: Json): Json {
  if (Array.isArray(node)) return node.map(normaliseMediaSchemas);
  if (!isObject(node)) return node;
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [
      k,
      k === 'schema'
        ? normaliseSchema(v)
        : k === 'example' || k === 'examples'
          ? v
          : normaliseMediaSchemas(v),
    ]),
  );
}

/**
 * Both documents of a round trip, normalised: the source and the document the generated routes publish.
 *
 * @param requestForms `requestForms` of the generated schemas.gen.ts (R2).
 */
export function normalisePair(
  source: unknown,
  emitted: unknown,
  requestForms: Record<string, string> = {},
): { source: JsonObject; emitted: JsonObject } {
  return {
    source: normaliseDocument(source, requestForms, 'source'),
    emitted: normaliseDocument(emitted, requestForms, 'emitted', hoistedComponents(source)),
  };
}

/** The differences between the source and the emitted document after normalisation (`pointer: source ≠ emitted`). */
export function roundTripDifferences(
  source: unknown,
  emitted: unknown,
  requestForms: Record<string, string> = {},
): string[] {
  const pair = normalisePair(source, emitted, requestForms);
  return diffJson(pair.source, pair.emitted);
}

/** One document normalised; `hoisted` (emitted only): hoisted component name → the source `$ref` (R12). */
function normaliseDocument(
  input: unknown,
  requestForms: Record<string, string>,
  side: 'source' | 'emitted',
  hoisted: Record<string, string> = {},
): JsonObject {
  let doc = structuredClone(input) as JsonObject;
  doc = inlineRefs(doc, doc) as JsonObject;
  const components = { ...((doc.components as JsonObject) ?? {}) };
  for (const section of INLINED) delete components[section];
  const schemas = { ...((components.schemas as JsonObject) ?? {}) };
  const renames = restoreHoisted(schemas, hoisted);
  unitePublishedForms(schemas, requestForms, side, renames);
  components.schemas = Object.fromEntries(Object.entries(schemas).map(([n, s]) => [n, normaliseSchema(s)]));
  for (const [key, value] of Object.entries(components)) {
    if (isObject(value) && Object.keys(value).length === 0) delete components[key]; // R9
  }
  doc.components = components;
  if (isObject(doc.webhooks) && Object.keys(doc.webhooks).length === 0) delete doc.webhooks; // R9
  const paths: JsonObject = {};
  for (const [path, rawItem] of Object.entries((doc.paths as JsonObject) ?? {})) {
    const { parameters: shared, ...item } = rawItem as JsonObject;
    paths[path] = Object.fromEntries(
      Object.entries(item).map(([method, op]) => [
        method,
        isObject(op) ? normaliseOperation(withShared(op, shared)) : op,
      ]),
    );
  }
  doc.paths = paths;
  return renameRefs(doc, renames) as JsonObject;
}
