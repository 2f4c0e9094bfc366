/*
 * `require` with a V8 code cache, for the one large CommonJS dependency of the CLI bundle (TypeScript, 9 MB): the
 * bytecode V8 compiled in one run is saved in build/code-cache/ and handed back to V8 in the next, which then skips
 * most of the parsing and compiling (a third of a cold `--check`). Node 22 has `module.enableCompileCache()` for this;
 * Node 20 does not. The bundle's `import ts from 'typescript'` resolves to a call of this module (scripts/build-cli.mjs).
 *
 * A cache file is named after the source's CRC-32 and length and the V8 version, so an edited or reinstalled file
 * never meets old bytecode (V8 also rejects data made by another version or with other flags; it is then rebuilt).
 * One file is kept per module: writing a new one deletes the others of that module.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { crc32 } from 'node:zlib';
import { writeAtomically } from './content-staleness.mjs';

/** Where the cache files go (next to the bundle, ignored by git like it). */
export const CACHE_DIR = fileURLToPath(new URL('../build/code-cache', import.meta.url));

/** @type {{ script: vm.Script, file: string, prefix: string, cacheDir: string }[]} */
const unsaved = [];

/** @type {string[]} */
const hits = [];

/** The files loaded in this process with cached bytecode that V8 accepted (for tests and diagnostics). */
export function codeCacheHits() {
  return [...hits];
}

/**
 * Writes the bytecode of every module loaded without usable cache data (once per module): at process exit, or
 * earlier from a worker thread, which is ended before its exit handlers would run.
 */
export function saveCodeCaches() {
  const pending = unsaved.splice(0);
  try {
    for (const { script, file, prefix, cacheDir } of pending) {
      mkdirSync(cacheDir, { recursive: true });
      writeAtomically(file, script.createCachedData());
      for (const name of readdirSync(cacheDir)) {
        if (name.startsWith(prefix) && join(cacheDir, name) !== file && !name.endsWith('.tmp'))
          rmSync(join(cacheDir, name), { force: true });
      }
    }
  } catch {
    // A cache that cannot be written only costs the next run its speed-up.
  }
}

/**
 * Loads a CommonJS module as `require(id)` from `fromUrl` would (same file, same `require` inside it), compiling it
 * with the cached bytecode when there is some. The module is evaluated once per call: call it once per module.
 *
 * @param {string} id - the module to load, e.g. `typescript`
 * @param {string} fromUrl - the URL of the importing file (resolution starts there)
 * @param {string} [cacheDir] - where the cache files are (default {@link CACHE_DIR})
 * @returns {unknown} the module's `module.exports`
 */
export function requireWithCodeCache(id, fromUrl, cacheDir = CACHE_DIR) {
  const filename = createRequire(fromUrl).resolve(id);
  const source = readFileSync(filename, 'utf8');
  const prefix = `${basename(filename)}-`;
  const key = `${crc32(source).toString(16)}-${source.length}-v8-${process.versions.v8}`;
  const file = join(cacheDir, `${prefix}${key}.bin`);
  let cachedData;
  try {
    cachedData = readFileSync(file);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename, cachedData });
  const module = { exports: {} };
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, createRequire(filename), module, filename, dirname(filename));
  if (cachedData !== undefined && !script.cachedDataRejected) hits.push(filename);
  else {
    // Saved at exit, not now: by then V8 has compiled the functions this run used, and the cache holds them too.
    if (unsaved.length === 0) process.once('exit', saveCodeCaches);
    unsaved.push({ script, file, prefix, cacheDir });
  }
  return module.exports;
}
