import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import { emitClientFiles } from '../../src/client/emit-client.js';
import { CodegenError } from '../../src/codegen-error.js';
import { loadDocument } from '../../src/document/load-document.js';
import { placeFiles } from '../../src/generate.js';
import type { GeneratedFile } from '../../src/generated-file.js';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { roundTripDifferences } from '../round-trip/normalize-document.js';
import { type TypeCheckOptions, typeCheckFiles } from './corpus-type-check.js';

/** The vendored corpus: real public OpenAPI 3.1 descriptions, unchanged, with their origin in `specs/SOURCES.md`. */
export const CORPUS_DIR = path.resolve(import.meta.dirname, 'specs');

/**
 * Where the outputs go while the test runs. Inside the package so that zod, @hono/zod-openapi and openapi-fetch
 * resolve from node_modules; under `src/generated/` so that Biome (which ignores `**\/src/generated/**`) never
 * lints it; excluded from the package tsconfig.
 */
export const OUT_DIR = path.resolve(import.meta.dirname, '../corpus-out');

/** How one emitter did on one spec. */
export type EmitOutcome =
  | { ok: true }
  | { ok: false; kind: 'codegen-error' | 'crash'; pointer: string; message: string };

/**
 * Sides whose outputs are type-checked: the lenient server files, the client file, and (only when strict mode
 * succeeds but lenient mode translated something, so the two differ) the strict server files.
 */
export type Side = 'server' | 'client' | 'strict-server';

/** The server round trip of one spec (lenient output vs the source, normalised as in test/round-trip). */
export type RoundTrip = { ok: true; differences: number; kinds: string[] } | { ok: false; message: string };

/** Everything the report needs about one spec. */
export interface SpecResult {
  spec: string;
  bytes: number;
  /** The server emitter in strict mode (the default). */
  strict: EmitOutcome;
  /** The server emitter in lenient mode (`strict: false`, CLI `--lenient`). */
  server: EmitOutcome;
  /** Nodes lenient mode translated (one warning line each on the CLI). */
  translated: number;
  client: EmitOutcome;
  files: { path: string; side: Side }[];
  tscErrors: Record<Side, number>;
  firstTscError: Partial<Record<Side, string>>;
  roundTrip?: RoundTrip;
}

/** Corpus specs as paths relative to {@link CORPUS_DIR}, sorted. Throws a clear error when the corpus is absent. */
export async function listSpecs(): Promise<string[]> {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(
      `the OpenAPI 3.1 corpus is missing: expected it at ${CORPUS_DIR} (packages/codegen/test/corpus/specs)`,
    );
  }
  const specs: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (/\.(json|ya?ml)$/.test(entry.name)) specs.push(path.relative(CORPUS_DIR, full));
    }
  };
  await walk(CORPUS_DIR);
  return specs.sort();
}

