/** JSON values as the round-trip comparison sees them, and the comparison itself. */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every difference between two JSON values, as `pointer: left ≠ right` lines (object key order ignored). */
export function diffJson(left: unknown, right: unknown, pointer = ''): string[] {
  if (isObject(left as Json) && isObject(right as Json)) {
    const a = left as JsonObject;
    const b = right as JsonObject;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) =>
      diffJson(a[k], b[k], `${pointer}/${k.replaceAll('~', '~0').replaceAll('/', '~1')}`),
    );
  }
  if (Array.isArray(left) && Array.isArray(right) && left.length === right.length) {
    return left.flatMap((v, i) => diffJson(v, right[i], `${pointer}/${i}`));
  }
  if (JSON.stringify(left) === JSON.stringify(right)) return [];
  const show = (v: unknown) => (v === undefined ? '(absent)' : JSON.stringify(v).slice(0, 160));
  return [`${pointer}: source ${show(left)} ≠ emitted ${show(right)}`];
}
