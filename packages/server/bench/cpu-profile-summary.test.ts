import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createSourceMapMapper,
  formatProfileSummary,
  groupOf,
  shortUrl,
  summarizeProfile,
} from './cpu-profile-summary.js';

const frame = (functionName: string, url: string, lineNumber: number) => ({ functionName, url, lineNumber });

describe('summarizeProfile', () => {
  it('adds up busy self time per group and per function, idle apart', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', '', -1) },
        { id: 2, callFrame: frame('compile', 'file:///r/node_modules/kysely/dist/esm/compiler.js', 9) },
        { id: 3, callFrame: frame('', 'file:///work/main/packages/server/src/store/members-repo.ts', 41) },
        { id: 4, callFrame: frame('compile', 'file:///r/node_modules/kysely/dist/esm/compiler.js', 9) },
        { id: 5, callFrame: frame('(garbage collector)', '', -1) },
      ],
      samples: [2, 3, 2, 4, 1, 5],
      timeDeltas: [1000, 3000, 2000, 1000, 3000, 2000],
    };
    const summary = summarizeProfile(profile, 2);
    expect(summary.busyMs).toBe(9);
    expect(summary.idleMs).toBe(3);
    expect(summary.groups.map((g) => [g.name, g.selfMs])).toEqual([
      ['kysely', 4],
      ['packages/server/src/store', 3],
    ]);
    expect(summary.functions.map((f) => [f.name, f.selfMs])).toEqual([
      ['compile (kysely/dist/esm/compiler.js:10)', 4],
      ['(anonymous) (packages/server/src/store/members-repo.ts:42)', 3],
    ]);
    expect(formatProfileSummary(summary).split('\n')).toEqual([
      'busy 9 ms, idle 3 ms; self time by group:',
      '   44.4%        4 ms  kysely',
      '   33.3%        3 ms  packages/server/src/store',
      'self time by function:',
      '   44.4%        4 ms  compile (kysely/dist/esm/compiler.js:10)',
      '   33.3%        3 ms  (anonymous) (packages/server/src/store/members-repo.ts:42)',
    ]);
  });

  it('shortens URLs and groups frames', () => {
    expect(shortUrl('')).toBe('(native)');
    expect(shortUrl('node:internal/http')).toBe('node:internal/http');
    expect(groupOf('(native)', 'writev')).toBe('writev');
    expect(groupOf('node:internal/http', 'x')).toBe('node:');
    expect(groupOf('@hono/node-server/dist/index.mjs', 'x')).toBe('@hono/node-server');
    expect(groupOf('packages/server/src/http/app.ts', 'x')).toBe('packages/server/src/http');
  });
});

describe('frames of a bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'profile-map-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A bundle (linked source map, as scripts/build-bundle.mjs writes) of a package file and a dependency; line 0 is
   * a comment no mapping covers. */
  async function bundle() {
    const root = join(dir, 'packages', 'demo');
    mkdirSync(join(root, 'src'), { recursive: true });
    mkdirSync(join(root, 'node_modules', 'fake-lib'), { recursive: true });
    writeFileSync(
      join(root, 'node_modules', 'fake-lib', 'index.js'),
      'export function libWork(n) {\n  return n * 2;\n}\n',
    );
    writeFileSync(
      join(root, 'src', 'hot.ts'),
      "import { libWork } from 'fake-lib';\n\nexport function hotLoop(n: number): number {\n  return libWork(n) + 1;\n}\nconsole.log(hotLoop(1));\n",
    );
    await build({
      entryPoints: [join(root, 'src', 'hot.ts')],
      outfile: join(root, 'build', 'hot.mjs'),
      bundle: true,
      format: 'esm',
      platform: 'node',
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'silent',
    });
    const file = join(root, 'build', 'hot.mjs');
    const lines = readFileSync(file, 'utf8').split('\n');
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text));
    return { url: pathToFileURL(file).href, lineOf };
  }

  it('are charged to their sources through the linked source map', async () => {
    const { url, lineOf } = await bundle();
    const profile = {
      nodes: [
        {
          id: 1,
          callFrame: {
            functionName: 'hotLoop',
            url,
            lineNumber: lineOf('function hotLoop'),
            columnNumber: 0,
          },
        },
        {
          id: 2,
          callFrame: {
            functionName: 'libWork',
            url,
            lineNumber: lineOf('function libWork'),
            columnNumber: 0,
          },
        },
        { id: 3, callFrame: { functionName: '', url, lineNumber: 0, columnNumber: 0 } },
      ],
      samples: [1, 2, 2, 3],
      timeDeltas: [4000, 2000, 1000, 500],
    };
    const summary = summarizeProfile(profile, 5);
    expect(summary.groups.map((g) => [g.name, g.selfMs])).toEqual([
      ['packages/demo/src', 4],
      ['fake-lib', 3],
      ['packages/demo/build', 0.5],
    ]);
    expect(summary.functions.map((f) => [f.name, f.selfMs])).toEqual([
      ['hotLoop (packages/demo/src/hot.ts:3)', 4],
      ['libWork (fake-lib/index.js:1)', 3],
      ['(anonymous) (packages/demo/build/hot.mjs:1)', 0.5],
    ]);
  });

  it('stay as they are without a map (sources under tsx, node: and native frames)', () => {
    const map = createSourceMapMapper();
    const source = 'file:///work/main/packages/server/src/main.ts';
    expect(map({ url: source, lineNumber: 41, columnNumber: 2 })).toEqual({
      url: source,
      lineNumber: 41,
      columnNumber: 2,
    });
    expect(map({ url: 'node:events', lineNumber: 3 })).toEqual({ url: 'node:events', lineNumber: 3 });
    expect(map({ url: '', lineNumber: -1 })).toEqual({ url: '', lineNumber: -1 });
  });
});
