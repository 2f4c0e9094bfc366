import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CodegenWarning } from './codegen-error.js';
import { loadDocument } from './document/load-document.js';
import type { OpenApiDocument } from './document/openapi-document.js';
import type { StaleFile } from './drift/describe-drift.js';
import type { GeneratedFile } from './generated-file.js';
import { REPO_ROOT } from './repo-root.js';
import { emitServerFiles } from './server/emit-server.js';

export { REPO_ROOT };

const GENERATED_NAME = /^[A-Za-z0-9_.-]+\.gen\.ts$/;

/** Options of {@link generate}. Paths are resolved against the current directory. */
export interface GenerateOptions {
  specPath: string;
  serverOutDir: string;
  clientOutDir: string;
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
  /** Directory the header's spec path is relative to. Default: the repository root. */
  rootDir?: string;
  /**
   * true (default): OpenAPI 3.0 leftovers in a 3.1 document are errors. false (CLI `--lenient`): they are translated
   * and each translated node is listed in {@link GenerateResult.warnings}.
   */
  strict?: boolean;
  /** Emits the client files (default: `emitClientFiles` in this thread; the CLI runs it on a worker thread). */
  emitClient?: ClientEmitter;
}

/** Something that emits the client files of a document (see `emitClientFiles`). */
export type ClientEmitter = (document: OpenApiDocument) => Promise<GeneratedFile[]>;

/** `emitClientFiles`, loaded on first use: it brings TypeScript and openapi-typescript, half of a cold start. */
const emitClientHere: ClientEmitter = async (document) =>
  (await import('./client/emit-client.js')).emitClientFiles(document);

/**
 * What happened to one file. `stale` (check mode only) comes with why: `changed` (contents differ), `missing` (would
 * be written), `extra` (a `*.gen.ts` the spec no longer produces). `removed`: such an extra file was deleted.
 */
export interface FileResult {
  path: string;
  status: 'written' | 'unchanged' | 'stale' | 'removed';
  reason?: 'changed' | 'missing' | 'extra';
}

/** The result of {@link generate}; `files` lists absolute paths in output order. */
export interface GenerateResult {
  specPath: string;
  files: FileResult[];
  /**
   * Check mode with stale files: what changed in the spec since they were written, one line per operation or schema
   * change (see `describeDrift`), e.g. `members_list: query parameter email_domain added`. Empty otherwise.
   */
  drift: string[];
  /** Nodes translated in lenient mode (`strict: false`), in document order of emission; empty when strict. */
  warnings: CodegenWarning[];
  durationMs: number;
}

/** One planned output file: absolute path and full contents (header included). */
export interface PlannedFile {
  path: string;
  contents: string;
}

/** The first line of every generated file. */
export function headerLine(specLabel: string): string {
  return `// generated from ${specLabel} by @org-api/codegen — do not edit`;
}

/**
 * Runs both emitters in memory and returns the files `generate` would write, with the header line.
 * @param options.specLabel - the spec path as shown in the header (relative to the repository root).
 * @param options.strict - false: translate OpenAPI 3.0 leftovers, reporting each through `onWarning`.
 */
export async function planFiles(
  document: OpenApiDocument,
  options: {
    specLabel: string;
    serverOutDir: string;
    clientOutDir: string;
    strict?: boolean;
    onWarning?: (warning: CodegenWarning) => void;
    emitClient?: ClientEmitter;
  },
): Promise<PlannedFile[]> {
  // Started first: on a worker thread it runs while this thread emits the server files.
  const client = (options.emitClient ?? emitClientHere)(document);
  let serverFiles: GeneratedFile[];
  try {
    serverFiles = emitServerFiles(document, { strict: options.strict, onWarning: options.onWarning });
  } catch (error) {
    client.catch(() => {}); // the server's error is the one reported
    throw error;
  }
  const clientFiles = await client;
  return [
    ...placeFiles(serverFiles, options.serverOutDir, options.specLabel),
    ...placeFiles(clientFiles, options.clientOutDir, options.specLabel),
  ];
}

/**
 * Puts one emitter's files in `outDir` with the header line (and a final newline).
 * @throws Error - when an emitter produced a name that is not a plain `*.gen.ts` file name (a generator bug).
 */
