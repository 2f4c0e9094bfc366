import fc from 'fast-check';
import { hostileJson, hostileString, PROTOTYPE_KEYS } from './hostile-values.js';
import { type JsonNode, jsonLeaf, jsonNodeOf } from './json-text.js';
import type { SchemaNode, SpecDocument } from './spec-operations.js';

/** How often (1 in N) a value the schema describes is replaced by a hostile one. */
const HOSTILE_ONE_IN = 6;

/**
 * Values for a schema of the spec that are mostly VALID and near its edges (enum members, minimum/maximum,
 * maxLength, formats), with a hostile value mixed in at any level: valid enough to get past validation and reach the
 * rules and the store, hostile enough to find what breaks there. Read-only properties are sent too (they must be
 * ignored), unknown and prototype-named keys are added now and then.
 */
export function schemaValue(spec: SpecDocument, schema: SchemaNode, depth = 0): fc.Arbitrary<JsonNode> {
  return fc.oneof(
    { arbitrary: plausibleValue(spec, spec.resolve(schema), depth), weight: HOSTILE_ONE_IN - 1 },
    { arbitrary: depth > 3 ? hostileString.map(jsonLeaf) : hostileJson, weight: 1 },
  );
}

function plausibleValue(spec: SpecDocument, schema: SchemaNode, depth: number): fc.Arbitrary<JsonNode> {
  if ('const' in schema) return fc.constant(jsonNodeOf(schema.const));
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum.map(jsonNodeOf));
  const branches = (schema.anyOf ?? schema.oneOf) as SchemaNode[] | undefined;
  if (branches)
    return fc.oneof(...branches.map((branch) => plausibleValue(spec, spec.resolve(branch), depth)));
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => plausibleValue(spec, { ...schema, type }, depth)));
  }
  switch (schema.type) {
    case 'string':
      return plausibleString(schema).map(jsonLeaf);
    case 'integer':
    case 'number':
      return plausibleNumber(schema).map(jsonLeaf);
    case 'boolean':
      return fc.boolean().map(jsonLeaf);
    case 'null':
      return fc.constant(jsonLeaf(null));
    case 'array':
      return plausibleArray(spec, schema, depth);
    case 'object':
      return plausibleObject(spec, schema, depth);
    default: // free-form JSON (the spec's JSON columns): any document, hostile ones included
      return depth > 2
        ? hostileString.map(jsonLeaf)
        : fc.oneof(fc.jsonValue({ maxDepth: 3 }).map(jsonNodeOf), hostileJson);
  }
}

function plausibleString(schema: SchemaNode): fc.Arbitrary<string> {
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : 300;
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const edges = fc
    .tuple(fc.constantFrom(min, Math.max(min, 1), max), fc.constantFrom('a', 'É', '😀', ' '))
    .map(([length, unit]) => unit.repeat(length));
  switch (schema.format) {
    case 'uuid':
      return fc.oneof(fc.uuid(), fc.constant('00000000-0000-0000-0000-000000000000'));
    case 'email':
      return fc.oneof(
        fc.emailAddress(),
        fc.constantFrom('a@example.com', 'A@EXAMPLE.COM', `${'a'.repeat(64)}@${'b'.repeat(185)}.com`),
      );
    case 'date-time':
      return fc.date({ noInvalidDate: true }).map((date) => date.toISOString());
    case 'uri':
      return fc.oneof(fc.webUrl(), fc.constant(`https://example.com/${'p'.repeat(Math.max(0, max - 20))}`));
    default: {
      if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern));
      // Hostile CONTENT within the declared length (lone surrogates, NUL, quotes, `%`, prototype names, …): a
      // valid string as far as the schema goes, so it reaches the rules and the store.
      const fitted = hostileString.map((text) => text.slice(0, max).padEnd(min, 'a'));
      return fc.oneof(edges, fc.string({ minLength: min, maxLength: Math.min(max, 40) }), fitted);
    }
  }
}

function plausibleNumber(schema: SchemaNode): fc.Arbitrary<number> {
  const int32 = schema.format === 'int32';
  const min =
    typeof schema.minimum === 'number' ? schema.minimum : int32 ? -(2 ** 31) : Number.MIN_SAFE_INTEGER;
  const max =
    typeof schema.maximum === 'number' ? schema.maximum : int32 ? 2 ** 31 - 1 : Number.MAX_SAFE_INTEGER;
  const value =
    schema.type === 'integer'
      ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) })
      : fc.double({ min, max, noNaN: true });
  return fc.oneof(fc.constantFrom(min, max, 0, 1, min - 1, max + 1), value);
}

function plausibleArray(spec: SpecDocument, schema: SchemaNode, depth: number): fc.Arbitrary<JsonNode> {
  const item = schemaValue(spec, (schema.items ?? {}) as SchemaNode, depth + 1);
  const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : 4;
  return fc
    .oneof(
      { arbitrary: fc.array(item, { maxLength: Math.min(maxItems, 3) }), weight: 4 },
      { arbitrary: fc.array(item, { minLength: maxItems, maxLength: maxItems + 1 }), weight: 1 },
    )
    .map((items) => ({ items }));
}

function plausibleObject(spec: SpecDocument, schema: SchemaNode, depth: number): fc.Arbitrary<JsonNode> {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, SchemaNode>);
  const required = new Set((schema.required ?? []) as string[]);
  // About four optional fields per object, and about one object in four with one hostile field: most bodies are
  // valid as a whole and reach the handler.
  const count = Math.max(1, properties.length);
  const fields = properties.map(([name, property]) => {
    const value = fc.oneof(
      { arbitrary: plausibleValue(spec, spec.resolve(property), depth + 1), weight: 4 * count },
      { arbitrary: depth > 2 ? hostileString.map(jsonLeaf) : hostileJson, weight: 1 },
    );
    const present = required.has(name) ? 20 : 4;
    const absent = required.has(name) ? 1 : Math.max(4, count - 4);
    return fc.oneof(
      { arbitrary: value.map((node): Array<[string, JsonNode]> => [[name, node]]), weight: present },
      { arbitrary: fc.constant([]), weight: absent },
    );
  });
  const extra = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS, ...properties.map(([name]) => name)), hostileString),
      hostileJson,
    ),
    { maxLength: 2 },
  );
  return fc
    .tuple(fc.tuple(...fields), fc.option(extra, { freq: 8 }))
    .map(([chosen, added]) => ({ entries: [...chosen.flat(), ...(added ?? [])] }));
}
