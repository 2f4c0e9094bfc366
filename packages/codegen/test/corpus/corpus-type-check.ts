import { spawn } from 'node:child_process';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { REPO_ROOT } from '../../src/generate.js';

/** A file to type-check and the unit it belongs to (a corpus spec): a unit's files always share one program. */
export interface CheckedFile {
  path: string;
  unit: string;
}

/** One tsc diagnostic; `file` (absolute) and `line` (1-based) are absent for a global one. */
export interface TscDiagnostic {
  file?: string;
  line?: number;
  code: number;
  text: string;
}

export interface TypeCheckOptions {
  /** Where the per-group tsconfig files are written (the generated output's root). */
  workDir: string;
  /**
   * Where tsc keeps its incremental build info between runs, or `false` for a cold check that reads and writes
   * nothing. Default: {@link DEFAULT_CACHE_DIR}, or `false` when `CORPUS_TSC_CACHE=off`.
   */
  cacheDir?: string | false;
  /** Parallel tsc processes (default `CORPUS_TSC_WORKERS`, else the machine's parallelism, at most 4). */
  workers?: number;
  /** One line per finished group (the corpus test prints them as progress). */
  onProgress?: (line: string) => void;
}

/** Ignored by git like the rest of node_modules; holds at most one build-info file per group. */
export const DEFAULT_CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/org-api-codegen-corpus');

const TSC = createRequire(import.meta.url).resolve('typescript/bin/tsc');
/** Output kept per tsc process; past it the diagnostics are cut and a global diagnostic says so. */
const MAX_OUTPUT = 32 * 1024 * 1024;
const DIAGNOSTIC = /^(?:(.+)\((\d+),\d+\): )?error TS(\d+): (.*)$/;

/**
 * Type-checks the files with the repository's compiler (`typescript`, `tsconfig.base.json`), split into groups of
 * whole units, one `tsc -p` process per group, run in parallel. With a cache directory each process is an
 * incremental build (`--incremental`, build info in the cache, one file per group named after the compiler version):
 * tsc then re-checks only files whose content, or whose dependencies' content, changed since the last run and
 * reports the stored diagnostics of the others, so a cached run finds exactly what a cold one finds; a different
 * compiler version, compiler options or dependency (any file in the program) invalidates what it affects.
 */
export async function typeCheckFiles(
  files: CheckedFile[],
  options: TypeCheckOptions,
): Promise<TscDiagnostic[]> {
  const cacheDir = options.cacheDir ?? (process.env.CORPUS_TSC_CACHE === 'off' ? false : DEFAULT_CACHE_DIR);
  const groups = await partition(files, options.workers ?? defaultWorkers());
  const names = groups.map(
    (_, index) => `tsc-${ts.version}-group-${index + 1}-of-${groups.length}.tsbuildinfo`,
  );
  if (cacheDir) await pruneCache(cacheDir, names);
  const results = await Promise.all(
    groups.map(async (group, index) => {
      const started = performance.now();
      const buildInfo = cacheDir ? path.join(cacheDir, names[index] as string) : undefined;
      const diagnostics = await runTsc(
        group,
        path.join(options.workDir, `tsconfig.group-${index + 1}.json`),
        buildInfo,
      );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      const units = new Set(group.map((file) => file.unit)).size;
      options.onProgress?.(
        `type-check group ${index + 1}/${groups.length}: ${units} units, ${group.length} files, ${diagnostics.length} diagnostics, ${seconds} s${buildInfo ? ' (incremental)' : ''}`,
      );
      return diagnostics;
    }),
  );
  return results.flat();
}

function defaultWorkers(): number {
  const configured = Number(process.env.CORPUS_TSC_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return Math.min(configured, 8);
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Whole units into at most `count` groups of about equal size (largest unit first into the lightest group), in a
 * deterministic order, so that the same files land in the same group (and build info) from one run to the next.
 */
async function partition(files: CheckedFile[], count: number): Promise<CheckedFile[][]> {
  const units = new Map<string, { files: CheckedFile[]; bytes: number }>();
  for (const file of files) {
    const unit = units.get(file.unit) ?? { files: [], bytes: 0 };
    unit.files.push(file);
    unit.bytes += (await stat(file.path)).size;
    units.set(file.unit, unit);
  }
  const groups = Array.from({ length: Math.max(1, Math.min(count, units.size)) }, () => ({
    files: [] as CheckedFile[],
    bytes: 0,
  }));
  const ordered = [...units].sort((a, b) => b[1].bytes - a[1].bytes || a[0].localeCompare(b[0]));
  for (const [, unit] of ordered) {
    const lightest = groups.reduce((min, group) => (group.bytes < min.bytes ? group : min));
    lightest.files.push(...unit.files);
    lightest.bytes += unit.bytes;
  }
  return groups.map((group) => group.files).filter((group) => group.length > 0);
}

/** Removes build info this run does not use (another compiler version or group count): the cache stays bounded. */
async function pruneCache(cacheDir: string, keep: string[]): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  for (const name of await readdir(cacheDir)) {
    if (!keep.includes(name)) await rm(path.join(cacheDir, name), { force: true });
  }
}

async function runTsc(
  files: CheckedFile[],
  configPath: string,
  buildInfo: string | undefined,
): Promise<TscDiagnostic[]> {
  const config = {
    extends: path.join(REPO_ROOT, 'tsconfig.base.json'),
    compilerOptions: {
      noEmit: true,
      declaration: false,
      sourceMap: false,
      ...(buildInfo ? { incremental: true, tsBuildInfoFile: buildInfo } : { incremental: false }),
    },
    files: files.map((file) => file.path),
  };
  await writeFile(configPath, JSON.stringify(config, null, 2));
  const cwd = path.dirname(configPath);
  const { code, output, truncated } = await spawnTsc(['-p', configPath, '--pretty', 'false'], cwd);
  const diagnostics = parseTscOutput(output, cwd);
  if (truncated)
    diagnostics.push({ code: 0, text: `tsc printed more than ${MAX_OUTPUT} bytes; the rest was cut` });
  // 1 and 2: diagnostics were found; anything else non-zero is a crash, which must never pass as "no errors".
  if (code !== 0 && (diagnostics.length === 0 || (code !== 1 && code !== 2))) {
    diagnostics.push({ code: 0, text: `tsc exited with code ${code}: ${output.slice(0, 2000)}` });
  }
  return diagnostics;
}

function spawnTsc(
  args: string[],
  cwd: string,
): Promise<{ code: number; output: string; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSC, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    const collect = (chunk: Buffer) => {
      if (size + chunk.length > MAX_OUTPUT) truncated = true;
      else chunks.push(chunk);
      size += chunk.length;
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? (signal ? 128 : 1),
        output: Buffer.concat(chunks).toString('utf8'),
        truncated,
      }),
    );
  });
}

/** `tsc --pretty false` output: `file(line,col): error TSn: text` or `error TSn: text`, continued on indented lines. */
export function parseTscOutput(output: string, cwd: string): TscDiagnostic[] {
  const diagnostics: TscDiagnostic[] = [];
  for (const line of output.split('\n')) {
    const match = DIAGNOSTIC.exec(line.trimEnd());
    if (match) {
      const [, file, row, code, text] = match;
      diagnostics.push({
        ...(file ? { file: path.resolve(cwd, file), line: Number(row) } : {}),
        code: Number(code),
        text: text ?? '',
      });
    } else if (/^\s+\S/.test(line) && diagnostics.length > 0) {
      const last = diagnostics[diagnostics.length - 1] as TscDiagnostic;
      last.text += ` ${line.trim()}`;
    }
  }
  return diagnostics;
}
