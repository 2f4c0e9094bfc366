import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { emitClientFiles } from '../../src/client/emit-client.js';
import { CodegenError } from '../../src/codegen-error.js';
import { loadDocument } from '../../src/document/load-document.js';
import { placeFiles, REPO_ROOT } from '../../src/generate.js';
import type { GeneratedFile } from '../../src/generated-file.js';
import { emitServerFiles } from '../../src/server/emit-server.js';

/** The shared corpus: a sibling of the repository (`../shared/specs/oas-3.1-corpus`). */
export const CORPUS_DIR = path.resolve(REPO_ROOT, '../shared/specs/oas-3.1-corpus');

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

/** Everything the report needs about one spec. */
export interface SpecResult {
  spec: string;
  bytes: number;
  server: EmitOutcome;
  client: EmitOutcome;
  files: { path: string; side: Side }[];
  tscErrors: Record<Side, number>;
  firstTscError: Partial<Record<Side, string>>;
}

export type Side = 'server' | 'client';

/** Corpus specs as paths relative to {@link CORPUS_DIR}, sorted. Throws a clear error when the corpus is absent. */
export async function listSpecs(): Promise<string[]> {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(
      `the OpenAPI 3.1 corpus is missing: expected it at ${CORPUS_DIR} (../shared/specs/oas-3.1-corpus relative to the repository root)`,
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

/** Loads one spec, runs both emitters, writes what they produced under {@link OUT_DIR}. */
export async function generateSpec(spec: string): Promise<SpecResult> {
  const specPath = path.join(CORPUS_DIR, spec);
  const bytes = (await stat(specPath)).size;
  const { document } = await loadDocument(specPath);
  const server = await runEmitter(async () => emitServerFiles(document));
  const client = await runEmitter(() => emitClientFiles(document));
  const files: SpecResult['files'] = [];
  for (const [side, emitted] of [
    ['server', server.files],
    ['client', client.files],
  ] as const) {
    const dir = path.join(OUT_DIR, spec.replace(/\.(json|ya?ml)$/, ''), 'src/generated', side);
    await mkdir(dir, { recursive: true });
    for (const file of placeFiles(emitted, dir, `corpus/${spec}`)) {
      await writeFile(file.path, file.contents);
      files.push({ path: file.path, side });
    }
  }
  return {
    spec,
    bytes,
    server: server.outcome,
    client: client.outcome,
    files,
    tscErrors: { server: 0, client: 0 },
    firstTscError: {},
  };
}

/** Type-checks every generated file of every spec in ONE program with the repository's compiler options. */
export function typeCheck(results: SpecResult[]): { global: string[] } {
  const config = ts.readConfigFile(path.join(REPO_ROOT, 'tsconfig.base.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, REPO_ROOT);
  const program = ts.createProgram(
    results.flatMap((result) => result.files.map((file) => file.path)),
    { ...options, noEmit: true, declaration: false, sourceMap: false },
  );
  const owner = new Map(
    results.flatMap((result) =>
      result.files.map((file) => [path.resolve(file.path), { result, side: file.side }] as const),
    ),
  );
  const global: string[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    const found = diagnostic.file ? owner.get(path.resolve(diagnostic.file.fileName)) : undefined;
    if (!found || !diagnostic.file) {
      global.push(text);
      continue;
    }
    const { result, side } = found;
    result.tscErrors[side] += 1;
    if (result.firstTscError[side] === undefined) {
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
      result.firstTscError[side] =
        `${path.basename(diagnostic.file.fileName)}:${line + 1} TS${diagnostic.code} ${text}`;
    }
  }
  return { global };
}

/** The outcome of a spec as one line, the form `expected.ts` lists. */
export function outcomeOf(result: SpecResult): string {
  const parts: string[] = [];
  for (const side of ['server', 'client'] as const) {
    const outcome = result[side];
    if (!outcome.ok) parts.push(`${side} ${outcome.kind} at ${outcome.pointer || '(root)'}`);
    if (result.tscErrors[side] > 0) parts.push(`${side} ${result.tscErrors[side]} tsc errors`);
  }
  return parts.length === 0 ? 'ok' : parts.join('; ');
}

export async function removeOutDir(): Promise<void> {
  await rm(OUT_DIR, { recursive: true, force: true });
}
