/*
 * Bundles the codegen CLI for plain `node` (no tsx loader in the process):
 *   node scripts/build-cli.mjs [--if-stale]
 * writes build/cli.mjs (src/cli.ts), build/client-worker.mjs (the client-type emitter on a worker thread) and their
 * lazily loaded chunks (openapi-typescript, the drift report), each with a `.map`, and build/cli-inputs.json: the SHA-256 of every file esbuild read, which
 * decides staleness by content (scripts/content-staleness.mjs). TypeScript stays an `import` from node_modules, loaded
 * only by the chunks that need it. `bin/org-api-codegen.mjs` (what `npm run generate` runs) builds when stale, then
 * runs the bundle.
 *
 * Plain JavaScript on purpose: the launcher runs it under plain node before anything is built; esbuild is loaded
 * only to build.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hashContents, recordText, staleReason, writeAtomically } from './content-staleness.mjs';

/** The codegen package's folder. */
export const PACKAGE_DIR = fileURLToPath(new URL('..', import.meta.url));
/** Where the bundle goes (`src/` and `build/` are siblings, so `import.meta.dirname` means the same in both). */
export const DEFAULT_OUT_DIR = join(PACKAGE_DIR, 'build');
/** The bundle's entry file in the output folder. */
export const ENTRY_FILE = 'cli.mjs';
/** The client-type emitter's worker thread (src/client/client-in-worker.ts looks for it next to itself). */
export const WORKER_FILE = 'client-worker.mjs';
/** The record of inputs and their hashes, written last. */
export const RECORD_FILE = 'cli-inputs.json';
/** Packages loaded from node_modules at run time: TypeScript is CommonJS that needs its own `__filename`. */
const EXTERNAL = ['typescript'];
/** What the build depends on besides the files esbuild reads (relative to the package). */
const BUILDER_FILES = ['scripts/build-cli.mjs', 'scripts/content-staleness.mjs'];
/** Recorded with the hashes: a change of entry or externals rebuilds. */
const SETTINGS = {
  entries: { cli: 'src/cli.ts', 'client-worker': 'src/client/client-worker.ts' },
  external: EXTERNAL,
  format: 'esm',
  target: 'node20',
};

// Bundled CommonJS (ansi-colors, parts of @redocly/openapi-core) calls `require`: give each ESM file a real one.
const BANNER = [
  "import { createRequire as __bundleCreateRequire } from 'node:module';",
  'const require = __bundleCreateRequire(import.meta.url);',
].join('\n');

const LOADERS = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.js': 'js',
  '.mjs': 'js',
  '.cjs': 'js',
  '.json': 'json',
};

/**
 * Why the bundle in `outDir` must be (re)built, or undefined when it is up to date (see content-staleness.mjs).
 *
 * @param {{ outDir?: string }} [options]
 * @returns {string | undefined}
 */
export function cliStaleReason(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  return staleReason({
    recordPath: join(outDir, RECORD_FILE),
    outputs: [join(outDir, ENTRY_FILE), join(outDir, WORKER_FILE)],
    baseDir: PACKAGE_DIR,
    settings: SETTINGS,
  });
}

/**
 * Bundles the CLI into `outDir`. Every output is replaced atomically, the record of inputs last, so a concurrent
 * launcher never runs a half-written build; chunks of earlier builds that this one no longer uses are deleted.
 *
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ entry: string, inputs: number }>}
 */
