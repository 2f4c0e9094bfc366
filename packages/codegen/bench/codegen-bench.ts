/**
 * Code generator benchmark: the full in-memory generate (load → emit server → emit client → header/format) for
 * openapi/organizations.yaml and for the largest corpus spec (openai.com, 1.9 MB; invalid OpenAPI 3.1, so it runs in
 * lenient mode, `--lenient` / `strict: false`, and says so). Prints the median of N runs (wall and CPU time).
 *
 *   npm run bench:codegen -w @org-api/codegen [-- --runs 9]   (also the second half of `npm run bench`)
 *
 * Targets (on wall-clock total): organizations.yaml < 1 s, openai.com < 10 s. Exits 0 either way (timings on
 * shared machines vary); a row over its target is marked OVER. `cpu` is this process's CPU time per run (user +
 * system, including GC threads), which is steadier than wall time on a busy machine.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { emitClientFiles } from '../src/client/emit-client.js';
import { CodegenError } from '../src/codegen-error.js';
import { loadDocument } from '../src/document/load-document.js';
import { placeFiles } from '../src/generate.js';
import type { GeneratedFile } from '../src/generated-file.js';
import { REPO_ROOT } from '../src/repo-root.js';
import { emitServerFiles } from '../src/server/emit-server.js';
import { median } from './median.js';

const PHASES = ['load', 'server', 'client', 'format'] as const;
type Phase = (typeof PHASES)[number];

const targets = [
  {
    label: 'openapi/organizations.yaml',
    file: path.join(REPO_ROOT, 'openapi/organizations.yaml'),
    targetMs: 1_000,
    strict: true,
  },
  {
    // Invalid OpenAPI 3.1 (3.0-style boolean exclusiveMinimum): strict mode rejects it, so it runs as --lenient.
    label: 'corpus openai.com/2.3.0.json (--lenient)',
    // Vendored with the corpus tests (test/corpus/specs/); the row says `missing` until it is there.
    file: path.join(REPO_ROOT, 'packages/codegen/test/corpus/specs/openai.com/2.3.0.json'),
    targetMs: 10_000,
    strict: false,
  },
];

/** The CodegenError an emitter threw, or its files. */
async function attempt(
  emit: () => GeneratedFile[] | Promise<GeneratedFile[]>,
): Promise<GeneratedFile[] | CodegenError> {
  try {
    return await emit();
  } catch (error) {
    if (error instanceof CodegenError) return error;
    throw error;
  }
}

/**
 * One full generate in memory; per-phase milliseconds. When an emitter rejects the spec the other phases still run
 * and the error is returned with the times (that row then has no total).
 */
async function runOnce(
  file: string,
  label: string,
  strict: boolean,
): Promise<{ times: Record<Phase, number>; cpuMs: number; translated: number; error?: CodegenError }> {
  const times = {} as Record<Phase, number>;
  const cpuStart = process.cpuUsage();
  let mark = performance.now();
  const lap = (phase: Phase) => {
    const now = performance.now();
    times[phase] = now - mark;
    mark = now;
  };
  const { document } = await loadDocument(file);
  lap('load');
  let translated = 0;
  const server = await attempt(() => emitServerFiles(document, { strict, onWarning: () => translated++ }));
  lap('server');
  const client = await attempt(() => emitClientFiles(document));
  lap('client');
  const placed = [server, client].flatMap((files) =>
    files instanceof CodegenError ? [] : placeFiles(files, 'generated', label),
  );
  if (placed.length === 0) throw new Error('no files generated');
  lap('format');
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const error = [server, client].find((files): files is CodegenError => files instanceof CodegenError);
  return error ? { times, cpuMs, translated, error } : { times, cpuMs, translated };
}

const { values } = parseArgs({
  options: { runs: { type: 'string', default: process.env.BENCH_RUNS ?? '5' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, got ${values.runs}`);

console.log(`@org-api/codegen benchmark — median of ${runs} runs, ms (Node ${process.version})\n`);
console.log('| spec | size | load | server | client | format | total | cpu | target | |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
for (const { label, file, targetMs, strict } of targets) {
  if (!existsSync(file)) {
    console.log(`| ${label} | missing: ${file} | | | | | | | | |`);
    continue;
  }
  const size = `${(statSync(file).size / 1024).toFixed(0)} KB`;
  const samples: Record<Phase, number>[] = [];
  const cpu: number[] = [];
  let failure: CodegenError | undefined;
  let translated = 0;
  for (let run = 0; run < runs; run++) {
    const result = await runOnce(file, label, strict);
    samples.push(result.times);
    cpu.push(result.cpuMs);
    translated = result.translated;
    failure ??= result.error;
  }
  const phase = PHASES.map((name) => median(samples.map((sample) => sample[name])));
  const total = median(samples.map((sample) => PHASES.reduce((sum, name) => sum + sample[name], 0)));
  const cells = [...phase, total, median(cpu)].map((ms) => ms.toFixed(ms < 10 ? 1 : 0));
  if (failure) cells[PHASES.length] = 'n/a';
  const verdict = failure ? 'INCOMPLETE' : total < targetMs ? 'ok' : 'OVER';
  console.log(`| ${label} | ${size} | ${cells.join(' | ')} | < ${targetMs} | ${verdict} |`);
  if (!strict)
    console.log(`|   ↳ lenient mode: ${translated} OpenAPI 3.0 leftover(s) translated | | | | | | | | | |`);
  if (failure)
    console.log(`|   ↳ CodegenError at ${failure.pointer}: ${failure.message} | | | | | | | | | |`);
}
