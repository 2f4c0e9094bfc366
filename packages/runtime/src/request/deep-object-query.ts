/** The parts of a Hono context the middleware touches. */
export interface QueryContext {
  req: { queries(): Record<string, string[]> };
}

/**
 * Route middleware for `style: deepObject` query parameters: folds `filter[name]=x&filter[tag]=y` into
 * `filter: { name: 'x', tag: 'y' }` before validation. The query validator of @hono/zod-openapi reads
 * `c.req.queries()` as a flat map, so this replaces that method on the request with one that returns the folded map.
 *
 * @param names The deepObject parameter names of the route.
 * @example createRoute({ ..., middleware: [deepObjectQuery(['metadata'])] })
 */
export function deepObjectQuery(names: readonly string[]) {
  return async function foldDeepObjectQuery(c: QueryContext, next: () => Promise<void>): Promise<void> {
    const original = c.req.queries();
    const folded: Record<string, unknown[]> = {};
    const objects: Record<string, Record<string, unknown>> = {};
    for (const [key, values] of Object.entries(original)) {
      const match = /^([^[\]]+)\[([^[\]]*)\]$/.exec(key);
      if (match && names.includes(match[1] as string)) {
        const name = match[1] as string;
        objects[name] = { ...objects[name], [match[2] as string]: values.length === 1 ? values[0] : values };
      } else folded[key] = values;
    }
    for (const [name, value] of Object.entries(objects)) folded[name] = [value];
    c.req.queries = () => folded as Record<string, string[]>;
    await next();
  };
}
