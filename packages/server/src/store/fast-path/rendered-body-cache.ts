import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';

/** Default budget of a {@link RenderedBodyCache}: 16 MiB of keys, bodies and entry overhead. */
export const DEFAULT_RENDERED_BODY_CACHE_BYTES = 16 * 2 ** 20;

/** What an entry costs beyond its key and body: the map entry, the `Uint8Array` and its buffer's header. */
export const ENTRY_OVERHEAD_BYTES = 160;

/**
 * The bytes an entry counts against the budget: its body, its key (2 bytes per UTF-16 unit: the most a string
 * takes) and {@link ENTRY_OVERHEAD_BYTES}. Keys count because callers may build them from request input.
 */
export function entryBytes(key: string, body: Uint8Array): number {
  return body.byteLength + 2 * key.length + ENTRY_OVERHEAD_BYTES;
}

/**
 * Response bodies already rendered to bytes, keyed by everything they depend on (the caller builds the key), the
 * least recently used dropped first once the total of {@link entryBytes} exceeds `maxBytes`. An entry costing more
 * than a quarter of the budget is not kept. Lookups refresh recency.
 *
 * @example
 * const pages = new RenderedBodyCache();
 * const body = pages.get(key) ?? pages.set(key, renderJson(value));
 */
export class RenderedBodyCache {
  readonly #entries = new Map<string, Uint8Array>();
  #bytes = 0;

  /**
   * @param maxBytes the budget of {@link entryBytes}
   * @param lookups told of every {@link get}: a hit or a miss (the `/metrics` counters)
   */
  constructor(
    readonly maxBytes = DEFAULT_RENDERED_BODY_CACHE_BYTES,
    private readonly lookups?: { hit(): void; miss(): void },
  ) {}

  /** Bytes currently counted ({@link entryBytes} of every entry). */
  get bytes(): number {
    return this.#bytes;
  }

  /** Entries currently held. */
  get size(): number {
    return this.#entries.size;
  }

  get(key: string): Uint8Array | undefined {
    const body = this.#entries.get(key);
    if (body) {
      this.#entries.delete(key);
      this.#entries.set(key, body);
      this.lookups?.hit();
    } else {
      this.lookups?.miss();
    }
    return body;
  }

  /** Keeps `body` under `key` (replacing an older one) and returns it. */
  set(key: string, body: Uint8Array): Uint8Array {
    const old = this.#entries.get(key);
    if (old) {
      this.#entries.delete(key);
      this.#bytes -= entryBytes(key, old);
    }
    const cost = entryBytes(key, body);
    if (cost > this.maxBytes / 4) return body;
    this.#entries.set(key, body);
    this.#bytes += cost;
    for (const [oldest, value] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entryBytes(oldest, value);
    }
    return body;
  }
}

const encoder = new TextEncoder();

/** `value` serialised exactly as `c.json(value)` would send it, as bytes. */
export function renderJson(value: unknown): Uint8Array {
  return encoder.encode(JSON.stringify(value));
}

/**
 * Answers with the body kept under `key()`, else renders `render()`'s value, keeps it and answers with it: the same
 * response `c.json(value, 200)` gives (body, `Content-Type: application/json`), typed as that JSON response so the
 * generated handler types still hold. Without a cache (`FAST_PATH=off`) it renders every time and builds no key.
 *
 * @example
 * return respondRendered<PaginatedOrganizationMemberList>(c, pages, () => key, async () => loadPage());
 */
export async function respondRendered<T>(
  c: Context,
  cache: RenderedBodyCache | undefined,
  key: () => string,
  render: () => Promise<T>,
): Promise<TypedResponse<JSONParsed<T>, 200, 'json'>> {
  let body: Uint8Array;
  if (cache) {
    const cacheKey = key();
    body = cache.get(cacheKey) ?? cache.set(cacheKey, renderJson(await render()));
  } else {
    body = renderJson(await render());
  }
  return c.body(body as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': 'application/json',
  }) as unknown as TypedResponse<JSONParsed<T>, 200, 'json'>;
}
