/** Default bound of an {@link UnchangedReadMemo}: past it the memo starts afresh. */
export const DEFAULT_MEMO_ENTRIES = 10_000;

/**
 * Results of a read, kept while the database is unchanged: `changeCount` changes when a connection has committed
 * (a store's `SqliteChangeCounter`, which sees the store's own commits at once and other connections' from the next
 * event-loop turn on; see `sqlite-change-counter.ts`). A hit is what the read would return at that point. A result is
 * kept only if no commit was seen while it was read; a missing row (`undefined`) is not kept. Kept values are frozen
 * (they are shared by every caller).
 *
 * @example
 * const memo = new UnchangedReadMemo(() => counter.changeCount());
 * const found = await memo.get(key, () => lookUp(key));
 */
export class UnchangedReadMemo<V extends object> {
  readonly #entries = new Map<string, V>();
  #version: number | undefined;

  constructor(
    private readonly changeCount: () => number,
    private readonly maxEntries = DEFAULT_MEMO_ENTRIES,
  ) {}

  async get(key: string, read: () => Promise<V | undefined>): Promise<V | undefined> {
    const version = this.changeCount();
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    const kept = this.#entries.get(key);
    if (kept) return kept;
    const value = await read();
    // Another call may have seen a commit meanwhile (and started afresh): this value may predate it.
    if (value === undefined || this.#version !== version) return value;
    if (this.#entries.size >= this.maxEntries) this.#entries.clear();
    this.#entries.set(key, deepFreeze(value));
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
