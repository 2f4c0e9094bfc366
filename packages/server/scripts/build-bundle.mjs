/*
 * Bundles the server for plain `node` (no tsx loader in the process):
 *   node scripts/build-bundle.mjs [--if-stale]
 * writes build/main.mjs (src/main.ts) and build/server-process.mjs (the benchmark's server process), each with its
 * `.map` (stack traces point at src/ under `node --enable-source-maps`), and build/meta.json (the outputs of
 * esbuild's metafile, and the SHA-256 of every input, used by `--if-stale`). Workspace packages and pure-JS
 * dependencies are bundled; native and optional ones (better-sqlite3, pg-native, …) stay `import`s resolved from
 * node_modules at run time.
 *
 * Plain JavaScript on purpose: `npm start` runs it under plain node (a stale check costs ~50 ms, not tsx's start-up).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { changedInput, hashInputs, recordLoadedFiles } from '../../../scripts/build-inputs.mjs';

/** The server package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** Where `npm start` runs the server from. */
export const DEFAULT_OUT_DIR = join(PACKAGE_DIR, 'build');
/** Bundle name (in the output folder, `.mjs` added) → entry point (relative to the package). */
export const DEFAULT_ENTRIES = { main: 'src/main.ts', 'server-process': 'bench/server-process.ts' };
/** Native addons and optional dependencies: never bundled (loaded from node_modules, or missing on purpose). */
export const EXTERNAL_PACKAGES = ['better-sqlite3', 'pg-native', 'pg-cloudflare', 'cloudflare:sockets'];
/** The metafile written next to the bundles; its `inputs` (path → SHA-256) decide staleness. */
export const META_FILE = 'meta.json';

const THIS_FILE = fileURLToPath(import.meta.url);

// Bundled CommonJS (pg, nodemailer, …) calls `require` for Node built-ins: give the ESM bundle a real one.
const BANNER = [
  "import { createRequire as __bundleCreateRequire } from 'node:module';",
  'const require = __bundleCreateRequire(import.meta.url);',
].join('\n');

/**
 * Why the bundles in `outDir` must be (re)built, or undefined when they are up to date: a bundle or the metafile is
 * missing or unreadable, the entries differ, or an input the last build read (or this builder, the package.json,
 * npm's `node_modules/.package-lock.json`) appeared, is gone or has other bytes than it had then
 * (`scripts/build-inputs.mjs` at the repository's root: content hashes, never modification times).
 *
 * @param {{ outDir?: string, entries?: Record<string, string>, packageDir?: string }} [options]
 * @returns {string | undefined}
 */
export function staleReason(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const packageDir = options.packageDir ?? PACKAGE_DIR;
  const entries = options.entries ?? DEFAULT_ENTRIES;
  const metaPath = join(outDir, META_FILE);
  const outputs = [metaPath, ...Object.keys(entries).map((name) => join(outDir, `${name}.mjs`))];
  for (const output of outputs) {
    if (!existsSync(output)) return `${relative(packageDir, output)} is missing`;
  }
  /** @type {{ entries?: Record<string, string>, inputs?: Record<string, string> }} */
  let meta;
  try {
    meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  } catch {
    return `${relative(packageDir, metaPath)} is unreadable`;
  }
  if (JSON.stringify(meta.entries) !== JSON.stringify(entries)) return 'the entry points changed';
  if (typeof meta.inputs !== 'object' || meta.inputs === null)
    return `${relative(packageDir, metaPath)} is unreadable`;
  return changedInput(packageDir, meta.inputs, builderInputs(packageDir));
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

/** Writes a file atomically (temp file + rename): a concurrent reader sees the old or the new file, never half. */
function writeAtomically(path, contents) {
  const temporary = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Bundles `entries` into `outDir` (ESM, node20, sourcemaps). Each file is replaced atomically, the bundles first and
 * the metafile last, so a concurrent `--if-stale` check or server start never sees a half-written build.
 *
 * @param {{ outDir?: string, entries?: Record<string, string>, packageDir?: string }} [options]
 * @returns {Promise<{ outputs: string[], inputs: number }>}
 */
export async function buildBundle(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const packageDir = options.packageDir ?? PACKAGE_DIR;
  const entries = options.entries ?? DEFAULT_ENTRIES;
  // Hashed before esbuild reads them: a file saved while it builds keeps its old hash, so the next check rebuilds.
  const inputs = hashInputs(packageDir, builderInputs(packageDir));
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
    plugins: [recordLoadedFiles(packageDir, inputs)],
  });
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  const meta = { entries, inputs, outputs: result.metafile.outputs };
  writeAtomically(join(outDir, META_FILE), `${JSON.stringify(meta)}\n`);
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
