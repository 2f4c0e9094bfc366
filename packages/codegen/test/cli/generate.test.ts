import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../src/generate.js';

const spec = fileURLToPath(new URL('../client/fixtures/invites.yaml', import.meta.url));
let work: string;
let serverOutDir: string;
let clientOutDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'codegen-generate-'));
  serverOutDir = path.join(work, 'server');
  clientOutDir = path.join(work, 'client');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('generate (library)', () => {
  it('in check mode reports every file as missing and creates nothing when nothing was generated yet', async () => {
    const result = await generate({ specPath: spec, serverOutDir, clientOutDir, check: true, rootDir: work });
    expect(result.files.at(-1)).toEqual({
      path: path.join(clientOutDir, 'openapi.gen.ts'),
      status: 'stale',
      reason: 'missing',
    });
    expect(result.files.every((file) => file.status === 'stale' && file.reason === 'missing')).toBe(true);
    await expect(readdir(work)).resolves.toEqual([]);
  });

  it('writes the files with the header relative to rootDir, and puts server and client files in their directories', async () => {
    const result = await generate({
      specPath: spec,
      serverOutDir,
      clientOutDir,
      rootDir: path.dirname(spec),
    });
    expect(result.specPath).toBe(spec);
    expect(result.files.every((file) => file.status === 'written')).toBe(true);
    expect(
      result.files.filter((file) => path.dirname(file.path) === clientOutDir).map((file) => file.path),
    ).toEqual([path.join(clientOutDir, 'openapi.gen.ts')]);
    expect((await readdir(serverOutDir)).length).toBe(result.files.length - 1);
    const client = await readFile(path.join(clientOutDir, 'openapi.gen.ts'), 'utf8');
    expect(client.split('\n')[0]).toBe('// generated from invites.yaml by @org-api/codegen — do not edit');
  });

  it('leaves files other than *.gen.ts alone, also in subdirectories, and reports a changed header as stale', async () => {
    await mkdir(path.join(clientOutDir, 'nested'));
    await writeFile(path.join(clientOutDir, 'nested', 'x.gen.ts'), 'export {};\n');
    await writeFile(path.join(clientOutDir, 'notes.md'), 'hand-written\n');
    // Another rootDir changes the header line of every file.
    const check = await generate({ specPath: spec, serverOutDir, clientOutDir, check: true, rootDir: work });
    expect(check.files.map((file) => [file.status, file.reason])).toEqual(
      check.files.map(() => ['stale', 'changed']),
    );
    const again = await generate({ specPath: spec, serverOutDir, clientOutDir, rootDir: work });
    expect(again.files.map((file) => file.status)).toEqual(again.files.map(() => 'written'));
    expect((await readdir(clientOutDir)).sort()).toEqual(['nested', 'notes.md', 'openapi.gen.ts']);
    expect(await readFile(path.join(clientOutDir, 'nested', 'x.gen.ts'), 'utf8')).toBe('export {};\n');
  });
});
