/**
 * Coercions for values that arrive as strings (path, query, header, form fields). Each returns its input unchanged
 * when it does not look like the target type, so the schema reports the error with the original value.
 */

const NUMBER = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;
const PATH_INTEGER = /^\s*[-+]?\d+\s*$/;
const TRUE = new Set(['true', 'True', 'TRUE', '1', 'yes', 'on']);
const FALSE = new Set(['false', 'False', 'FALSE', '0', 'no', 'off']);

/** `'42'` → `42` (decimal notation only). */
export function queryNumber(value: unknown): unknown {
  return typeof value === 'string' && NUMBER.test(value) ? Number(value) : value;
}

/**
 * An integer path segment: `'42'` → `42`; digits with an optional sign and surrounding spaces only (a `[^/.]+`
 * route segment read with Python's `int()`, as upstream), so `'1.0'`, `'1e0'` or `'0x1'` stay strings and name no
 * resource.
 */
export function pathInteger(value: unknown): unknown {
  return typeof value === 'string' && PATH_INTEGER.test(value) ? Number(value) : value;
}

/** `'true'`/`'1'`/… → `true`, `'false'`/`'0'`/… → `false` (DRF's accepted spellings). */
export function queryBoolean(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  return value;
}

/** A single query value → a one-item list (repeated keys already arrive as a list). */
export function queryArray(value: unknown): unknown {
  return typeof value === 'string' ? [value] : value;
}

/** `'a,b'` → `['a', 'b']` (style simple, or form with explode: false); `''` → `[]`. */
export function queryCsv(value: unknown): unknown {
  const parts = (text: string) => (text === '' ? [] : text.split(','));
  if (typeof value === 'string') return parts(value);
  if (Array.isArray(value)) return value.flatMap((v) => (typeof v === 'string' ? parts(v) : [v]));
  return value;
}