export async function buildCli(options = {}) {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const esbuild = await import('esbuild');
  /** @type {Record<string, string>} */
  const hashes = {};
  for (const file of BUILDER_FILES) hashes[file] = hashContents(readFileSync(join(PACKAGE_DIR, file)));
  /** Reads every input itself, so that the record holds the hash of exactly what was bundled. */
  const recordInputs = {
    name: 'record-inputs',
    setup(build) {
      build.onLoad({ filter: /.*/ }, async (args) => {
        const contents = await readFile(args.path);
        hashes[relative(PACKAGE_DIR, args.path).split('\\').join('/')] = hashContents(contents);
        return { contents, loader: LOADERS[extname(args.path)] ?? 'default', resolveDir: dirname(args.path) };
      });
    },
  };
  /**
   * Turns every `import ts from 'typescript'` into a `require` of TypeScript with a V8 code cache
   * (scripts/code-cache.mjs), run when the chunk that needs it is first loaded.
   * Why: an ESM import of CommonJS makes Node scan the file for its export names (cjs-module-lexer) and detect its
   * module format, each a full pass over TypeScript's 9 MB, which made up half of a cold `--check`; compiling it
   * was most of the rest. The shim is an ES module, so importers get the module object itself (esbuild's CommonJS
   * interop would copy its thousands of exports).
   */
  const requireExternals = {
    name: 'require-externals',
    setup(build) {
      const filter = new RegExp(`^(${EXTERNAL.join('|')})$`);
      build.onResolve({ filter }, (args) =>
        args.namespace === 'require-external'
          ? { path: args.path, external: true }
          : { path: args.path, namespace: 'require-external' },
      );
      build.onLoad({ filter: /.*/, namespace: 'require-external' }, (args) => ({
        contents: [
          "import { requireWithCodeCache } from './scripts/code-cache.mjs';",
          `export default requireWithCodeCache(${JSON.stringify(args.path)}, import.meta.url);`,
        ].join('\n'),
        loader: 'js',
        resolveDir: PACKAGE_DIR,
      }));
    },
  };
  const result = await esbuild.build({
    absWorkingDir: PACKAGE_DIR,
    entryPoints: Object.entries(SETTINGS.entries).map(([out, entry]) => ({ in: entry, out })),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'cli-chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: SETTINGS.target,
    external: EXTERNAL,
    banner: { js: BANNER },
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'silent',
    legalComments: 'none',
    plugins: [requireExternals, recordInputs],
  });
  mkdirSync(outDir, { recursive: true });
  const written = new Set(result.outputFiles.map((file) => file.path));
  // Chunks first, the entries after them: a launcher that sees a new entry finds every chunk it imports.
  const entryPath = join(outDir, ENTRY_FILE);
  const isChunk = (output) => basename(output.path).startsWith('cli-chunk-');
  for (const file of result.outputFiles.filter(isChunk)) writeAtomically(file.path, file.contents);
  for (const file of result.outputFiles.filter((output) => !isChunk(output)))
    writeAtomically(file.path, file.contents);
  writeAtomically(join(outDir, RECORD_FILE), recordText({ hashes, settings: SETTINGS }));
  for (const name of readdirSync(outDir)) {
    const full = join(outDir, name);
    if (name.startsWith('cli-chunk-') && !written.has(full)) rmSync(full, { force: true });
  }
  return { entry: entryPath, inputs: Object.keys(hashes).length };
}

/**
 * Builds when stale (or always without `--if-stale`), printing one line on stderr when it builds.
 *
 * @param {string[]} args
 * @param {{ outDir?: string }} [options]
 */
export async function runBuild(args, options = {}) {
  const unknown = args.filter((arg) => arg !== '--if-stale');
  if (unknown.length > 0)
    throw new Error(`usage: build-cli.mjs [--if-stale] (unknown: ${unknown.join(' ')})`);
  const reason = args.includes('--if-stale') ? cliStaleReason(options) : 'asked to';
  if (reason === undefined) return;
  const started = performance.now();
  const { inputs } = await buildCli(options);
  const outDir = relative(process.cwd(), options.outDir ?? DEFAULT_OUT_DIR) || '.';
  process.stderr.write(
    `codegen CLI bundle built (${reason}): ${inputs} inputs → ${outDir}/ in ${Math.round(performance.now() - started)} ms\n`,
  );
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) {
  try {
    await runBuild(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
