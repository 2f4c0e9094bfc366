import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CheckedFile, parseTscOutput, typeCheckFiles } from './corpus-type-check.js';

// Inside the package (ignored by git as `.tmp-*/`) so that `types: ["node"]` resolves as for the real corpus output.
const WORK = path.resolve(import.meta.dirname, `../.tmp-type-check-${process.pid}`);
const CACHE = path.join(WORK, 'cache');

/** Writes the files (unit/name → source), type-checks them and returns `unit/name:line TScode` per error. */
async function check(sources: Record<string, string>, options: { cache: boolean; workers: number }) {
  await rm(path.join(WORK, 'src'), { recursive: true, force: true });
  const files: CheckedFile[] = [];
  for (const [name, source] of Object.entries(sources)) {
    const file = path.join(WORK, 'src', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, source);
    files.push({ path: file, unit: name.split('/')[0] as string });
  }
  const diagnostics = await typeCheckFiles(files, {
    workDir: WORK,
    cacheDir: options.cache ? CACHE : false,
    workers: options.workers,
  });
  return diagnostics
    .map((d) =>
      d.file ? `${path.relative(path.join(WORK, 'src'), d.file)}:${d.line} TS${d.code}` : `TS${d.code}`,
    )
    .sort();
}

const valid = {
  'a/values.ts': 'export const n = 1;\n',
  'a/use.ts': "import { n } from './values.js';\nexport const m: number = n;\n",
};
const depBroken = { ...valid, 'a/values.ts': "export const n = 'one';\n" };
const twoUnits = { ...depBroken, 'b/other.ts': 'export const s: string = 2;\n' };

beforeAll(() => mkdir(WORK, { recursive: true }));
afterAll(() => rm(WORK, { recursive: true, force: true }));

describe('typeCheckFiles: a cached (incremental) check finds exactly what a cold one finds', () => {
  const info = (group: number, of: number) => `tsc-${ts.version}-group-${group}-of-${of}.tsbuildinfo`;
  // One cache, steps in order; each step rewrites every file (new mtimes, maybe the same content) and checks again.
  // The last column is the cache's content afterwards: one build-info file per group, the others dropped.
  const steps: [string, Record<string, string>, number, string[], string[]][] = [
    ['cold, valid files', valid, 1, [], [info(1, 1)]],
    ['a dependency changes so that its importer breaks', depBroken, 1, ['a/use.ts:2 TS2322'], [info(1, 1)]],
    [
      'the same content again: the stored error is reported',
      depBroken,
      1,
      ['a/use.ts:2 TS2322'],
      [info(1, 1)],
    ],
    [
      'two units in two parallel groups',
      twoUnits,
      2,
      ['a/use.ts:2 TS2322', 'b/other.ts:1 TS2322'],
      [info(1, 2), info(2, 2)],
    ],
  ];
  it.each(steps)('%s', async (_name, sources, workers, expected, cached) => {
    expect(await check(sources, { cache: true, workers })).toEqual(expected);
    expect((await readdir(CACHE)).sort()).toEqual(cached);
  });

  it('without a cache: the same diagnostics, and nothing written', async () => {
    await rm(CACHE, { recursive: true, force: true });
    expect(await check(twoUnits, { cache: false, workers: 2 })).toEqual([
      'a/use.ts:2 TS2322',
      'b/other.ts:1 TS2322',
    ]);
    expect(existsSync(CACHE)).toBe(false);
  });
});

describe('parseTscOutput', () => {
  const cases: [string, string, ReturnType<typeof parseTscOutput>][] = [
    ['nothing', '', []],
    [
      'a file diagnostic with continuation lines',
      "src/a.ts(2,14): error TS2322: Type 'string' is not assignable to type 'number'.\n  Details here.\n",
      [
        {
          file: '/w/src/a.ts',
          line: 2,
          code: 2322,
          text: "Type 'string' is not assignable to type 'number'. Details here.",
        },
      ],
    ],
    [
      'a global diagnostic',
      "error TS2688: Cannot find type definition file for 'node'.\n",
      [{ code: 2688, text: "Cannot find type definition file for 'node'." }],
    ],
    ['an unrelated line is ignored', 'Version 5.9.3\n', []],
  ];
  it.each(cases)('%s', (_name, output, expected) => {
    expect(parseTscOutput(output, '/w')).toEqual(expected);
  });
});
