/*
 * The CLI bundle (scripts/build-cli.mjs) and what it is built from: the content-based staleness rule
 * (scripts/content-staleness.mjs) on files in a tmp dir, the real build in a tmp output folder, and the V8 code cache
 * (scripts/code-cache.mjs) in child processes.
 */
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCli, cliStaleReason, ENTRY_FILE, PACKAGE_DIR, RECORD_FILE } from '../../scripts/build-cli.mjs';
import { hashContents, recordText, staleReason } from '../../scripts/content-staleness.mjs';

const dir = mkdtempSync(join(tmpdir(), 'codegen-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('content-based staleness', () => {
  const base = join(dir, 'staleness');
  const recordPath = join(base, 'record.json');
  const output = join(base, 'out.js');
  const check = (settings: unknown = { entry: 'a' }) =>
    staleReason({ recordPath, outputs: [output], baseDir: base, settings });

  it('is fresh after recording, whatever the timestamps; stale when contents, settings or files change', () => {
    execFileSync('mkdir', ['-p', join(base, 'src')]);
    writeFileSync(join(base, 'src/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(base, 'src/b.ts'), 'export const b = 2;\n');
    expect(check()).toBe('record.json is missing');
    writeFileSync(output, '// built\n');
    const hashes = {
      'src/a.ts': hashContents(readFileSync(join(base, 'src/a.ts'))),
      'src/b.ts': hashContents('export const b = 2;\n'),
    };
    writeFileSync(recordPath, recordText({ hashes, settings: { entry: 'a' } }));
    expect(check()).toBeUndefined();

    // A save that keeps the contents (or a checkout that sets any mtime) does not make it stale.
    const future = new Date(Date.now() + 3_600_000);
    utimesSync(join(base, 'src/a.ts'), future, future);
    writeFileSync(join(base, 'src/b.ts'), 'export const b = 2;\n');
    expect(check()).toBeUndefined();

    // A change of contents does, even with the old mtime put back.
    const past = new Date(Date.now() - 3_600_000);
    writeFileSync(join(base, 'src/b.ts'), 'export const b = 3;\n');
    utimesSync(join(base, 'src/b.ts'), past, past);
    expect(check()).toBe('src/b.ts changed');
    writeFileSync(join(base, 'src/b.ts'), 'export const b = 2;\n');
    expect(check()).toBeUndefined();

    expect(check({ entry: 'other' })).toBe('the build settings changed');
    rmSync(join(base, 'src/a.ts'));
    expect(check()).toBe('src/a.ts is gone');
    rmSync(output);
    expect(check()).toBe('out.js is missing');
    writeFileSync(output, '// built\n');
    writeFileSync(recordPath, '{ not json');
    expect(check()).toBe('record.json is unreadable');
  });
});

describe('build-cli.mjs', () => {
  it('bundles the CLI into lazily loaded chunks that run under plain node, and records every input', async () => {
    const outDir = join(dir, 'build');
    expect(cliStaleReason({ outDir })).toBe(`${relative(PACKAGE_DIR, join(outDir, RECORD_FILE))} is missing`);
    const { inputs } = await buildCli({ outDir });
    expect(cliStaleReason({ outDir })).toBeUndefined();
    const record = JSON.parse(readFileSync(join(outDir, RECORD_FILE), 'utf8')) as {
      inputs: Record<string, string>;
    };
    expect(Object.keys(record.inputs).length).toBe(inputs);
    for (const input of ['src/cli.ts', 'src/generate.ts', 'scripts/build-cli.mjs', 'scripts/code-cache.mjs'])
      expect(Object.keys(record.inputs)).toContain(input);
    expect(Object.keys(record.inputs).some((input) => input.includes('node_modules/js-yaml/'))).toBe(true);

    // The entry chunk holds neither TypeScript nor openapi-typescript: they come with the client chunk, on demand.
    const entry = readFileSync(join(outDir, ENTRY_FILE), 'utf8');
    expect(entry).not.toContain('openapi-typescript');
    expect(entry).not.toContain('requireWithCodeCache');
    const help = execFileSync(process.execPath, [join(outDir, ENTRY_FILE), '--help'], { encoding: 'utf8' });
    expect(help.split('\n')[0]).toBe(
      'Usage: org-api-codegen [options]   (from the repository root: npm run generate -- [options])',
    );

    // A recorded input whose contents differ makes it stale, naming the input.
    const changed = { ...record, inputs: { ...record.inputs, 'src/cli.ts': hashContents('something else') } };
    writeFileSync(join(outDir, RECORD_FILE), JSON.stringify(changed));
    expect(cliStaleReason({ outDir })).toBe('src/cli.ts changed');
  });
});

describe('code-cache.mjs', () => {
  it('saves the bytecode of a module at exit, one file per module, replaced when the source changes', () => {
    const cacheDir = join(dir, 'code-cache');
    const moduleFile = join(dir, 'cached-module.cjs');
    const loader = pathToFileURL(join(import.meta.dirname, '../../scripts/code-cache.mjs')).href;
    const run = () =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import { codeCacheHits, requireWithCodeCache } from ${JSON.stringify(loader)};
           const m = requireWithCodeCache(${JSON.stringify(moduleFile)}, ${JSON.stringify(`${pathToFileURL(dir).href}/`)}, ${JSON.stringify(cacheDir)});
           console.log(m.answer(), m.filename === ${JSON.stringify(moduleFile)}, codeCacheHits().length);`,
        ],
        { encoding: 'utf8' },
      );
    writeFileSync(moduleFile, 'exports.answer = () => 42;\nexports.filename = __filename;\n');
    expect(run()).toBe('42 true 0\n');
    const first = readdirSync(cacheDir);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatch(/^cached-module\.cjs-[0-9a-f]+-58-v8-.+\.bin$/);
    // Loaded again with the cache (a hit): same result, same file.
    expect(run()).toBe('42 true 1\n');
    expect(readdirSync(cacheDir)).toEqual(first);

    writeFileSync(moduleFile, 'exports.answer = () => 43;\nexports.filename = __filename;\n');
    expect(run()).toBe('43 true 0\n');
    const second = readdirSync(cacheDir);
    expect(second).toHaveLength(1);
    expect(second[0]).not.toBe(first[0]);
    expect(existsSync(join(cacheDir, first[0] as string))).toBe(false);
  });
});
