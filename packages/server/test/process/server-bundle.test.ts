/*
 * The server bundle (scripts/build-bundle.mjs): what `npm start -w @org-api/server` runs. A tiny package in a tmp dir
 * checks the builder (one line when it builds, nothing when fresh, what makes it stale, source-mapped stack traces);
 * the real build checks what stays outside the bundle.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'esbuild';
import * as esbuild from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashContents } from '../../../codegen/scripts/content-staleness.mjs';
import {
  buildBundle,
  EXTERNAL_PACKAGES,
  hashEachLoadedFile,
  runCli,
  staleReason,
} from '../../scripts/build-bundle.mjs';
import { ensureServerBundle, SERVER_START_ARGS } from './support/server-bundle.js';
import { SERVER_ROOT } from './support/spawned-process.js';

const TIMEOUT_MS = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'server-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});

/** A package with `src/entry.ts` → `src/fail.ts` (which throws from line 3), bundled into `build/`. */
function tinyPackage(name: string) {
  const packageDir = join(dir, name);
  mkdirSync(join(packageDir, 'src'), { recursive: true });
  writeFileSync(join(packageDir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(
    join(packageDir, 'src', 'entry.ts'),
    "import { fail } from './fail.js';\nconst answer: number = 42;\nconsole.log('answer', answer);\nif (process.argv[2] === 'fail') fail();\n",
  );
  writeFileSync(
    join(packageDir, 'src', 'fail.ts'),
    "export function fail(): never {\n  const reason: string = 'on purpose';\n  throw new Error(reason);\n}\n",
  );
  // Every file keeps the mtime of a minute ago, whatever is written to it: the rule must not depend on timestamps.
  const minuteAgo = new Date(Date.now() - 60_000);
  const keepOldMtime = (file: string) => utimesSync(join(packageDir, file), minuteAgo, minuteAgo);
  for (const file of ['package.json', 'src/entry.ts', 'src/fail.ts']) keepOldMtime(file);
  const options = { packageDir, outDir: join(packageDir, 'build'), entries: { app: 'src/entry.ts' } };
  /** Saves `file` with `text` (as an editor would), its mtime put back to the one it had before. */
  const save = (file: string, text: string) => {
    writeFileSync(join(packageDir, file), text);
    keepOldMtime(file);
  };
  return { packageDir, options, save };
}

/** Runs the CLI in-process and returns what it printed. */
async function cliOutput(args: string[], options: Parameters<typeof runCli>[1]): Promise<string> {
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    printed.push(String(chunk));
    return true;
  });
  try {
    await runCli(args, options);
  } finally {
    vi.restoreAllMocks();
  }
  return printed.join('');
}

