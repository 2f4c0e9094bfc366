/// <reference path="./openapi-typescript-internals.d.ts" />
import type { GlobalContext, OpenAPI3, OpenAPITSOptions } from 'openapi-typescript';
import { astToString } from 'openapi-typescript/dist/lib/ts.mjs';
import { resolveRef, scanDiscriminators } from 'openapi-typescript/dist/lib/utils.mjs';
import transformSchema from 'openapi-typescript/dist/transform/index.mjs';
import ts from 'typescript';
import { CodegenError } from '../codegen-error.js';
import type { OpenApiDocument } from '../document/openapi-document.js';
import type { GeneratedFile } from '../generated-file.js';
import { formatTypeScript } from './format-typescript.js';
import { hoistNestedRefs } from './hoist-nested-refs.js';
import { aliasRecursiveSchemas, eagerlyRecursiveSchemas } from './recursive-aliases.js';
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
 * (`Record<string, unknown>`; with `additionalProperties: false` it stays `Record<string, never>`). `$ref`s into the
 * inside of a component are hoisted (see {@link hoistNestedRefs}); a schema that refers to itself outside object
 * properties (a JSON value) gets a recursive type alias (see {@link aliasRecursiveSchemas}). Output has no header
 * line; `generate` adds it.
 *
 * @throws CodegenError - when openapi-typescript rejects the document.
 * @example const [file] = await emitClientFiles(document); // { path: 'openapi.gen.ts', contents: 'export …' }
 */
export async function emitClientFiles(
  document: OpenApiDocument,
  options: EmitClientOptions = {},
): Promise<GeneratedFile[]> {
  const prepared = structuredClone(document);
  // As Redocly's bundle did for openapiTS: a document without components gets empty ones (an interface of `never`s).
  prepared.components ??= {};
  hoistNestedRefs(prepared);
  splitRequestForms(prepared);
  let nodes: ts.Node[];
  try {
    nodes = transformSchema(
      prepared as unknown as OpenAPI3,
      transformContext(prepared as unknown as OpenAPI3),
    );
    nodes = aliasRecursiveSchemas(nodes, eagerlyRecursiveSchemas(prepared));
  } catch (error) {
    throw toCodegenError(error);
  }
  return [{ path: options.fileName ?? 'openapi.gen.ts', contents: formatTypeScript(astToString(nodes)) }];
}

/** The options openapi-typescript runs with (see the module documentation of {@link emitClientFiles}). */
const OPTIONS: OpenAPITSOptions = {
  readWriteMarkers: true,
  defaultNonNullable: true,
  // `type: object` without properties is a free-form object (`Record<string, unknown>`), not an empty one.
  emptyObjectsUnknown: true,
  silent: true,
  transform: closedEmptyObject,
  transformProperty: makeOptionalInRequest,
};

/**
 * openapi-typescript's transform context for {@link OPTIONS}, as its `openapiTS()` builds it.
 * Why not `openapiTS()` itself: before transforming, it lints and bundles the document with @redocly/openapi-core,
 * which took two thirds of a cold run (loading Redocly, its lint and its bundle) and adds nothing here: the document
 * is one self-contained file (external `$ref`s are rejected by the loader) that the server emitter has already
 * checked, and the transform reports what it cannot type (see {@link toCodegenError}).
 */
function transformContext(schema: OpenAPI3): GlobalContext {
  return {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: OPTIONS.defaultNonNullable ?? true,
    discriminators: scanDiscriminators(schema, OPTIONS),
    emptyObjectsUnknown: OPTIONS.emptyObjectsUnknown ?? false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as never,
    silent: true,
    inject: undefined,
    transform: OPTIONS.transform,
    transformProperty: OPTIONS.transformProperty,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: OPTIONS.readWriteMarkers ?? false,
    resolve($ref) {
      return resolveRef(schema, $ref, { silent: true });
    },
  };
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
