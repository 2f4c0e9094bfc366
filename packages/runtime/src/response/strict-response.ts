import { z } from 'zod';
import { deepStrict } from './deep-strict.js';

type Path = PropertyKey[];

/**
 * Wraps a response schema so that an undeclared property ANYWHERE fails (zod objects only strip unknown keys, and
 * @hono/zod-openapi does not validate responses). The value is parsed with a deep-strict copy of the schema (so a
 * union picks the branch that declares every key), then every key of the input must survive into the parsed output
 * (this also covers intersections, which stay non-strict); records and loose objects keep their keys, so they stay
 * open.
 *
 * @example strictResponse(OrganizationMember).safeParse({ ...member, password: 'x' }).success // false
 */
export function strictResponse<T extends z.ZodType>(schema: T): z.ZodType<z.output<T>, unknown> {
  const strict = deepStrict(schema);
  return z.unknown().transform((value, ctx) => {
    const result = strict.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) ctx.issues.push({ ...issue, input: undefined } as never);
      return z.NEVER;
    }
    const undeclared = findUndeclared(value, result.data, []);
    if (undeclared) {
      const key = undeclared.at(-1) as string;
      ctx.issues.push({
        code: 'unrecognized_keys',
        keys: [key],
        path: undeclared.slice(0, -1),
        input: value,
      } as never);
      return z.NEVER;
    }
    return result.data as z.output<T>;
  });
}

/** The path of the first input key that the parsed output dropped. */
export function findUndeclared(input: unknown, output: unknown, path: Path): Path | undefined {
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) {
      const found = findUndeclared(input[i], output[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(input) || !isPlainObject(output)) return undefined;
  for (const key of Object.keys(input)) {
    if (!(key in output)) return [...path, key];
    const found = findUndeclared(input[key], output[key], [...path, key]);
    if (found) return found;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
