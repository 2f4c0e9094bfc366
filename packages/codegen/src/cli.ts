/**
 * `org-api-codegen` (`npm run generate` at the repository root): spec → server skeleton + client types.
 * Run with `--help` for the flags. Exit codes: 0 success, 1 `--check` found drift, 2 error.
 * `bin/org-api-codegen.mjs` runs this file from its esbuild bundle (build/cli.mjs).
 */
import { watch } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type ClientWorker, startClientWorker } from './client/client-in-worker.js';
import { CodegenError } from './codegen-error.js';
import type { GenerateOptions, GenerateResult } from './generate.js';
import { REPO_ROOT } from './repo-root.js';

const USAGE = `Usage: org-api-codegen [options]   (from the repository root: npm run generate -- [options])

Generates the server skeleton (zod + @hono/zod-openapi) and the client types (openapi-fetch)
from an OpenAPI 3.1 document. Only *.gen.ts files in the two output directories are written.

Options:
  --spec <file>        spec to read       (default: openapi/organizations.yaml)
  --server-out <dir>   server output dir  (default: packages/server/src/generated)
  --client-out <dir>   client output dir  (default: packages/client/src/generated)
  --check              write nothing; exit 1 if a generated file is out of date,
                       naming what changed per operation and schema
  --lenient            translate OpenAPI 3.0 leftovers (boolean exclusiveMinimum/Maximum,
                       schema examples maps, nullable) instead of failing; prints one
                       warning line per translated node
  --watch              regenerate whenever the spec changes (Ctrl-C to stop)
  -h, --help           show this help

Relative paths are resolved against the directory you ran the command in.
Exit codes: 0 success, 1 --check found out-of-date files, 2 error.`;

/** npm runs workspace scripts inside the workspace; INIT_CWD is where the user typed the command. */
const baseDir = process.env.INIT_CWD ?? process.cwd();

function display(file: string): string {
  const relative = path.relative(baseDir, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function parseOptions(argv: string[]): { options: GenerateOptions; watch: boolean } | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      spec: { type: 'string' },
      'server-out': { type: 'string' },
      'client-out': { type: 'string' },
      check: { type: 'boolean', default: false },
      lenient: { type: 'boolean', default: false },
      watch: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (values.check && values.watch) throw new UsageError('--check and --watch cannot be combined');
  const resolve = (value: string | undefined, fallback: string) =>
    value === undefined ? path.join(REPO_ROOT, fallback) : path.resolve(baseDir, value);
  return {
    watch: values.watch,
    options: {
      specPath: resolve(values.spec, 'openapi/organizations.yaml'),
      serverOutDir: resolve(values['server-out'], 'packages/server/src/generated'),
      clientOutDir: resolve(values['client-out'], 'packages/client/src/generated'),
      check: values.check,
      strict: !values.lenient,
    },
  };
}

class UsageError extends Error {}

function count(result: GenerateResult, status: string): number {
  return result.files.filter((file) => file.status === status).length;
}

function reportGenerate(result: GenerateResult): void {
  for (const file of result.files) console.log(`${file.status.padEnd(9)} ${display(file.path)}`);
  const summary = ['written', 'unchanged', 'removed']
    .filter((status) => count(result, status) > 0)
    .map((status) => `${count(result, status)} ${status}`);
  console.log(
    `generated ${result.files.length - count(result, 'removed')} files (${summary.join(', ')}) in ${result.durationMs} ms`,
  );
}

/** One line per node `--lenient` translated: `warning   <spec>#<pointer>: <what was done>` (stderr). */
function reportWarnings(result: GenerateResult): void {
  for (const warning of result.warnings)
    console.error(`warning   ${display(result.specPath)}#${warning.pointer}: ${warning.message}`);
  if (result.warnings.length > 0)
    console.error(`${result.warnings.length} node(s) translated from OpenAPI 3.0 (--lenient)`);
}

/** Prints the check result; returns the exit code. */
function reportCheck(result: GenerateResult): number {
  const stale = result.files.filter((file) => file.status === 'stale');
  if (stale.length === 0) {
    console.log(
      `all ${result.files.length} generated files are up to date with ${display(result.specPath)} (${result.durationMs} ms)`,
    );
    return 0;
  }
  for (const file of stale) console.error(`stale     ${display(file.path)} (${file.reason})`);
  if (result.drift.length > 0) {
    console.error('what changed in the spec since they were generated:');
    for (const line of result.drift) console.error(`  ${line}`);
  }
  console.error(
    `${stale.length} generated file(s) are out of date with ${display(result.specPath)}: run \`npm run generate\``,
  );
  return 1;
}

/** Prints an error the way the README documents; returns the exit code. */
function reportError(error: unknown, specPath: string): number {
  if (error instanceof CodegenError) {
    console.error(`${display(specPath)}#${error.pointer}: ${error.message}\n  hint: ${error.hint}`);
  } else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
  } else {
    console.error(
      `unexpected error (a bug in @org-api/codegen, please report it):\n${(error as Error).stack ?? String(error)}`,
    );
  }
  return 2;
}

/**
 * The client emitter on a worker thread (CLI bundle only), started before the spec is read: TypeScript loads
 * meanwhile. Undefined when running from the sources, or before {@link startClient}.
 */
let clientWorker: ClientWorker | undefined;

function startClient(): void {
  clientWorker = startClientWorker();
}

async function runOnce(options: GenerateOptions): Promise<number> {
  console.log(`read      ${display(options.specPath)}`);
  try {
    // Loaded on first use: `--help` and usage errors need none of the generator.
    const { generate } = await import('./generate.js');
    const result = await generate({ ...options, emitClient: clientWorker?.emit });
    reportWarnings(result);
    if (options.check) return reportCheck(result);
    reportGenerate(result);
    return 0;
  } catch (error) {
    return reportError(error, options.specPath);
  }
}

/**
 * Quiet time after the last change event before regenerating: editors save with a burst of events (truncate and
 * write, or write a temporary file and rename it) within a few milliseconds.
 */
const WATCH_DEBOUNCE_MS = 30;

/** Regenerates on every change of the spec file, debounced; never exits on a generator error. */
async function runWatch(options: GenerateOptions): Promise<void> {
  await runOnce(options);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const specName = path.basename(options.specPath);
  // Watch the directory, not the file: editors often replace the file, which ends a file watch.
  watch(path.dirname(options.specPath), (_event, fileName) => {
    if (fileName !== specName) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        console.log(`\nchange detected at ${new Date().toISOString()}, regenerating`);
        await runOnce(options);
      });
    }, WATCH_DEBOUNCE_MS);
  });
  console.log(`watching ${display(options.specPath)} for changes (Ctrl-C to stop)`);
  await new Promise<never>(() => {});
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    return reportError(error, '');
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return 0;
  }
  startClient();
  if (parsed.watch) {
    await runWatch(parsed.options);
    return 0;
  }
  try {
    return await runOnce(parsed.options);
  } finally {
    clientWorker?.close();
  }
}

// Not a top-level await: the bundle may be CommonJS.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
