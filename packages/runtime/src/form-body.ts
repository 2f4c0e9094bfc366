import { z } from 'zod';
import { queryBoolean, queryNumber } from './param-coercion.js';

/**
 * Wraps a body schema for `application/x-www-form-urlencoded` / `multipart/form-data`: field values arrive as strings,
 * so they are converted to the JSON shape the schema describes (numbers, booleans, numeric enums, lists from repeated
 * keys, `''` → null for nullable fields) before validation.
 *
 * @example formBody(PatchedOrganizationMemberRequest).parse({ level: '8' }) // { level: 8 }
 */
export function formBody<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => coerceFormValue(value, schema), schema);
}

type AnySchema = z.core.$ZodType;

/** Converts form strings according to the schema (unknown shapes are left as they are). */
export function coerceFormValue(value: unknown, schema: AnySchema): unknown {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
      return coerceFormValue(value, def.innerType as AnySchema);
    case 'nullable':
      return value === '' ? null : coerceFormValue(value, def.innerType as AnySchema);
    case 'pipe':
      return coerceFormValue(value, def.in as AnySchema);
    case 'lazy':
      return coerceFormValue(value, (def.getter as () => AnySchema)());
    case 'number':
    case 'int':
      return queryNumber(value);
    case 'boolean':
      return queryBoolean(value);
    case 'enum':
      return Object.values(def.entries as object).every((v) => typeof v === 'number')
        ? queryNumber(value)
        : value;
    case 'array': {
      if (value === undefined) return value;
      const list = Array.isArray(value) ? value : [value];
      return list.map((item) => coerceFormValue(item, def.element as AnySchema));
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const shape = (schema as unknown as { shape: Record<string, AnySchema> }).shape;
      const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      for (const [key, child] of Object.entries(shape))
        if (key in out) out[key] = coerceFormValue(out[key], child);
      return out;
    }
    case 'union': {
      for (const option of def.options as AnySchema[]) {
        const coerced = coerceFormValue(value, option);
        if (coerced !== value) return coerced;
      }
      return value;
    }
    case 'intersection':
      return coerceFormValue(coerceFormValue(value, def.left as AnySchema), def.right as AnySchema);
    default:
      return value;
  }
}
