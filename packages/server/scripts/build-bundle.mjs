/*
 * Bundles the server for plain `node` (no tsx loader in the process):
 *   node scripts/build-bundle.mjs [--if-stale]
 * writes build/main.mjs (src/main.ts) and build/server-process.mjs (the benchmark's server process), each with its
 * `.map` (stack traces point at src/ under `node --enable-source-maps`), build/meta.json (the outputs of esbuild's
 * metafile: what each bundle imports and contains) and, last, build/inputs.json (the SHA-256 of every input, which
 * decides `--if-stale` by content: the codegen package's scripts/content-staleness.mjs, the rule both bundles share).
 * Workspace packages and pure-JS dependencies are bundled; native and optional ones (better-sqlite3, pg-native, …)
 * stay `import`s resolved from node_modules at run time.
 *
 * Plain JavaScript on purpose: `npm start` runs it under plain node (a stale check costs ~50 ms, not tsx's start-up).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import {
  hashContents,
  staleReason as recordedStaleReason,
  recordText,
  writeAtomically,
} from '../../codegen/scripts/content-staleness.mjs';

/** The server package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** Where `npm start` runs the server from. */
export const DEFAULT_OUT_DIR = join(PACKAGE_DIR, 'build');
/** Bundle name (in the output folder, `.mjs` added) → entry point (relative to the package). */
export const DEFAULT_ENTRIES = { main: 'src/main.ts', 'server-process': 'bench/server-process.ts' };
/** Native addons and optional dependencies: never bundled (loaded from node_modules, or missing on purpose). */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'pg-native', 'pg-cloudflare', 'cloudflare:sockets'];
/** esbuild's metafile outputs, written next to the bundles. */
export const META_FILE = 'meta.json';
/** The record of every input's SHA-256, written last; it decides staleness. */
export const INPUTS_FILE = 'inputs.json';

const THIS_FILE = fileURLToPath(import.meta.url);

// Bundled CommonJS (pg, nodemailer, …) calls `require` for Node built-ins: give the ESM bundle a real one.
const BANNER = [
  "import { createRequire as __bundleCreateRequire } from 'node:module';",
  'const require = __bundleCreateRequire(import.meta.url);',
].join('\n');

/**
 * Why the bundles in `outDir` must be (re)built, or undefined when they are up to date: an output or the record is
 * missing or unreadable, the entries differ, an input the last build read (or this builder, the package.json, npm's
 * `node_modules/.package-lock.json`) is gone or has other bytes than it had then, or that lockfile appeared.
 *
 * @param {{ outDir?: string, entries?: Record<string, string>, packageDir?: string }} [options]
 * @returns {string | undefined}
 */
export function staleReason(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const packageDir = options.packageDir ?? PACKAGE_DIR;
  const entries = options.entries ?? DEFAULT_ENTRIES;
  const recordPath = join(outDir, INPUTS_FILE);
  const outputs = [META_FILE, ...Object.keys(entries).map((name) => `${name}.mjs`)].map((f) =>
    join(outDir, f),
  );
  const reason = recordedStaleReason({
    recordPath,
    outputs,
    baseDir: packageDir,
    settings: settingsOf(entries),
  });
  if (reason) return reason;
  const { inputs } = JSON.parse(readFileSync(recordPath, 'utf8'));
  return builderInputs(packageDir)
    .map((path) => relative(packageDir, path))
    .filter((input) => !Object.hasOwn(inputs, input))
    .map((input) => `${input} is new`)[0];
}

/** What the record must have been made for: a change of entries or externals rebuilds. */
function settingsOf(entries) {
  return { entries, external: EXTERNAL_PACKAGES };
}

/**
 * The inputs of a build besides the files esbuild reads: this builder, the package.json, and npm's record of the
 * installed tree (`node_modules/.package-lock.json`, rewritten at every install) at or above the package.
 */
function builderInputs(packageDir) {
  const inputs = [THIS_FILE, join(packageDir, 'package.json')];
  for (let at = packageDir; ; at = dirname(at)) {
    const lockfile = join(at, 'node_modules', '.package-lock.json');
    if (existsSync(lockfile)) return [...inputs, lockfile];
    if (dirname(at) === at) return inputs;
  }
}

/**
 * An esbuild plugin that hashes each file into `hashes` (keys relative to `baseDir`) just before esbuild loads it, and
 * lets esbuild load it as usual. Hashing first errs on the safe side: a file saved during the build is recorded with
 * its older bytes, so the next check sees it as changed.
 *
 * @param {string} baseDir
 * @param {Record<string, string>} hashes
 * @returns {import('esbuild').Plugin}
 */
export function hashEachLoadedFile(baseDir, hashes) {
  return {
    name: 'hash-each-loaded-file',
    setup(build) {
      build.onLoad({ filter: /.*/, namespace: 'file' }, (args) => {
        hashes[relative(baseDir, args.path)] = hashContents(readFileSync(args.path));
        return undefined;
      });
    },
  };
}

/**
 * Bundles `entries` into `outDir` (ESM, node20, sourcemaps). Each file is replaced atomically, the bundles first and
 * the record last, so a concurrent `--if-stale` check or server start never sees a half-written build.
 *
 * @param {{ outDir?: string, entries?: Record<string, string>, packageDir?: string }} [options]
 * @returns {Promise<{ outputs: string[], inputs: number }>}
 */
export async function buildBundle(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const packageDir = options.packageDir ?? PACKAGE_DIR;
  const entries = options.entries ?? DEFAULT_ENTRIES;
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const path of builderInputs(packageDir)) {
    hashes[relative(packageDir, path)] = hashContents(readFileSync(path));
  }
  const result = await esbuild.build({
    absWorkingDir: packageDir,
    entryPoints: Object.entries(entries).map(([out, entry]) => ({ in: entry, out })),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Workspace packages resolve to their TypeScript sources, as under tsx/vitest.
    conditions: ['@org-api/source'],
    external: EXTERNAL_PACKAGES,
    banner: { js: BANNER },
    sourcemap: 'linked',
    // Source paths in the maps (stack traces, profiles) point at the files; their text is not needed.
    sourcesContent: false,
    metafile: true,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [hashEachLoadedFile(packageDir, hashes)],
  });
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  writeAtomically(join(outDir, META_FILE), `${JSON.stringify({ outputs: result.metafile.outputs })}\n`);
  writeAtomically(join(outDir, INPUTS_FILE), recordText({ hashes, settings: settingsOf(entries) }));
  return {
    outputs: result.outputFiles.map((file) => file.path),
    inputs: Object.keys(result.metafile.inputs).length,
  };
}

/**
 * The command line: builds (always, or with `--if-stale` only when {@link staleReason} says so) and prints one line
 * when it builds.
 *
 * @param {string[]} args
 * @param {{ outDir?: string, entries?: Record<string, string>, packageDir?: string }} [options]
 */
export async function runCli(args, options = {}) {
  const unknown = args.filter((arg) => arg !== '--if-stale');
  if (unknown.length > 0)
    throw new Error(`usage: build-bundle.mjs [--if-stale] (unknown: ${unknown.join(' ')})`);
  const reason = args.includes('--if-stale') ? staleReason(options) : 'asked to';
  if (reason === undefined) return;
  const started = Date.now();
  const { outputs, inputs } = await buildBundle(options);
  const outDir = relative(options.packageDir ?? PACKAGE_DIR, dirname(outputs[0] ?? DEFAULT_OUT_DIR));
  process.stdout.write(
    `Server bundle built (${reason}): ${inputs} inputs → ${outDir}/ in ${Date.now() - started} ms\n`,
  );
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  try {
    await runCli(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
