import type { JsonSchema, SpecIndex } from '../spec/spec-types.js';
import { isSchemaObject, type SchemaObject } from '../validate/schema-walk.js';

/**
 * Follows `$ref` (keeping sibling keywords) and merges `allOf` members shallowly, so generators and mutators can
 * look at one object: properties and required are unioned, other keywords of later members win.
 */
export function resolveSchema(spec: SpecIndex, schema: JsonSchema, depth = 0): SchemaObject {
  if (!isSchemaObject(schema)) return schema ? {} : { not: {} };
  if (depth > 20) return {};
  let out: SchemaObject = { ...schema };
  if (typeof out.$ref === 'string') {
    const { $ref, ...siblings } = out;
    const target = spec.deref({ $ref }, '').value as JsonSchema;
    out = { ...resolveSchema(spec, target, depth + 1), ...siblings };
  }
  if (Array.isArray(out.allOf)) {
    const { allOf, ...rest } = out;
    let merged: SchemaObject = {};
    for (const member of [...(allOf as JsonSchema[]), rest as JsonSchema]) {
      const r = resolveSchema(spec, member, depth + 1);
      merged = {
        ...merged,
        ...r,
        properties: { ...(merged.properties as object), ...(r.properties as object) },
        required: [
          ...new Set([...((merged.required as string[]) ?? []), ...((r.required as string[]) ?? [])]),
        ],
      };
    }
    out = merged;
  }
  return out;
}

/** The JSON types a schema admits (explicit `type`, else inferred from enum/const/keywords; [] = anything). */
export function schemaTypes(schema: SchemaObject, spec?: SpecIndex): string[] {
  if (typeof schema.type === 'string') return [schema.type];
  const branches = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (spec && Array.isArray(branches) && schema.type === undefined) {
    const all = branches.map((b) => schemaTypes(resolveSchema(spec, b), spec));
    return all.some((t) => t.length === 0) ? [] : [...new Set(all.flat())];
  }
  if (Array.isArray(schema.type)) return schema.type as string[];
  const values = Array.isArray(schema.enum) ? schema.enum : 'const' in schema ? [schema.const] : undefined;
  if (values) return [...new Set(values.map(jsonType))];
  if (schema.properties || schema.required) return ['object'];
  if (schema.items || schema.prefixItems) return ['array'];
  return [];
}

/** JSON type name of a value ('integer' for whole numbers). */
export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** True when the schema admits `null`. */
export function allowsNull(schema: SchemaObject, spec?: SpecIndex): boolean {
  const types = schemaTypes(schema, spec);
  if (types.length === 0) return !Array.isArray(schema.anyOf) && !Array.isArray(schema.oneOf);
  return types.includes('null');
}
