import { type Config, createConfig } from '@redocly/openapi-core';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import ts from 'typescript';
import { CodegenError } from '../codegen-error.js';
import type { OpenApiDocument } from '../document/openapi-document.js';
import type { GeneratedFile } from '../generated-file.js';
import { formatTypeScript } from './format-typescript.js';
import { hoistNestedRefs } from './hoist-nested-refs.js';
import { OPTIONAL_IN_REQUEST, splitRequestForms } from './split-request-forms.js';

/** Options of {@link emitClientFiles}. */
export interface EmitClientOptions {
  /** Name of the emitted file, relative to the client output directory. Default `openapi.gen.ts`. */
  fileName?: string;
}

/**
 * Emits the openapi-fetch types of a document: `paths`, `components`, `operations` (openapi-typescript 7).
 *
 * Request bodies are ergonomic and responses exact: readOnly properties are `$Read<T>` (openapi-fetch's
 * `Writable` forbids them in bodies, `Readable` unwraps them in responses), writeOnly properties are `$Write<T>`,
 * a property with a `default` is required in responses (`defaultNonNullable`) and optional in requests (request
 * forms `<Name>Request`, see {@link splitRequestForms}), an object schema without properties is free-form
 * (`Record<string, unknown>`; with `additionalProperties: false` it stays `Record<string, never>`). `$ref`s into the inside of a component are hoisted
 * (see {@link hoistNestedRefs}). Output has no header line; `generate` adds it.
 *
 * @throws CodegenError - when openapi-typescript rejects the document.
 * @example const [file] = await emitClientFiles(document); // { path: 'openapi.gen.ts', contents: 'export …' }
 */
export async function emitClientFiles(
  document: OpenApiDocument,
  options: EmitClientOptions = {},
): Promise<GeneratedFile[]> {
  const prepared = structuredClone(document);
  hoistNestedRefs(prepared);
  splitRequestForms(prepared);
  let nodes: ts.Node[];
  try {
    nodes = await openapiTS(prepared as unknown as OpenAPI3, {
      readWriteMarkers: true,
      defaultNonNullable: true,
      // `type: object` without properties is a free-form object (`Record<string, unknown>`), not an empty one.
      emptyObjectsUnknown: true,
      silent: true,
      redocly: await lintConfig(),
      transform: closedEmptyObject,
      transformProperty: makeOptionalInRequest,
    });
  } catch (error) {
    throw toCodegenError(error);
  }
  return [{ path: options.fileName ?? 'openapi.gen.ts', contents: formatTypeScript(astToString(nodes)) }];
}

let lintConfigPromise: Promise<Config> | undefined;

/**
 * The Redocly config openapiTS lints with (its own default: the `minimal` rules plus unique operationIds), built once.
 * Why: openapiTS builds it on every call when not given one, which made emitting 2-3 times slower.
 */
function lintConfig(): Promise<Config> {
  lintConfigPromise ??= createConfig(
    { rules: { 'operation-operationId-unique': { severity: 'error' } } },
    { extends: ['minimal'] },
  );
  return lintConfigPromise;
}

/**
 * `type: object, additionalProperties: false` without properties admits only `{}`: `Record<string, never>`.
 * Why: with `emptyObjectsUnknown`, openapi-typescript would make it `Record<string, unknown>` like a free-form object.
 */
function closedEmptyObject(schema: unknown): ts.TypeNode | undefined {
  if (!schema || typeof schema !== 'object') return undefined;
  const node = schema as Record<string, unknown>;
  const hasProperties =
    typeof node.properties === 'object' &&
    node.properties !== null &&
    Object.keys(node.properties).length > 0;
  const composed = ['allOf', 'anyOf', 'oneOf', 'patternProperties'].some((key) => node[key] !== undefined);
  if (node.type !== 'object' || node.additionalProperties !== false || hasProperties || composed)
    return undefined;
  return ts.factory.createTypeReferenceNode('Record', [
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.NeverKeyword),
  ]);
}

function makeOptionalInRequest(
  property: ts.PropertySignature,
  schema: unknown,
): ts.PropertySignature | undefined {
  if (!schema || typeof schema !== 'object' || !(OPTIONAL_IN_REQUEST in schema)) return undefined;
  const questionToken = ts.factory.createToken(ts.SyntaxKind.QuestionToken);
  return ts.factory.updatePropertySignature(
    property,
    property.modifiers,
    property.name,
    questionToken,
    property.type,
  );
}

/** openapi-typescript reports problems as `#/pointer: message` (or plain messages); keep the pointer when present. */
function toCodegenError(error: unknown): CodegenError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(#\/[^\s:]*)/.exec(message);
  const pointer = match?.[1] ? match[1].slice(1) : '';
  return new CodegenError(
    pointer,
    `openapi-typescript cannot emit client types: ${message.split('\n')[0]}`,
    'fix the document at this location (it must be valid OpenAPI 3.1), then run the generator again',
  );
}
