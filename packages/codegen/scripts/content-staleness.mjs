/*
 * Content-based staleness of a build (the rule of the codegen CLI bundle): a build records the SHA-256 of every
 * file it read; it is stale when one of those files is gone or its contents hash differently. Timestamps are never
 * read, so a checkout, a `touch` or a copy that keeps the contents does not rebuild, and an edit that keeps the mtime
 * (or a clock that went back) still does. Also the atomic write the build uses. Plain JavaScript with no
 * dependencies, so that a launcher can run it under plain node before anything is built; the server bundle's builder
 * (packages/server/scripts/build-bundle.mjs) can share it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/**
 * SHA-256 (hex) of a file's contents.
 *
 * @param {string | Uint8Array} contents
 * @returns {string}
 */
export function hashContents(contents) {
  return createHash('sha256').update(contents).digest('hex');
}

/**
 * Why a build must be redone, or undefined when it is up to date: an output or the record is missing or unreadable,
 * the record was made for other `settings` (e.g. other entry points), or a recorded input is gone or changed.
 *
 * @param {{ recordPath: string, outputs: string[], baseDir: string, settings?: unknown }} options
 *   recordPath: the JSON file {@link writeRecord} wrote; outputs: files the build must have produced (absolute);
 *   baseDir: what the recorded input paths are relative to.
 * @returns {string | undefined}
 */
export function staleReason({ recordPath, outputs, baseDir, settings }) {
  for (const output of [recordPath, ...outputs]) {
    if (!existsSync(output)) return `${relative(baseDir, output)} is missing`;
  }
  /** @type {{ settings?: unknown, inputs?: Record<string, string> }} */
  let record;
  try {
    record = JSON.parse(readFileSync(recordPath, 'utf8'));
  } catch {
    return `${relative(baseDir, recordPath)} is unreadable`;
  }
  if (JSON.stringify(record.settings ?? null) !== JSON.stringify(settings ?? null))
    return 'the build settings changed';
  const inputs = record.inputs ?? {};
  if (Object.keys(inputs).length === 0) return `${relative(baseDir, recordPath)} lists no inputs`;
  for (const [file, hash] of Object.entries(inputs)) {
    let contents;
    try {
      contents = readFileSync(resolve(baseDir, file));
    } catch {
      return `${file} is gone`;
    }
    if (hashContents(contents) !== hash) return `${file} changed`;
  }
  return undefined;
}

/**
 * The record {@link staleReason} reads, as JSON text.
 *
 * @param {{ hashes: Record<string, string>, settings?: unknown }} options
 *   hashes: input path (relative to the `baseDir` given to staleReason) → SHA-256 of the contents the build used
 *   (take them from what the build read, so that a file saved during the build reads as changed afterwards).
 * @returns {string}
 */
export function recordText({ hashes, settings }) {
  const inputs = Object.fromEntries(
    Object.keys(hashes)
      .sort()
      .map((file) => [file, hashes[file]]),
  );
  return `${JSON.stringify({ settings: settings ?? null, inputs }, null, 1)}\n`;
}

/**
 * Writes a file atomically (temp file + rename): a concurrent reader sees the old or the new file, never half.
 *
 * @param {string} path
 * @param {string | Uint8Array} contents
 */
export function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}
