/** Types of code-cache.mjs (plain JavaScript, bundled into the CLI). */

/** Where the cache files go by default (`build/code-cache/`). */
export const CACHE_DIR: string;
/** `require(id)` from `fromUrl`, compiled with V8 bytecode cached by an earlier run (saved at exit when missing). */
export function requireWithCodeCache(id: string, fromUrl: string, cacheDir?: string): unknown;
/** The files loaded in this process with cached bytecode that V8 accepted. */
export function codeCacheHits(): string[];
/** Writes the bytecode of the modules loaded without usable cache data (at exit by default; a worker calls it). */
export function saveCodeCaches(): void;
