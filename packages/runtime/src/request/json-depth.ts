/** Deepest nesting of arrays/objects a JSON body may have: validators and handlers recurse, so deeper is a 400. */
export const MAX_JSON_DEPTH = 128;

/**
 * Whether a parsed JSON value nests arrays/objects deeper than `maxDepth` (iterative: never overflows the stack).
 *
 * @example
 * exceedsJsonDepth([[1]], 1); // true
 */
export function exceedsJsonDepth(value: unknown, maxDepth = MAX_JSON_DEPTH): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [current, depth] = entry;
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > maxDepth) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