export function placeFiles(files: GeneratedFile[], outDir: string, specLabel: string): PlannedFile[] {
  return files.map((file) => {
    if (!GENERATED_NAME.test(file.path)) {
      throw new Error(
        `emitter produced "${file.path}": generated files must be plain names ending in .gen.ts`,
      );
    }
    const body = file.contents.endsWith('\n') ? file.contents : `${file.contents}\n`;
    return { path: path.resolve(outDir, file.path), contents: `${headerLine(specLabel)}\n${body}` };
  });
}

/**
 * Generates the server skeleton and the client types from a spec: writes only `*.gen.ts` files into the two output
 * directories, leaves files whose contents are already right untouched, deletes `*.gen.ts` files that are no
 * longer produced and never touches any other file. With `check`, writes nothing and reports drift as `stale`.
 *
 * @throws CodegenError - the spec cannot be read or turned into code (see `pointer` and `hint`).
 * @example
 * const { files } = await generate({ specPath: 'openapi/organizations.yaml', serverOutDir: 'packages/server/src/generated',
 *   clientOutDir: 'packages/client/src/generated', check: true });
 * const stale = files.filter((file) => file.status === 'stale');
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { specPath, document } = await loadDocument(options.specPath);
  const specLabel = path
    .relative(options.rootDir ?? REPO_ROOT, specPath)
    .split(path.sep)
    .join('/');
  const serverOutDir = path.resolve(options.serverOutDir);
  const clientOutDir = path.resolve(options.clientOutDir);
  const warnings: CodegenWarning[] = [];
  const planned = await planFiles(document, {
    specLabel,
    serverOutDir,
    clientOutDir,
    strict: options.strict,
    onWarning: (warning) => warnings.push(warning),
    emitClient: options.emitClient,
  });
  if (!options.check) {
    const files = await writeToDisk(planned, [serverOutDir, clientOutDir]);
    return { specPath, files, drift: [], warnings, durationMs: Math.round(performance.now() - started) };
  }
  const { files, stale } = await compareWithDisk(planned, [serverOutDir, clientOutDir]);
  // Loaded only when something drifted: reading the generated files takes the TypeScript parser.
  const drift = stale.length > 0 ? (await import('./drift/describe-drift.js')).describeDrift(stale) : [];
  return { specPath, files, drift, warnings, durationMs: Math.round(performance.now() - started) };
}

async function compareWithDisk(
  planned: PlannedFile[],
  outDirs: string[],
): Promise<{ files: FileResult[]; stale: StaleFile[] }> {
  const files: FileResult[] = [];
  const stale: StaleFile[] = [];
  for (const file of planned) {
    const existing = await readFile(file.path, 'utf8').catch(() => undefined);
    if (existing === file.contents) {
      files.push({ path: file.path, status: 'unchanged' });
      continue;
    }
    files.push({ path: file.path, status: 'stale', reason: existing === undefined ? 'missing' : 'changed' });
    stale.push({ path: file.path, actual: existing, expected: file.contents });
  }
  for (const extra of await extraFiles(planned, outDirs)) {
    files.push({ path: extra, status: 'stale', reason: 'extra' });
    stale.push({ path: extra, actual: await readFile(extra, 'utf8').catch(() => ''), expected: undefined });
  }
  return { files, stale };
}

async function writeToDisk(planned: PlannedFile[], outDirs: string[]): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const dir of new Set(outDirs)) await mkdir(dir, { recursive: true });
  for (const file of planned) {
    const existing = await readFile(file.path, 'utf8').catch(() => undefined);
    if (existing === file.contents) {
      results.push({ path: file.path, status: 'unchanged' });
      continue;
    }
    await writeFile(file.path, file.contents);
    results.push({ path: file.path, status: 'written' });
  }
  for (const extra of await extraFiles(planned, outDirs)) {
    await rm(extra);
    results.push({ path: extra, status: 'removed' });
  }
  return results;
}

/** `*.gen.ts` files in the output directories that are not planned (sorted, so reports are stable). */
async function extraFiles(planned: PlannedFile[], outDirs: string[]): Promise<string[]> {
  const wanted = new Set(planned.map((file) => file.path));
  const extras: string[] = [];
  for (const dir of new Set(outDirs)) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isFile() && GENERATED_NAME.test(entry.name) && !wanted.has(full)) extras.push(full);
    }
  }
  return extras.sort();
}