describe('build-bundle.mjs --if-stale', { timeout: TIMEOUT_MS }, () => {
  it('builds once with one line, then prints nothing while no input changed', async () => {
    const { options } = tinyPackage('fresh');
    expect(staleReason(options)).toBe('build/inputs.json is missing');
    expect(await cliOutput(['--if-stale'], options)).toMatch(
      /^Server bundle built \(build\/inputs\.json is missing\): 2 inputs → build\/ in \d+ ms\n$/,
    );
    expect(staleReason(options)).toBeUndefined();
    expect(await cliOutput(['--if-stale'], options)).toBe('');
    expect(await cliOutput([], options)).toMatch(
      /^Server bundle built \(asked to\): 2 inputs → build\/ in \d+ ms\n$/,
    );
  });

  it('rebuilds when an input has other bytes, whatever its mtime; not when it was saved unchanged', async () => {
    const { options, save } = tinyPackage('edited');
    await buildBundle(options);
    save('src/fail.ts', readFileSync(join(options.packageDir, 'src', 'fail.ts'), 'utf8'));
    utimesSync(join(options.packageDir, 'src', 'entry.ts'), new Date(), new Date());
    expect(staleReason(options)).toBeUndefined();

    save('src/fail.ts', "export function fail(): never {\n  throw new Error('edited');\n}\n");
    expect(staleReason(options)).toBe('src/fail.ts changed');
    expect(await cliOutput(['--if-stale'], options)).toMatch(
      /^Server bundle built \(src\/fail\.ts changed\): 2 inputs → build\/ in \d+ ms\n$/,
    );
    expect(staleReason(options)).toBeUndefined();

    save('package.json', '{ "type": "module", "private": true }\n');
    expect(staleReason(options)).toBe('package.json changed');
  });

  it('rebuilds when npm installs (its lockfile of the installed tree appears or changes)', async () => {
    const { packageDir, options, save } = tinyPackage('installed');
    await buildBundle(options);
    mkdirSync(join(packageDir, 'node_modules'));
    save('node_modules/.package-lock.json', '{}\n');
    expect(staleReason(options)).toBe('node_modules/.package-lock.json is new');
    await buildBundle(options);
    expect(staleReason(options)).toBeUndefined();
    save('node_modules/.package-lock.json', '{ "lockfileVersion": 3 }\n');
    expect(staleReason(options)).toBe('node_modules/.package-lock.json changed');
    await buildBundle(options);
    rmSync(join(packageDir, 'node_modules'), { recursive: true });
    expect(staleReason(options)).toBe('node_modules/.package-lock.json is gone');
  });

  it('rebuilds when an input is gone, the entries changed or an output is missing or unreadable', async () => {
    const { packageDir, options } = tinyPackage('stale');
    await buildBundle(options);
    expect(staleReason({ ...options, entries: { app: 'src/entry.ts', other: 'src/fail.ts' } })).toBe(
      'build/other.mjs is missing',
    );
    expect(staleReason({ ...options, entries: { renamed: 'src/entry.ts' } })).toBe(
      'build/renamed.mjs is missing',
    );
    writeFileSync(join(packageDir, 'build', 'renamed.mjs'), '');
    expect(staleReason({ ...options, entries: { renamed: 'src/entry.ts' } })).toBe(
      'the build settings changed',
    );

    const record = readFileSync(join(packageDir, 'build', 'inputs.json'), 'utf8');
    writeFileSync(join(packageDir, 'build', 'inputs.json'), record.slice(0, 20));
    expect(staleReason(options)).toBe('build/inputs.json is unreadable');
    writeFileSync(
      join(packageDir, 'build', 'inputs.json'),
      JSON.stringify({ ...JSON.parse(record), inputs: {} }),
    );
    expect(staleReason(options)).toBe('build/inputs.json lists no inputs');
    await buildBundle(options);
    rmSync(join(packageDir, 'build', 'app.mjs'));
    expect(staleReason(options)).toBe('build/app.mjs is missing');
    await buildBundle(options);
    rmSync(join(packageDir, 'src', 'fail.ts'));
    expect(staleReason(options)).toBe('src/fail.ts is gone');
  });

  it('hashes each file before esbuild reads it: a file saved during the build is seen as changed', async () => {
    const { packageDir } = tinyPackage('saved-while-building');
    const recorded: Record<string, string> = {};
    // A second onLoad runs after the recorder's and saves the file before esbuild reads it.
    const saveDuringBuild: Plugin = {
      name: 'save-during-build',
      setup(build) {
        build.onLoad({ filter: /entry\.ts$/ }, (args) => {
          writeFileSync(
            args.path,
            `${readFileSync(args.path, 'utf8')}console.log('saved while building');\n`,
          );
          return undefined;
        });
      },
    };
    const result = await esbuild.build({
      absWorkingDir: packageDir,
      entryPoints: ['src/entry.ts'],
      bundle: true,
      write: false,
      plugins: [hashEachLoadedFile(packageDir, recorded), saveDuringBuild],
    });
    expect(result.outputFiles[0]?.text).toContain('console.log("saved while building")');
    expect(Object.keys(recorded).sort()).toEqual(['src/entry.ts', 'src/fail.ts']);
    const hashOf = (file: string) => hashContents(readFileSync(join(packageDir, file)));
    expect(recorded['src/fail.ts']).toBe(hashOf('src/fail.ts'));
    // The bundle has the saved line, the record the bytes from before it: the next check rebuilds.
    expect(recorded['src/entry.ts']).not.toBe(hashOf('src/entry.ts'));
  });

  it('rejects unknown arguments', async () => {
    const { options } = tinyPackage('usage');
    await expect(runCli(['--watch'], options)).rejects.toThrow(
      'usage: build-bundle.mjs [--if-stale] (unknown: --watch)',
    );
  });

  it('the bundle runs under plain node; with --enable-source-maps stack traces point at src/', async () => {
    const { packageDir, options } = tinyPackage('run');
    await buildBundle(options);
    expect(execFileSync(process.execPath, ['build/app.mjs'], { cwd: packageDir, encoding: 'utf8' })).toBe(
      'answer 42\n',
    );
    let stderr = '';
    try {
      execFileSync(process.execPath, ['--enable-source-maps', 'build/app.mjs', 'fail'], {
        cwd: packageDir,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      stderr = String((error as { stderr: string }).stderr);
    }
    expect(stderr).toContain('Error: on purpose');
    expect(stderr).toContain(`${join(packageDir, 'src', 'fail.ts')}:3:`);
    expect(stderr).toContain(`${join(packageDir, 'src', 'entry.ts')}:4:`);
  });
});

describe('the server bundle', { timeout: TIMEOUT_MS }, () => {
  beforeAll(() => ensureServerBundle(), TIMEOUT_MS);

  it('is what the package start script execs, after building it when stale', () => {
    const manifest = JSON.parse(readFileSync(join(SERVER_ROOT, 'package.json'), 'utf8'));
    expect(manifest.scripts.start).toBe(
      `node scripts/build-bundle.mjs --if-stale && exec node ${SERVER_START_ARGS.join(' ')}`,
    );
  });

  it('imports only Node built-ins and the native/optional packages at run time; everything else is inside', () => {
    const meta = JSON.parse(readFileSync(join(SERVER_ROOT, 'build', 'meta.json'), 'utf8'));
    for (const bundle of ['build/main.mjs', 'build/server-process.mjs']) {
      const external = new Set<string>(
        meta.outputs[bundle].imports
          .filter((i: { external?: boolean }) => i.external)
          .map((i: { path: string }) => i.path),
      );
      const packages = [...external].filter((path) => !isBuiltin(path)).sort();
      expect(packages).toEqual(['better-sqlite3', 'pg-cloudflare', 'pg-native']);
      expect(packages.every((name) => EXTERNAL_PACKAGES.includes(name))).toBe(true);
      const inputs = Object.keys(meta.outputs[bundle].inputs);
      expect(inputs).toContain('src/main.ts');
      expect(inputs).toContain('src/http/static-routes.ts');
      expect(inputs).toContain('../runtime/src/index.ts');
      expect(inputs.some((input) => input.includes('node_modules/kysely/'))).toBe(true);
    }
  });

  it("the benchmark's bundle contains src/main.ts but does not start the server (its file is not main.*)", () => {
    let failure: { status: number; stdout: string; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, ['build/server-process.mjs'], {
        cwd: SERVER_ROOT,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      failure = error as typeof failure;
    }
    expect(failure).toMatchObject({
      status: 2,
      stdout: '',
      stderr: 'usage: server-process.mjs real <DATABASE_URL> | bare <bodies.json>\n',
    });
  });
});
