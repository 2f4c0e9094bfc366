import { z } from 'zod';

type Schema = z.core.$ZodType;
type Def = Record<string, unknown> & { type: string };

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/**
 * A copy of a zod schema in which every plain object rejects undeclared keys (`z.object` → strict, loose objects and
 * records stay open). Used by {@link strictResponse} so that a union picks the branch that declares ALL keys.
 * Intersections are left as they are (strict halves would reject each other's keys); recursion stays lazy.
 */
export function deepStrict<T extends Schema>(schema: T, seen = new WeakMap<Schema, Schema>()): T {
  const hit = seen.get(schema);
  if (hit) return hit as T;
  const def = schema._zod.def as unknown as Def;
  const clone = (next: Def) => (schema as unknown as { clone(def: Def): Schema }).clone(next);
  const strict = (child: unknown) => deepStrict(child as Schema, seen);
  let out: Schema = schema;
  if (def.type === 'object') {
    const shape = def.shape as Record<string, Schema>;
    const strictShape: Record<string, Schema> = {};
    for (const key of Object.keys(shape)) {
      // A getter keeps recursive shapes lazy, as in the generated code.
      Object.defineProperty(strictShape, key, {
        enumerable: true,
        configurable: true,
        get: () => strict(shape[key]),
      });
    }
    out = clone({ ...def, shape: strictShape, catchall: def.catchall ?? z.never() });
  } else if (WRAPPERS.has(def.type)) out = clone({ ...def, innerType: strict(def.innerType) });
  else if (def.type === 'array') out = clone({ ...def, element: strict(def.element) });
  else if (def.type === 'union') out = clone({ ...def, options: (def.options as Schema[]).map(strict) });
  else if (def.type === 'record') out = clone({ ...def, valueType: strict(def.valueType) });
  else if (def.type === 'pipe') out = clone({ ...def, in: strict(def.in), out: strict(def.out) });
  else if (def.type === 'lazy') {
    const getter = def.getter as () => Schema;
    out = z.lazy(() => strict(getter()) as z.ZodType);
  }
  seen.set(schema, out);
  return out as T;
}
