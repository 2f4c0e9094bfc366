import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/document/load-document.js';
import {
  CORPUS_DIR,
  type EmitOutcome,
  generateSpec,
  generatesCleanly,
  listSpecs,
  outcomeOf,
  removeOutDir,
  roundTrip,
  type SpecResult,
  typeCheck,
} from './corpus-harness.js';
import { renderReport } from './corpus-report.js';
import { expectedOutcomes } from './expected.js';

const REPORT = new URL('./corpus-report.md', import.meta.url);
const EXPECTED = new URL('./expected.ts', import.meta.url);

/** `CORPUS_UPDATE=1 npx vitest run test/corpus` rewrites expected.ts and corpus-report.md from this run (like `-u`). */
async function updateExpected(actual: Record<string, string>): Promise<void> {
  const source = await readFile(EXPECTED, 'utf8');
  const head = source.slice(0, source.indexOf('export const expectedOutcomes'));
  const quote = (text: string) => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  // Laid out as Biome formats it (line width 110), so the rewritten file stays lint-clean.
  const rows = Object.entries(actual).map(([spec, outcome]) => {
    const row = `  ${quote(spec)}: ${quote(outcome)},`;
    return row.length <= 110 ? row : `  ${quote(spec)}:\n    ${quote(outcome)},`;
  });
  await writeFile(
    EXPECTED,
    `${head}export const expectedOutcomes: Record<string, string> = {\n${rows.join('\n')}\n};\n`,
  );
}

afterAll(async () => {
  if (!process.env.KEEP_CORPUS_OUT) await removeOutDir();
});

/**
 * The specs strict mode rejects, with the pointer of the first offending node and why (the exact message is pinned in
 * expected.ts): invalid OpenAPI 3.1, a documented limitation, or valid 3.1 shapes the generator refuses with a clear
 * error. `lenient`: whether lenient mode (which translates OpenAPI 3.0 leftovers) generates it all the same.
 */
const REJECTED: Record<string, { pointer: string; why: string; lenient: boolean }> = {
  'codat.io/accounting/2.1.0.json': {
    pointer: '/components/schemas/Item/definitions/itemType/type',
    why: 'invalid 3.1: a schema nested under `type`',
    lenient: false,
  },
  'codat.io/assess/1.0.json': {
    pointer: '/components/schemas/ExcelStatus/examples',
    why: 'invalid 3.1: an `examples` map (OpenAPI 3.0 leftover)',
    lenient: true,
  },
  'interledger.org/open-payments/auth-server/1.3.0.yaml': {
    pointer: '/components/schemas/access-item/unevaluatedProperties',
    why: 'valid 3.1, not supported: `unevaluatedProperties` has no zod equivalent',
    lenient: false,
  },
  'openai.com/2.3.0.json': {
    pointer:
      '/components/schemas/FineTuneSupervisedHyperparameters/properties/learning_rate_multiplier/oneOf/1/exclusiveMinimum',
    why: 'invalid 3.1: a boolean `exclusiveMinimum` (OpenAPI 3.0 leftover)',
    lenient: true,
  },
  'scalar.com/galaxy/0.2.20.json': {
    pointer:
      '/paths/~1planets~1{planetId}~1image/post/requestBody/content/multipart~1form-data/schema/properties/image/examples',
    why: 'invalid 3.1: an `examples` map (OpenAPI 3.0 leftover)',
    lenient: true,
  },
};

describe('the generator on the OpenAPI 3.1 corpus', () => {
  it('generates every spec in strict and lenient mode, type-checks all outputs, round-trips the server side', async () => {
    await removeOutDir();
    const specs = await listSpecs();
    const results: SpecResult[] = [];
    let phase = performance.now();
    const progress = (line: string) => console.info(`corpus: ${line}`);
    const lap = () => ((performance.now() - phase) / 1000).toFixed(1);
    for (const spec of specs) results.push(await generateSpec(spec));
    progress(`generated ${specs.length} specs in ${lap()} s`);
    phase = performance.now();
    const { global } = await typeCheck(results, { onProgress: progress });
    progress(`type-checked in ${lap()} s`);
    phase = performance.now();
    for (const result of results) {
      if (!result.server.ok) continue;
      const { document } = await loadDocument(path.join(CORPUS_DIR, result.spec));
      result.roundTrip = await roundTrip(result.spec, document);
    }
    progress(`round trips in ${lap()} s`);
    const report = renderReport(results, global);

    expect(global).toEqual([]);
    const pointerOf = (outcome: EmitOutcome) => (outcome.ok ? 'ok' : `${outcome.kind} at ${outcome.pointer}`);
    expect(
      results.filter((result) => !result.strict.ok).map((result) => [result.spec, pointerOf(result.strict)]),
    ).toEqual(Object.entries(REJECTED).map(([spec, { pointer }]) => [spec, `codegen-error at ${pointer}`]));
    expect(results.filter((result) => !result.server.ok).map((result) => result.spec)).toEqual(
      Object.keys(REJECTED).filter((spec) => !REJECTED[spec]?.lenient),
    );
    expect(
      results
        .filter((result) => result.server.ok && !generatesCleanly(result))
        .map((result) => `${result.spec}: ${outcomeOf(result)}`),
    ).toEqual([]);
    expect(
      results
        .filter((result) => result.roundTrip?.ok === false)
        .map((result) => `${result.spec}: ${outcomeOf(result)}`),
    ).toEqual([]);
    const actual = Object.fromEntries(results.map((result) => [result.spec, outcomeOf(result)]));
    if (process.env.CORPUS_UPDATE) {
      await updateExpected(actual);
      await writeFile(REPORT, report);
      return;
    }
    expect(actual).toEqual(expectedOutcomes);
    // The committed report is this run's (the test never writes a tracked file unless asked to).
    expect(report).toBe(await readFile(REPORT, 'utf8'));
  }, 1_800_000); // a hang guard, not a speed limit: a cold type-check takes minutes on a loaded machine
});
