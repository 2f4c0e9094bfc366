import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import {
  generateSpec,
  listSpecs,
  outcomeOf,
  removeOutDir,
  type SpecResult,
  typeCheck,
} from './corpus-harness.js';
import { renderReport } from './corpus-report.js';
import { expectedOutcomes } from './expected.js';

const REPORT = new URL('./corpus-report.md', import.meta.url);
const EXPECTED = new URL('./expected.ts', import.meta.url);

/** `CORPUS_UPDATE=1 npx vitest run test/corpus` rewrites expected.ts from this run (like `-u` for snapshots). */
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

describe('the generator on the OpenAPI 3.1 corpus', () => {
  it('generates every spec and type-checks all outputs in one program, with the expected outcome per spec', async () => {
    await removeOutDir();
    const specs = await listSpecs();
    const results: SpecResult[] = [];
    for (const spec of specs) results.push(await generateSpec(spec));
    const { global } = typeCheck(results);
    await writeFile(REPORT, renderReport(results, global));

    expect(global).toEqual([]);
    const actual = Object.fromEntries(results.map((result) => [result.spec, outcomeOf(result)]));
    if (process.env.CORPUS_UPDATE) {
      await updateExpected(actual);
      return;
    }
    expect(actual).toEqual(expectedOutcomes);
  }, 600_000);
});
