/** Reads `param` from an item: Django-style `user__uuid` means `item.user.uuid`. */
export function pickParam(item: unknown, param: string): unknown {
  let node: unknown = item;
  for (const token of param.split('__')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The items of a list response: a paginated envelope's `results`, or the array itself. */
export function listItems(json: unknown): unknown[] {
  if (Array.isArray(json)) return json;
  const results = (json as { results?: unknown } | undefined)?.results;
  return Array.isArray(results) ? results : [];
}

/** The collection path that owns a path parameter: `/a/{org}/projects/{id}/x/` and `id` → `/a/{org}/projects/`. */
export function collectionPath(path: string, param: string): string {
  return path.slice(0, path.indexOf(`{${param}}`));
}
