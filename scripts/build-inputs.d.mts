/** Types of build-inputs.mjs (plain JavaScript so that a bundle's stale check runs under plain node). */
import type { Plugin } from 'esbuild';

/** The SHA-256 (hex) of a file's bytes; throws when it cannot be read. */
export function hashFile(path: string): string;
/** Hashes `paths` into `record` (keys relative to `baseDir`); returns `record`. */
export function hashInputs(
  baseDir: string,
  paths: string[],
  record?: Record<string, string>,
): Record<string, string>;
/** An esbuild plugin that hashes each file into `record` just before esbuild loads it. */
export function recordLoadedFiles(baseDir: string, record: Record<string, string>): Plugin;
/** Why the recorded build is out of date (a required input not recorded, one gone or changed), or undefined. */
export function changedInput(
  baseDir: string,
  recorded: Record<string, string>,
  required?: string[],
): string | undefined;
