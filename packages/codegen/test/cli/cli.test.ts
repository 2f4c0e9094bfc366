import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { loadDocument } from '../../src/document/load-document.js';
import { planFiles, REPO_ROOT } from '../../src/generate.js';
import { runCli, startCli } from './run-cli.js';

const fixture = (name: string) => fileURLToPath(new URL(name, import.meta.url));
const DURATION = /\d+ ms/;

let work: string;
let spec: string;
let serverOut: string;
let clientOut: string;
let header: string;

const outArgs = () => ['--spec', spec, '--server-out', serverOut, '--client-out', clientOut];

/** The files (with header) both emitters produce in memory for the spec on disk now, by absolute output path. */
async function expectedFiles(): Promise<Map<string, string>> {
  const { document } = await loadDocument(spec);
  const specLabel = path.relative(REPO_ROOT, spec);
  const planned = await planFiles(document, { specLabel, serverOutDir: serverOut, clientOutDir: clientOut });
  return new Map(planned.map((file) => [file.path, file.contents]));
}

/** Edits the spec on disk: adds an optional string property to OrganizationInvite. */
async function addInviteProperty(name: string): Promise<void> {
  const document = parseYaml(await readFile(spec, 'utf8'));
  document.components.schemas.OrganizationInvite.properties[name] = { type: 'string' };
  await writeFile(spec, stringifyYaml(document));
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'codegen-cli-'));
  spec = path.join(work, 'openapi/spec.yaml');
  serverOut = path.join(work, 'server/generated');
  clientOut = path.join(work, 'client/generated');
  await mkdir(path.dirname(spec), { recursive: true });
  await copyFile(fixture('../client/fixtures/invites.yaml'), spec);
  header = `// generated from ${path.relative(REPO_ROOT, spec)} by @org-api/codegen — do not edit\n`;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('generate, then --check, then drift (runs in order on one temp copy of a spec)', () => {
  it('writes every emitted file with the header line and reports what it read and wrote', async () => {
    const run = await runCli(outArgs());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = await expectedFiles();
    expect(expected.has(path.join(clientOut, 'openapi.gen.ts'))).toBe(true);
    for (const [file, contents] of expected) {
      expect(contents.startsWith(header)).toBe(true);
      expect(await readFile(file, 'utf8')).toBe(contents);
    }
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`read      ${spec}`);
    expect(lines.slice(1, -1).sort()).toEqual([...expected.keys()].map((file) => `written   ${file}`).sort());
    expect(lines.at(-1)).toMatch(
      new RegExp(`^generated ${expected.size} files \\(${expected.size} written\\) in \\d+ ms$`),
    );
  });

  it('reports every file unchanged on a second run and does not rewrite them', async () => {
    const client = path.join(clientOut, 'openapi.gen.ts');
    const before = (await stat(client)).mtimeMs;
    const run = await runCli(outArgs());
    expect(run.code).toBe(0);
    const expected = await expectedFiles();
    expect(run.stdout).toContain(`generated ${expected.size} files (${expected.size} unchanged) in `);
    expect(run.stdout).not.toContain('written');
    expect((await stat(client)).mtimeMs).toBe(before);
  });

  it('passes --check right after generating', async () => {
    const run = await runCli([...outArgs(), '--check']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const expected = await expectedFiles();
    expect(run.stdout).toContain(`all ${expected.size} generated files are up to date with ${spec} (`);
  });

  it('fails --check with exit 1 naming each stale file and what changed in the spec, and writes nothing', async () => {
    const before = new Map<string, string>();
    for (const name of await readdir(clientOut))
      before.set(name, await readFile(path.join(clientOut, name), 'utf8'));
    await addInviteProperty('note');
    const expected = await expectedFiles();
    const stale: string[] = [];
    for (const [file, contents] of expected) {
      if ((await readFile(file, 'utf8')) !== contents) stale.push(file);
    }
    expect(stale).toContain(path.join(clientOut, 'openapi.gen.ts'));

    const run = await runCli([...outArgs(), '--check']);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      ...stale.map((file) => `stale     ${file} (changed)`),
      'what changed in the spec since they were generated:',
      '  OrganizationInvite: property note added',
      `${stale.length} generated file(s) are out of date with ${spec}: run \`npm run generate\``,
    ]);
    for (const [name, contents] of before)
      expect(await readFile(path.join(clientOut, name), 'utf8')).toBe(contents);
  });

  it('regenerates the stale files, removes *.gen.ts files no longer produced and leaves other files alone', async () => {
    await writeFile(path.join(clientOut, 'old.gen.ts'), 'export {};\n');
    await writeFile(path.join(clientOut, 'index.ts'), 'export * from "./openapi.gen.js";\n');
    const check = await runCli([...outArgs(), '--check']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(`stale     ${clientOut}/old.gen.ts (extra)\n`);

    const run = await runCli(outArgs());
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`written   ${clientOut}/openapi.gen.ts\n`);
    expect(run.stdout).toContain(`removed   ${clientOut}/old.gen.ts\n`);
    expect((await readdir(clientOut)).sort()).toEqual(['index.ts', 'openapi.gen.ts']);
    expect((await runCli([...outArgs(), '--check'])).code).toBe(0);
  });
});

