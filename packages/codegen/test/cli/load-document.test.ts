import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodegenError } from '../../src/codegen-error.js';
import { loadDocument } from '../../src/document/load-document.js';

let dir: string;

async function load(name: string, text: string): Promise<unknown> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return loadDocument(file).catch((error: unknown) => error);
}

function codegenError(error: unknown): { pointer: string; message: string; hint: string } {
  expect(error).toBeInstanceOf(CodegenError);
  const { pointer, message, hint } = error as CodegenError;
  return { pointer, message, hint };
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'codegen-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadDocument', () => {
  it('reads YAML and JSON, keeps local $refs as they are and returns the absolute path', async () => {
    const yaml =
      'openapi: 3.1.1\ninfo: { title: t, version: "1" }\npaths: {}\ncomponents:\n  schemas:\n    A: { $ref: "#/components/schemas/B" }\n    B: { type: string }\n';
    expect(await load('a.yaml', yaml)).toEqual({
      specPath: path.join(dir, 'a.yaml'),
      document: {
        openapi: '3.1.1',
        info: { title: 't', version: '1' },
        paths: {},
        components: { schemas: { A: { $ref: '#/components/schemas/B' }, B: { type: 'string' } } },
      },
    });
    expect(await load('a.json', '{"openapi":"3.1.0","paths":{}}')).toEqual({
      specPath: path.join(dir, 'a.json'),
      document: { openapi: '3.1.0', paths: {} },
    });
  });

  const versionHint =
    'set `openapi: 3.1.0` and convert 3.0 constructs (e.g. `nullable: true` → `type: [T, "null"]`, `example` → `examples`)';
  const versions: [string, string, string][] = [
    ['an OpenAPI 3.0 document', 'openapi: 3.0.3\npaths: {}\n', 'OpenAPI 3.0.3'],
    ['a Swagger 2.0 document', 'swagger: "2.0"\npaths: {}\n', 'Swagger 2.0'],
    ['a document without a version', 'paths: {}\n', 'no "openapi" version field'],
    ['an OpenAPI 3.2 document', 'openapi: 3.2.0\npaths: {}\n', 'OpenAPI 3.2.0'],
  ];
  for (const [name, text, found] of versions) {
    it(`rejects ${name} at /openapi, saying what it found`, async () => {
      expect(codegenError(await load('v.yaml', text))).toEqual({
        pointer: '/openapi',
        message: `unsupported OpenAPI version: found ${found}, the generator reads OpenAPI 3.1.x only`,
        hint: versionHint,
      });
    });
  }

  it('rejects an external $ref with the pointer of that $ref', async () => {
    const text =
      'openapi: 3.1.0\ncomponents:\n  schemas:\n    A: { $ref: "#/components/schemas/B" }\n    B:\n      properties:\n        c: { $ref: "common.yaml#/C" }\n';
    expect(codegenError(await load('e.yaml', text))).toEqual({
      pointer: '/components/schemas/B/properties/c/$ref',
      message:
        'external $ref "common.yaml#/C" is not supported: the generator reads one self-contained document',
      hint: 'bundle the spec into one file first (e.g. `npx redocly bundle <spec> -o <bundled.yaml>`) or move the referenced schema under #/components',
    });
  });

  it('reports invalid YAML with its line, a missing file and a non-object document', async () => {
    expect(codegenError(await load('bad.yaml', 'openapi: 3.1.0\npaths:\n  a: [1,\n'))).toMatchObject({
      pointer: '',
      message: expect.stringMatching(/^the spec is not valid YAML at line \d+: /),
      hint: 'fix the syntax error and run the generator again',
    });
    expect(
      codegenError(await loadDocument(path.join(dir, 'missing.yaml')).catch((error: unknown) => error)),
    ).toEqual({
      pointer: '',
      message: 'cannot read the spec file (ENOENT)',
      hint: 'check the path given with --spec',
    });
    expect(codegenError(await load('list.yaml', '- 1\n- 2\n'))).toEqual({
      pointer: '',
      message: 'the spec is not an OpenAPI document (expected an object at the top level)',
      hint: 'point --spec at an OpenAPI 3.1 document',
    });
  });
});
