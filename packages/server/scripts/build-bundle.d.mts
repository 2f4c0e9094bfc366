/** Types of build-bundle.mjs (plain JavaScript so that `npm start` runs it under plain node). */
import type { Plugin } from 'esbuild';

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
export const INPUTS_FILE: string;

/** Why the bundles must be (re)built, or undefined when they are up to date. */
export function staleReason(options?: BundleOptions): string | undefined;
/** An esbuild plugin that hashes each file into `hashes` (relative to `baseDir`) just before esbuild loads it. */
export function hashEachLoadedFile(baseDir: string, hashes: Record<string, string>): Plugin;
/** Bundles the entries (ESM, node20, linked source maps) and writes the record of input hashes last. */
export function buildBundle(options?: BundleOptions): Promise<{ outputs: string[]; inputs: number }>;
/** `build-bundle.mjs [--if-stale]`: builds (when stale) and prints one line when it builds. */
export function runCli(args: string[], options?: BundleOptions): Promise<void>;
