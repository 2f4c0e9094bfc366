import type { JsonSchema, SpecIndex } from '../spec/spec-types.js';
import type { Direction } from '../validate/direction-rules.js';
import { hasFlag } from '../validate/direction-rules.js';
import { isSchemaObject, type SchemaObject } from '../validate/schema-walk.js';
import { sampleFormat } from './format-samples.js';
import { samplePattern, UnsupportedPatternError } from './pattern-sampler.js';
import type { Prng } from './prng.js';
import { resolveSchema, schemaTypes } from './schema-view.js';

/** Property names whose generated strings carry the run's seed, so created resources are recognisable. */
export const NAME_LIKE_PROPERTIES = ['name', 'first_name', 'last_name', 'company_name', 'title'];

/** Inputs of positive generation. */
export interface GenerateOptions {
  spec: SpecIndex;
  rng: Prng;
  direction: Direction;
  /** Run seed, used in names (`contract-<seed>-<n>`) and e-mail addresses. */
  seed: string;
  /** When true, use a schema's `example`/`examples[0]` for scalar values and include only required properties. */
  minimal?: boolean;
  /** Optional properties never generated (values that must reference other resources). */
  omit?: readonly string[] | undefined;
}

interface State extends GenerateOptions {
  counter: { n: number };
  depth: number;
}

/**
 * Generates a value valid for `schema` (best effort: callers re-validate). Respects formats, enums, bounds, simple
 * patterns and examples; in the request direction readOnly properties are left out, in the response direction
 * writeOnly ones.
 * @example generateValue(schema, { spec, rng: createPrng(1), direction: 'request', seed: '1' })
 */
export function generateValue(schema: JsonSchema, options: GenerateOptions): unknown {
  return gen(schema, { ...options, counter: { n: 0 }, depth: 0 }, undefined);
}

function gen(raw: JsonSchema, st: State, key: string | undefined): unknown {
  const schema = resolveSchema(st.spec, raw);
  if ('const' in schema) return schema.const;
  if (
    st.minimal &&
    schema.example !== undefined &&
    !isSchemaObject(schema.example) &&
    !Array.isArray(schema.example)
  )
    return schema.example;
  if (Array.isArray(schema.enum)) {
    const nonNull = schema.enum.filter((v) => v !== null);
    return nonNull.length && st.rng.bool(0.9) ? st.rng.pick(nonNull) : st.rng.pick(schema.enum);
  }
  const branches = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (Array.isArray(branches) && branches.length) {
    const nonNull = branches.filter((b) => !(isSchemaObject(b) && b.type === 'null'));
    return gen(st.rng.pick(nonNull.length && st.rng.bool(0.9) ? nonNull : branches), st, key);
  }
  const types = schemaTypes(schema);
  const candidates = types.filter((t) => t !== 'null');
  const type = candidates.length === 0 ? (types.length ? 'null' : 'string') : st.rng.pick(candidates);
  switch (type) {
    case 'null':
      return null;
    case 'boolean':
      return st.rng.bool();
    case 'integer':
    case 'number':
      return genNumber(schema, st, type === 'integer');
    case 'array':
      return genArray(schema, st);
    case 'object':
      return genObject(schema, st);
    default:
      return genString(schema, st, key);
  }
}

function genNumber(schema: SchemaObject, st: State, integer: boolean): number {
  const num = (k: string) => (typeof schema[k] === 'number' ? (schema[k] as number) : undefined);
  let min =
    num('minimum') ?? (num('exclusiveMinimum') !== undefined ? (num('exclusiveMinimum') as number) + 1 : 0);
  let max =
    num('maximum') ??
    (num('exclusiveMaximum') !== undefined ? (num('exclusiveMaximum') as number) - 1 : min + 1000);
  if (max < min) [min, max] = [max, min];
  const span = Math.min(max - min, 1000);
  const step = num('multipleOf');
  if (step) return Math.ceil(min / step) * step + step * st.rng.int(0, Math.floor(span / step));
  if (integer) return st.rng.int(Math.ceil(min), Math.ceil(min) + Math.floor(span));
  return Math.round((min + st.rng.next() * span) * 100) / 100;
}

function genString(schema: SchemaObject, st: State, key: string | undefined): string {
  const minLength = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const maxLength = typeof schema.maxLength === 'number' ? schema.maxLength : minLength + 24;
  // Unique per call (a random tag) yet recognisable: contract-<seed>-<tag>-<n>.
  const label = `contract-${st.seed}-${st.rng.int(0, 0xffff).toString(16)}-${++st.counter.n}`;
  if (typeof schema.format === 'string') {
    const sample = sampleFormat(schema.format, st.rng, `${label}${st.rng.int(0, 9999)}`);
    if (sample !== undefined) return sample;
  }
  if (typeof schema.pattern === 'string') {
    try {
      return samplePattern(schema.pattern, st.rng);
    } catch (error) {
      if (!(error instanceof UnsupportedPatternError)) throw error;
    }
  }
  if (key && NAME_LIKE_PROPERTIES.includes(key) && label.length <= maxLength && label.length >= minLength) {
    return label;
  }
  const length = st.rng.int(minLength, Math.min(maxLength, minLength + 12));
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from({ length }, () => alphabet[st.rng.int(0, alphabet.length - 1)]).join('');
}

function genArray(schema: SchemaObject, st: State): unknown[] {
  const minItems = typeof schema.minItems === 'number' ? schema.minItems : 0;
  const maxItems = typeof schema.maxItems === 'number' ? schema.maxItems : minItems + 2;
  if (st.depth > 6) return [];
  const count = st.rng.int(minItems, Math.min(maxItems, minItems + (st.minimal ? 1 : 2)));
  const items = (schema.items ?? {}) as JsonSchema;
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let attempt = 0; out.length < count && attempt < count * 5; attempt++) {
    const value = gen(items, { ...st, depth: st.depth + 1 }, undefined);
    const id = JSON.stringify(value);
    if (schema.uniqueItems === true && seen.has(id)) continue;
    seen.add(id);
    out.push(value);
  }
  return out;
}

function genObject(schema: SchemaObject, st: State): Record<string, unknown> {
  const props = isSchemaObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const skipFlag = st.direction === 'request' ? 'readOnly' : 'writeOnly';
  const out: Record<string, unknown> = {};
  for (const [name, sub] of Object.entries(props)) {
    if (hasFlag(st.spec, sub, skipFlag)) continue;
    if (!required.has(name) && st.omit?.includes(name)) continue;
    const include = required.has(name) || (!st.minimal && st.depth < 4 && st.rng.bool(0.5));
    if (include) out[name] = gen(sub as JsonSchema, { ...st, depth: st.depth + 1 }, name);
  }
  return out;
}
