import type { z } from 'zod';

/** `params.code` (and the 400 body's `code`) of a string holding a lone surrogate: Django REST framework's code. */
export const SURROGATE_CODE = 'surrogate_characters_not_allowed';

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one (UTF-16 code units).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a lone surrogate was found: the path of the string (a key counts as the path it names) and its code point. */
export interface LoneSurrogate {
  path: string[];
  codePoint: number;
}

/**
 * The first string of a parsed body — a value or an object key, in document order — that holds a lone UTF-16
 * surrogate (`"\ud800"` in JSON), or `undefined`. Such a string is not Unicode text: PostgreSQL refuses it and SQLite
 * stores a replacement, so a body carrying one is refused before it reaches a handler. Recursive: call it on a body
 * whose depth is already bounded (`exceedsJsonDepth`).
 *
 * @example
 * findLoneSurrogate({ tags: ['ok', '\ud800'] }); // { path: ['tags', '1'], codePoint: 0xd800 }
 */
export function findLoneSurrogate(value: unknown, path: string[] = []): LoneSurrogate | undefined {
  if (typeof value === 'string') {
    const found = LONE_SURROGATE.exec(value);
    return found ? { path, codePoint: found[0].charCodeAt(0) } : undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    const inKey = findLoneSurrogate(key, [...path, key]);
    if (inKey) return inKey;
    const inValue = findLoneSurrogate(item, [...path, key]);
    if (inValue) return inValue;
  }
  return undefined;
}

/**
 * The zod issue a lone surrogate is reported with (at its path, with DRF's `ProhibitSurrogateCharactersValidator`
 * message), so that it reaches the app's validation hook like any other invalid field.
 *
 * @example loneSurrogateIssue({ path: ['name'], codePoint: 0xd800 }).message; // 'Surrogate characters are not allowed: U+D800.'
 */
export function loneSurrogateIssue(found: LoneSurrogate): z.core.$ZodIssue {
  const hex = found.codePoint.toString(16).toUpperCase();
  return {
    code: 'custom',
    message: `Surrogate characters are not allowed: U+${hex}.`,
    path: found.path,
    params: { code: SURROGATE_CODE },
  } as z.core.$ZodIssue;
}
