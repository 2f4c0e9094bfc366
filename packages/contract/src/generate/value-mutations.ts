import type { SpecIndex } from '../spec/spec-types.js';
import type { SchemaObject } from '../validate/schema-walk.js';
import { allowsNull, jsonType, schemaTypes } from './schema-view.js';

/** The negative-data families, reported separately. */
export const MUTATION_FAMILIES = [
  'wrong_type',
  'missing_required',
  'out_of_bounds',
  'bad_enum',
  'bad_format',
  'extra_property',
  'null',
] as const;
export type MutationFamily = (typeof MUTATION_FAMILIES)[number];

/** One candidate replacement for a value. */
export interface ValueMutation {
  family: MutationFamily;
  value: unknown;
  description: string;
}

const TYPE_SAMPLES: Array<[string, unknown]> = [
  ['string', 'contract-wrong-type'],
  ['integer', 12345],
  ['number', 1.5],
  ['boolean', true],
  ['object', { contract: 'wrong-type' }],
  ['array', ['contract-wrong-type']],
];

/**
 * Candidate invalid replacements for one value under its (resolved) schema: a different type, null, a value
 * outside the enum, outside the bounds, or not in the format. Candidates are only proposals: the caller re-validates
 * each after serialisation and drops those that are still valid.
 */
export function valueMutations(schema: SchemaObject, current: unknown, spec?: SpecIndex): ValueMutation[] {
  const out: ValueMutation[] = [];
  const types = schemaTypes(schema, spec);
  if (types.length > 0) {
    const allowed = new Set(types.includes('number') ? [...types, 'integer'] : types);
    const wrong = TYPE_SAMPLES.find(([t]) => !allowed.has(t));
    if (wrong)
      out.push({
        family: 'wrong_type',
        value: wrong[1],
        description: `${wrong[0]} instead of ${types.join('|')}`,
      });
  }
  if (!allowsNull(schema, spec))
    out.push({ family: 'null', value: null, description: 'null where not nullable' });
  if (Array.isArray(schema.enum)) {
    const sample = schema.enum.find((v) => v !== null) ?? current;
    const value =
      typeof sample === 'number'
        ? Math.max(...schema.enum.filter((v) => typeof v === 'number')) + 1000
        : 'contract-not-in-enum';
    out.push({
      family: 'bad_enum',
      value,
      description: `${JSON.stringify(value)} is not one of the enum values`,
    });
  }
  out.push(...boundMutations(schema, current));
  if (typeof schema.format === 'string' && types.every((t) => t === 'string' || t === 'null')) {
    out.push({
      family: 'bad_format',
      value: `not-a-${schema.format}`,
      description: `not a valid ${schema.format}`,
    });
  }
  return out;
}

function boundMutations(schema: SchemaObject, current: unknown): ValueMutation[] {
  const out: ValueMutation[] = [];
  const n = (k: string) => (typeof schema[k] === 'number' ? (schema[k] as number) : undefined);
  const push = (value: unknown, description: string) =>
    out.push({ family: 'out_of_bounds', value, description });
  const maxLength = n('maxLength');
  if (maxLength !== undefined) push('x'.repeat(maxLength + 1), `string longer than maxLength ${maxLength}`);
  const minLength = n('minLength');
  if (minLength) push('x'.repeat(minLength - 1), `string shorter than minLength ${minLength}`);
  const maximum = n('maximum') ?? n('exclusiveMaximum');
  if (maximum !== undefined) push(Math.floor(maximum) + 1, `number above maximum ${maximum}`);
  const minimum = n('minimum') ?? n('exclusiveMinimum');
  if (minimum !== undefined) push(Math.ceil(minimum) - 1, `number below minimum ${minimum}`);
  const item = Array.isArray(current) && current.length ? current[0] : 'x';
  const maxItems = n('maxItems');
  if (maxItems !== undefined)
    push(
      Array.from({ length: maxItems + 1 }, () => item),
      `array longer than maxItems ${maxItems}`,
    );
  const minItems = n('minItems');
  if (minItems)
    push(
      Array.from({ length: minItems - 1 }, () => item),
      `array shorter than minItems ${minItems}`,
    );
  if (jsonType(current) === 'object' && n('maxProperties') !== undefined) {
    const extra = Object.fromEntries(
      Array.from({ length: (n('maxProperties') as number) + 1 }, (_, i) => [`p${i}`, 1]),
    );
    push(extra, 'object with more than maxProperties');
  }
  return out;
}
