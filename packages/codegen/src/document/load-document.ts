import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load as loadYaml, YAMLException } from 'js-yaml';
import { CodegenError } from '../codegen-error.js';
import { findExternalRef } from './find-external-ref.js';
import type { LoadedDocument, OpenApiDocument } from './openapi-document.js';

const SUPPORTED_VERSION = /^3\.1\.\d+$/;

/**
 * Reads an OpenAPI 3.1.x document (YAML, or JSON when the file ends in `.json`) and checks what the emitters
 * rely on: the version, and that every `$ref` is local. Local `$ref`s are NOT resolved here.
 *
 * @param specPath - path of the spec; resolved against the current directory.
 * @throws CodegenError - unreadable or unparsable file (pointer ``), wrong version (pointer `/openapi`), an external
 *   `$ref` (pointer of that `$ref`).
 * @example const { document } = await loadDocument('openapi/organizations.yaml');
 */
export async function loadDocument(specPath: string): Promise<LoadedDocument> {
  const absolutePath = path.resolve(specPath);
  const text = await readSpecText(absolutePath);
  const document = parseSpecText(text, absolutePath);
  checkVersion(document);
  const externalRef = findExternalRef(document);
  if (externalRef) {
    throw new CodegenError(
      externalRef.pointer,
      `external $ref "${externalRef.ref}" is not supported: the generator reads one self-contained document`,
      'bundle the spec into one file first (e.g. `npx redocly bundle <spec> -o <bundled.yaml>`) or move the referenced schema under #/components',
    );
  }
  return { specPath: absolutePath, document };
}

async function readSpecText(absolutePath: string): Promise<string> {
  try {
    return await readFile(absolutePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new CodegenError('', `cannot read the spec file (${code})`, 'check the path given with --spec');
  }
}

function parseSpecText(text: string, absolutePath: string): OpenApiDocument {
  let parsed: unknown;
  try {
    // js-yaml with the YAML 1.2 core schema (JSON-compatible scalars, no timestamps or merge keys): the same values
    // as the `yaml` package's default, in a quarter of the time on a cold process.
    parsed = absolutePath.endsWith('.json') ? JSON.parse(text) : loadYaml(text, { schema: CORE_SCHEMA });
  } catch (error) {
    const yamlError = error instanceof YAMLException ? error : undefined;
    const where = yamlError ? ` at line ${yamlError.mark.line + 1}` : '';
    const reason = yamlError
      ? yamlError.reason
      : error instanceof Error
        ? error.message.split('\n')[0]
        : String(error);
    throw new CodegenError(
      '',
      `the spec is not valid ${absolutePath.endsWith('.json') ? 'JSON' : 'YAML'}${where}: ${reason}`,
      'fix the syntax error and run the generator again',
    );
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new CodegenError(
      '',
      'the spec is not an OpenAPI document (expected an object at the top level)',
      'point --spec at an OpenAPI 3.1 document',
    );
  }
  return parsed as OpenApiDocument;
}

function checkVersion(document: Record<string, unknown>): asserts document is OpenApiDocument {
  const version = document.openapi;
  if (typeof version === 'string' && SUPPORTED_VERSION.test(version)) return;
  const found =
    typeof version === 'string'
      ? `OpenAPI ${version}`
      : typeof document.swagger === 'string'
        ? `Swagger ${document.swagger}`
        : 'no "openapi" version field';
  throw new CodegenError(
    '/openapi',
    `unsupported OpenAPI version: found ${found}, the generator reads OpenAPI 3.1.x only`,
    'set `openapi: 3.1.0` and convert 3.0 constructs (e.g. `nullable: true` → `type: [T, "null"]`, `example` → `examples`)',
  );
}
