/** Types of build-bundle.mjs (plain JavaScript so that `npm start` runs it under plain node). */

/** Where and what to bundle; every field defaults to the server package's own build. */
export interface BundleOptions {
  /** Output folder (default `build/` of the package). */
  outDir?: string;
  /** Bundle name (`.mjs` added) → entry point relative to `packageDir`. */
  entries?: Record<string, string>;
  /** The package folder: working directory of the build, base of the metafile's input paths. */
  packageDir?: string;
}

export const PACKAGE_DIR: string;
export const DEFAULT_OUT_DIR: string;
export const DEFAULT_ENTRIES: Record<string, string>;
export const EXTERNAL_PACKAGES: string[];
export const META_FILE: string;

/** Why the bundles must be (re)built, or undefined when they are up to date. */
export function staleReason(options?: BundleOptions): string | undefined;
/** Bundles the entries (ESM, node20, linked source maps) and writes the metafile last. */
export function buildBundle(options?: BundleOptions): Promise<{ outputs: string[]; inputs: number }>;
/** `build-bundle.mjs [--if-stale]`: builds (when stale) and prints one line when it builds. */
export function runCli(args: string[], options?: BundleOptions): Promise<void>;
