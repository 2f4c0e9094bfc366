/** Types of content-staleness.mjs (plain JavaScript so that a launcher runs it under plain node). */

/** SHA-256 (hex) of a file's contents. */
export function hashContents(contents: string | Uint8Array): string;
/** Why a build must be redone (an output, the record or an input missing; an input changed), or undefined. */
export function staleReason(options: {
  recordPath: string;
  outputs: string[];
  baseDir: string;
  settings?: unknown;
}): string | undefined;
/** The record staleReason reads: the settings and the hash of every input, as JSON text. */
export function recordText(options: { hashes: Record<string, string>; settings?: unknown }): string;
/** Writes a file atomically (temp file + rename). */
export function writeAtomically(path: string, contents: string | Uint8Array): void;
