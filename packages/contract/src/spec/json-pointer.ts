/** Escapes one reference token for a JSON pointer (RFC 6901). */
export function escapePointerToken(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Unescapes one JSON pointer reference token. */
export function unescapePointerToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Joins a base pointer ('' for the root) with raw (unescaped) tokens. */
export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return base + tokens.map((t) => `/${escapePointerToken(String(t))}`).join('');
}

/** Splits a pointer ('' or '/a/b') into unescaped tokens. */
export function splitPointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? decodeURIComponent(pointer.slice(1)) : pointer;
  return body.split('/').slice(1).map(unescapePointerToken);
}

/** Reads the value at `pointer` inside `document`, or undefined when a segment is missing. */
export function getAtPointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const token of splitPointer(pointer)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}
