/**
 * Longest request URL whose key a {@link UrlKeyMemo} remembers. Longer ones (rare: long searches, unknown
 * parameters) are computed every time, so request bytes cannot grow the memo.
 */
export const MAX_REMEMBERED_URL_LENGTH = 512;

/** Entries a {@link UrlKeyMemo} keeps: past it the memo starts afresh (at most about 1.5 MB with 200-character keys). */
export const MAX_REMEMBERED_URLS = 1024;

/**
 * Keys that are a pure function of the request URL (such as the query part of a cache key: the validated query in
 * canonical form), remembered per URL so the usual request, a URL seen before, costs one map lookup instead of
 * reading its query again.
 *
 * @example
 * const queryKeys = new UrlKeyMemo();
 * const key = queryKeys.get(c.req.url, () => JSON.stringify(validatedQuery(c)));
 */
export class UrlKeyMemo {
  readonly #keys = new Map<string, string>();

  /** URLs remembered. */
  get size(): number {
    return this.#keys.size;
  }

  /** The key remembered for `url`, else `compute()`'s (remembered when `url` is short enough). */
  get(url: string, compute: () => string): string {
    const kept = this.#keys.get(url);
    if (kept !== undefined) return kept;
    const key = compute();
    if (url.length <= MAX_REMEMBERED_URL_LENGTH) {
      if (this.#keys.size >= MAX_REMEMBERED_URLS) this.#keys.clear();
      this.#keys.set(url, key);
    }
    return key;
  }
}