describe('--watch', () => {
  it('regenerates after an editor-style save (a temporary file renamed over the spec)', async () => {
    const watcher = startCli([...outArgs(), '--watch']);
    try {
      await watcher.waitForOutput(/watching .*spec\.yaml for changes \(Ctrl-C to stop\)\n/);
      const document = parseYaml(await readFile(spec, 'utf8'));
      document.components.schemas.OrganizationInvite.properties.renamed = { type: 'string' };
      const temporary = path.join(path.dirname(spec), '.spec.yaml.swp');
      await writeFile(temporary, stringifyYaml(document));
      await rename(temporary, spec);
      await watcher.waitForOutput(
        /change detected at .*, regenerating\n(.*\n)*generated \d+ files \(.*\) in \d+ ms\n/,
      );
      expect(await readFile(path.join(clientOut, 'openapi.gen.ts'), 'utf8')).toContain(
        '      renamed?: string;\n',
      );
    } finally {
      await watcher.stop();
    }
  });

  it('regenerates when the spec changes and keeps running, printing each regeneration with its duration', async () => {
    const watcher = startCli([...outArgs(), '--watch']);
    try {
      await watcher.waitForOutput(/watching .*spec\.yaml for changes \(Ctrl-C to stop\)\n/);
      await addInviteProperty('watched');
      const output = await watcher.waitForOutput(
        /change detected at .*, regenerating\n(.*\n)*generated \d+ files \(.*\) in \d+ ms\n/,
      );
      expect(output).toContain(`written   ${clientOut}/openapi.gen.ts\n`);
      expect(await readFile(path.join(clientOut, 'openapi.gen.ts'), 'utf8')).toContain(
        '      watched?: string;\n',
      );
    } finally {
      await watcher.stop();
    }
  });
});

describe('errors', () => {
  it('rejects an OpenAPI 3.0 document with exit 2, naming the file, the version found and what to do', async () => {
    const run = await runCli([
      '--spec',
      fixture('fixtures/openapi-3.0.yaml'),
      '--server-out',
      serverOut,
      '--client-out',
      path.join(work, 'c'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'test/cli/fixtures/openapi-3.0.yaml#/openapi: unsupported OpenAPI version: found OpenAPI 3.0.3, the generator reads OpenAPI 3.1.x only\n' +
        '  hint: set `openapi: 3.1.0` and convert 3.0 constructs (e.g. `nullable: true` → `type: [T, "null"]`, `example` → `examples`)\n',
    );
  });

  it('rejects an unsupported construct (an external $ref) with exit 2, its JSON pointer and a hint', async () => {
    const run = await runCli([
      '--spec',
      fixture('fixtures/external-ref.yaml'),
      '--server-out',
      serverOut,
      '--client-out',
      path.join(work, 'c'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'test/cli/fixtures/external-ref.yaml#/paths/~1pets~1/get/responses/200/content/application~1json/schema/items/$ref: ' +
        'external $ref "./pet.yaml#/Pet" is not supported: the generator reads one self-contained document\n' +
        '  hint: bundle the spec into one file first (e.g. `npx redocly bundle <spec> -o <bundled.yaml>`) or move the referenced schema under #/components\n',
    );
    await expect(stat(path.join(work, 'c'))).rejects.toThrow('ENOENT');
  });

  it('rejects OpenAPI 3.0 leftovers in a 3.1 document with exit 2, naming the first one and --lenient', async () => {
    const run = await runCli([
      '--spec',
      fixture('fixtures/openapi-3.0-leftovers.yaml'),
      '--server-out',
      path.join(work, 'strict-s'),
      '--client-out',
      path.join(work, 'strict-c'),
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'test/cli/fixtures/openapi-3.0-leftovers.yaml#/components/schemas/Rate/properties/multiplier/exclusiveMinimum: ' +
        '`exclusiveMinimum` must be a number in OpenAPI 3.1\n' +
        '  hint: Write `exclusiveMinimum: <n>` instead of `minimum: <n>, exclusiveMinimum: true` (3.0 style), or generate with `--lenient` to translate it.\n',
    );
  });

  it('--lenient translates them, prints one warning line per translated node, and generates', async () => {
    const serverDir = path.join(work, 'lenient-s');
    const run = await runCli([
      '--lenient',
      '--spec',
      fixture('fixtures/openapi-3.0-leftovers.yaml'),
      '--server-out',
      serverDir,
      '--client-out',
      path.join(work, 'lenient-c'),
    ]);
    expect(run.code).toBe(0);
    const at = 'test/cli/fixtures/openapi-3.0-leftovers.yaml#/components/schemas/Rate/properties';
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      `warning   ${at}/multiplier/exclusiveMinimum: OpenAPI 3.0 \`exclusiveMinimum: true\` with \`minimum: 0\` translated to \`exclusiveMinimum: 0\``,
      `warning   ${at}/label/examples: schema \`examples\` given as a map (OpenAPI 3.0 example objects) translated to a list of 2 value(s)`,
      `warning   ${at}/label/nullable: OpenAPI 3.0 \`nullable: true\` translated to \`type: ["string","null"]\``,
      '3 node(s) translated from OpenAPI 3.0 (--lenient)',
    ]);
    expect(run.stdout).toMatch(/generated 5 files \(5 written\) in \d+ ms\n$/);
    const schemas = await readFile(path.join(serverDir, 'schemas.gen.ts'), 'utf8');
    expect(schemas).toContain('multiplier: z.number().gt(0),');
    expect(schemas).toContain(
      "label: z.string().nullable().openapi({ examples: ['x', 'a longer label'] }).optional(),",
    );
  });

  it('prints the usage and exits 2 on an unknown flag; --help exits 0', async () => {
    const bad = await runCli(['--sepc', 'x.yaml']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--sepc'");
    expect(bad.stderr).toContain('Usage: org-api-codegen [options]');
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--watch              regenerate whenever the spec changes');
    expect(DURATION.test(help.stdout)).toBe(false);
  });
});
