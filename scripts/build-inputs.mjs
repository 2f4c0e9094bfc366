/*
 * The staleness rule of the repository's bundles (the server's `packages/server/scripts/build-bundle.mjs`, and any
 * other esbuild bundle that wants `--if-stale`): a build records the SHA-256 of every file it read, and is stale when
 * one of them now has other bytes, is gone, or a file that must be an input appeared. Content, not modification
 * times: a save within the file system's timestamp resolution of the build, an mtime an installer kept or a clock
 * step cannot hide a change, and a file saved again unchanged costs no rebuild.
 *
 * Plain JavaScript (no dependency) so that a bundle's stale check runs under plain node in a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

/** The SHA-256 (hex) of a file's bytes; throws when it cannot be read. */
export function hashFile(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/**
 * Hashes `paths` into `record` (keys relative to `baseDir`).
 *
 * @param {string} baseDir
 * @param {string[]} paths absolute, or relative to `baseDir`
 * @param {Record<string, string>} [record]
 * @returns {Record<string, string>} `record`
 */
export function hashInputs(baseDir, paths, record = {}) {
  for (const path of paths)
    record[relative(baseDir, resolve(baseDir, path))] = hashFile(resolve(baseDir, path));
  return record;
}

/**
 * An esbuild plugin that hashes each file into `record` (keys relative to `baseDir`) just before esbuild loads it,
 * and lets esbuild load it as usual. Hashing first makes a save during the build err on the safe side: the record
 * then holds the older bytes, so the next check sees the file as changed and rebuilds.
 *
 * @param {string} baseDir
 * @param {Record<string, string>} record
 * @returns {{ name: string, setup(build: { onLoad: Function }): void }}
 */
export function recordLoadedFiles(baseDir, record) {
  return {
    name: 'record-loaded-files',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        record[relative(baseDir, args.path)] = hashFile(args.path);
        return undefined;
      });
    },
  };
}

/**
 * Why a build that recorded `recorded` is out of date, or undefined when it is not: an input in `required` (absolute
 * or relative to `baseDir`) that the build did not record, then the first recorded input that is gone or whose bytes
 * differ.
 *
 * @param {string} baseDir
 * @param {Record<string, string>} recorded relative path → SHA-256, as written by {@link hashInputs} and
 *   {@link recordLoadedFiles}
 * @param {string[]} [required]
 * @returns {string | undefined}
 */
export function changedInput(baseDir, recorded, required = []) {
  for (const path of required) {
    const key = relative(baseDir, resolve(baseDir, path));
    if (!Object.hasOwn(recorded, key)) return `${key} is new`;
  }
  for (const [key, hash] of Object.entries(recorded)) {
    let now;
    try {
      now = hashFile(resolve(baseDir, key));
    } catch {
      return `${key} is gone`;
    }
    if (now !== hash) return `${key} changed`;
  }
  return undefined;
}