async function runEmitter(
  emit: () => Promise<GeneratedFile[]>,
): Promise<{ outcome: EmitOutcome; files: GeneratedFile[] }> {
  try {
    return { outcome: { ok: true }, files: await emit() };
  } catch (error) {
    if (error instanceof CodegenError) {
      return {
        outcome: { ok: false, kind: 'codegen-error', pointer: error.pointer, message: error.message },
        files: [],
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { outcome: { ok: false, kind: 'crash', pointer: '', message }, files: [] };
  }
}

/** The directory one side of one spec is written to (under `src/generated/`, which Biome ignores). */
export function sideDir(spec: string, side: Side): string {
  return path.join(OUT_DIR, spec.replace(/\.(json|ya?ml)$/, ''), 'src/generated', side);
}

/**
 * Loads one spec, runs the server emitter in strict and in lenient mode and the client emitter, and writes what
 * they produced under {@link OUT_DIR}: the lenient server files, the client file, and the strict server files only
 * when they differ from the lenient ones (strict succeeded and lenient translated something).
 */
export async function generateSpec(spec: string): Promise<SpecResult> {
  const specPath = path.join(CORPUS_DIR, spec);
  const bytes = (await stat(specPath)).size;
  const { document } = await loadDocument(specPath);
  const strict = await runEmitter(async () => emitServerFiles(document));
  let translated = 0;
  const server = await runEmitter(async () =>
    emitServerFiles(document, { strict: false, onWarning: () => translated++ }),
  );
  const client = await runEmitter(() => emitClientFiles(document));
  const outputs: [Side, GeneratedFile[]][] = [
    ['server', server.files],
    ['client', client.files],
  ];
  if (strict.outcome.ok && translated > 0) outputs.push(['strict-server', strict.files]);
  const files: SpecResult['files'] = [];
  for (const [side, emitted] of outputs) {
    const dir = sideDir(spec, side);
    await mkdir(dir, { recursive: true });
    for (const file of placeFiles(emitted, dir, `corpus/${spec}`)) {
      await writeFile(file.path, file.contents);
      files.push({ path: file.path, side });
    }
  }
  return {
    spec,
    bytes,
    strict: strict.outcome,
    server: server.outcome,
    translated,
    client: client.outcome,
    files,
    tscErrors: { server: 0, client: 0, 'strict-server': 0 },
    firstTscError: {},
  };
}

/**
 * The server round trip of one spec: imports the lenient server files written by {@link generateSpec}, builds an
 * OpenAPIHono app with stub handlers and compares the document it publishes with the source, both normalised by
 * test/round-trip's `roundTripDifferences` (same rules). Counts the differences and names the most frequent kinds.
 */
export async function roundTrip(spec: string, source: unknown): Promise<RoundTrip> {
  const dir = sideDir(spec, 'server');
  try {
    const load = (file: string) => import(pathToFileURL(path.join(dir, file)).href);
    const { registerRoutes } = await load('handlers.gen.ts');
    const { operations } = await load('operations.gen.ts');
    const { documentConfig } = await load('routes.gen.ts');
    const { requestForms } = await load('schemas.gen.ts');
    const app = new OpenAPIHono();
    const stub = (c: { json: (body: unknown, status: number) => Response }) => c.json({}, 200);
    registerRoutes(app, Object.fromEntries(Object.keys(operations).map((id) => [id, stub])));
    const emitted = app.getOpenAPI31Document(documentConfig);
    const differences = roundTripDifferences(source, emitted, requestForms);
    return { ok: true, differences: differences.length, kinds: differenceKinds(differences) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The three most frequent kinds of difference, `kind ×count`: the last pointer token (`x-…` extensions as `x-*`),
 * or `webhooks` for anything under /webhooks.
 */
function differenceKinds(differences: string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of differences) {
    const pointer = line.slice(0, line.indexOf(': source '));
    const tokens = pointer.split('/');
    const last = tokens.at(-1) ?? '';
    const kind = tokens[1] === 'webhooks' ? 'webhooks' : last.startsWith('x-') ? 'x-*' : last;
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([kind, count]) => `${kind} ×${count}`);
}

/**
 * Type-checks every generated file of every spec with the repository's compiler options (`tsconfig.base.json`): each
 * spec's files in one program, the specs split into groups checked in parallel and incrementally (see
 * `typeCheckFiles`). Counts each spec's errors per side and keeps the first; diagnostics outside any generated file
 * are returned as `global`.
 */
export async function typeCheck(
  results: SpecResult[],
  options: Pick<TypeCheckOptions, 'cacheDir' | 'workers' | 'onProgress'> = {},
): Promise<{ global: string[] }> {
  const files = results.flatMap((result) =>
    result.files.map((file) => ({ path: file.path, unit: result.spec })),
  );
  const diagnostics = await typeCheckFiles(files, { ...options, workDir: OUT_DIR });
  const owner = new Map(
    results.flatMap((result) =>
      result.files.map((file) => [path.resolve(file.path), { result, side: file.side }] as const),
    ),
  );
  const global: string[] = [];
  for (const diagnostic of diagnostics) {
    const found = diagnostic.file ? owner.get(diagnostic.file) : undefined;
    if (!found || !diagnostic.file) {
      global.push(
        diagnostic.file ? `${diagnostic.file}:${diagnostic.line} ${diagnostic.text}` : diagnostic.text,
      );
      continue;
    }
    const { result, side } = found;
    result.tscErrors[side] += 1;
    result.firstTscError[side] ??=
      `${path.basename(diagnostic.file)}:${diagnostic.line} TS${diagnostic.code} ${diagnostic.text}`;
  }
  return { global };
}

function emitCell(outcome: EmitOutcome): string {
  return outcome.ok ? 'ok' : `${outcome.kind} at ${outcome.pointer || '(root)'}: ${outcome.message}`;
}

/**
 * The outcome of a spec as one line, the form `expected.ts` lists:
 * `strict <ok | error>; lenient <ok | error>[ (n translated)]; client <ok | error>; tsc <n>; round trip <n | error>`
 * where an error is `<codegen-error | crash> at <pointer>: <message>` and `tsc` counts errors over all sides.
 */
export function outcomeOf(result: SpecResult): string {
  const tsc = Object.values(result.tscErrors).reduce((sum, n) => sum + n, 0);
  const roundTripCell =
    result.roundTrip === undefined
      ? 'n/a'
      : result.roundTrip.ok
        ? `${result.roundTrip.differences} differences`
        : `failed: ${result.roundTrip.message}`;
  return [
    `strict ${emitCell(result.strict)}`,
    `lenient ${emitCell(result.server)}${result.translated > 0 ? ` (${result.translated} translated)` : ''}`,
    `client ${emitCell(result.client)}`,
    `tsc ${tsc}`,
    `round trip ${roundTripCell}`,
  ].join('; ');
}

/** True when the spec generates in lenient mode on both sides and every output type-checks. */
export function generatesCleanly(result: SpecResult): boolean {
  return (
    result.server.ok && result.client.ok && Object.values(result.tscErrors).every((count) => count === 0)
  );
}

export async function removeOutDir(): Promise<void> {
  await rm(OUT_DIR, { recursive: true, force: true });
}
