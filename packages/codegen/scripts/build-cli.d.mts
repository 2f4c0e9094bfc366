/** Types of build-cli.mjs (plain JavaScript so that the launcher runs it under plain node). */

/** Where the bundle goes; default `build/` of the codegen package. */
export interface CliBuildOptions {
  outDir?: string;
}

export const PACKAGE_DIR: string;
export const DEFAULT_OUT_DIR: string;
export const ENTRY_FILE: string;
export const WORKER_FILE: string;
export const RECORD_FILE: string;

/** Why the CLI bundle must be (re)built, or undefined when it is up to date (by content). */
export function cliStaleReason(options?: CliBuildOptions): string | undefined;
/** Bundles src/cli.ts (ESM, split into lazily loaded chunks) and writes the record of its inputs last. */
export function buildCli(options?: CliBuildOptions): Promise<{ entry: string; inputs: number }>;
/** `build-cli.mjs [--if-stale]`: builds (when stale) and prints one line on stderr when it builds. */
export function runBuild(args: string[], options?: CliBuildOptions): Promise<void>;
