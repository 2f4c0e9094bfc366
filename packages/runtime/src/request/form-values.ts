import type { z } from 'zod';
import { exceedsJsonDepth } from './json-depth.js';

/** Minimal view of zod 4 internals used to walk a body schema (stable `_zod.def` shape). */
interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Strips optional/nullable/default/pipe/lazy wrappers to reach the schema that says what the value is. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let depth = 0; depth < 32; depth += 1) {
    const def = defOf(current);
    const next = WRAPPERS.has(def.type)
      ? def.innerType
      : def.type === 'pipe'
        ? def.in
        : def.type === 'lazy'
          ? def.getter?.()
          : undefined;
    if (!next) return current;
    current = next;
  }
  return current;
}

function parseJsonArray(raw: string): unknown[] | undefined {
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) && !exceedsJsonDepth(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** The form fields of a request: `URLSearchParams` (urlencoded) or `FormData` (multipart; files pass through). */
export interface FormFields {
  keys(): Iterable<string>;
  getAll(key: string): Array<string | File>;
}

/**
 * One form string → the first interpretation the field's schema accepts: the string itself, a number, a boolean,
 * `null` (empty string), or parsed JSON (as DRF parses form values of JSON fields). Falls back to the string so the
 * validator reports the error.
 */
function coerceScalar(field: z.ZodType | undefined, raw: string | File): unknown {
  if (!field || typeof raw !== 'string') return raw;
  const candidates: unknown[] = [raw];
  if (NUMERIC.test(raw)) candidates.push(Number(raw));
  if (raw === 'true' || raw === 'True') candidates.push(true);
  if (raw === 'false' || raw === 'False') candidates.push(false);
  if (raw === '') candidates.push(null);
  try {
    const parsed: unknown = JSON.parse(raw);
    // Too deep to validate safely: leave the string, which the validator reports as the wrong type.
    if (!exceedsJsonDepth(parsed)) candidates.push(parsed);
  } catch {
    // not JSON: the other candidates stand
  }
  const index = candidates.findIndex((candidate) => field.safeParse(candidate).success);
  return index === -1 ? raw : candidates[index];
}

/**
 * The one form coercer: converts the fields of a form body (`application/x-www-form-urlencoded`, or
 * `multipart/form-data`) into the JSON object the body schema expects, as Django REST framework reads form data.
 * Guided by `schema` (the route's body schema, when known):
 * - a field whose schema is an array takes every value of its key (one value → a one-element list, unless that
 *   value is a JSON array the field accepts, as DRF reads JSON fields from forms);
 * - any other field repeated takes its LAST value (as DRF's QueryDict does); without a schema repeated keys → arrays;
 * - values are coerced to number/boolean/null/JSON only where the field's schema accepts that and not the string.
 *
 * @example
 * formToJson(new URLSearchParams('target_email=a@b.co&level=8'), inviteSchema); // { target_email: 'a@b.co', level: 8 }
 */
export function formToJson(params: FormFields, schema?: z.ZodType): Record<string, unknown> {
  const root = schema ? unwrap(schema) : undefined;
  const shape = root ? defOf(root).shape : undefined;
  // A prototype-less object: keys such as `__proto__` or `constructor` are plain data, never inherited members.
  const result: Record<string, unknown> = Object.create(null);
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const field = shape && Object.hasOwn(shape, key) ? shape[key] : undefined;
    const fieldCore = field ? unwrap(field) : undefined;
    const fieldDef = fieldCore ? defOf(fieldCore) : undefined;
    if (fieldDef?.type === 'array') {
      const only = values.length === 1 ? values[0] : undefined;
      const whole = typeof only === 'string' ? parseJsonArray(only) : undefined;
      result[key] =
        whole !== undefined && field?.safeParse(whole).success
          ? whole
          : values.map((value) => coerceScalar(fieldDef.element, value));
    } else if (!shape && values.length > 1) {
      result[key] = values;
    } else {
      result[key] = coerceScalar(field, values[values.length - 1] ?? '');
    }
  }
  return result;
}
