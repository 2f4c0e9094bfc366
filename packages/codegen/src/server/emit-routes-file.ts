import type { GeneratedFile } from '../generated-file.js';
import { indentTail, literal, propertyKey, quote, toIdentifier } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import type { OpenApiDocument } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';
import { emitRequestBody } from './route-body.js';
import { deepObjectParameters, emitParameters } from './route-parameters.js';
import { emitResponses } from './route-responses.js';
import { SharedDeclarations } from './route-shared.js';

const PASSED_THROUGH = ['tags', 'summary', 'description', 'deprecated', 'externalDocs'] as const;
/** Runtime helpers routes.gen.ts may import from `@org-api/runtime`. */
const RUNTIME_HELPERS = [
  'deepObjectQuery',
  'formBody',
  'pathInteger',
  'queryArray',
  'queryBoolean',
  'queryCsv',
  'queryNumber',
];

/**
 * `routes.gen.ts`: `routes` (operationId → `createRoute(...)`), `securitySchemes` and `documentConfig` (the
 * document-level fields for `app.getOpenAPI31Document(documentConfig)`); the responses and parameters of
 * `components` that routes reference are declared once above them.
 */
export function emitRoutesFile(
  doc: OpenApiDocument,
  table: ComponentTable,
  operations: OperationInfo[],
): GeneratedFile {
  const helpers = new Set<string>();
  // Every identifier of the file's scope: exports, imports and the runtime helpers it may import.
  const used = new Set([
    'routes',
    'Routes',
    'securitySchemes',
    'documentConfig',
    'createRoute',
    'RouteConfig',
    'z',
    's',
  ]);
  for (const helper of RUNTIME_HELPERS) used.add(helper);
  const names = operations.map((op) => {
    let name = `${toIdentifier(op.id)}_route`;
    for (let n = 2; used.has(name); n++) name = `${toIdentifier(op.id)}_route${n}`;
    used.add(name);
    return name;
  });
  // One const per route keeps each inferred type small (a single object literal of hundreds of routes exceeds what
  // the compiler will serialise in declarations).
  const shared = new SharedDeclarations(used);
  const definitions = operations.map(
    (op, i) => `export const ${names[i]} = ${emitRoute(doc, table, op, helpers, shared)};\n`,
  );
  const routes = operations.map((op, i) => `${propertyKey(op.id)}: ${names[i]},`);
  const declarations = shared.emitted();
  const sharesResponses = declarations.some((code) => code.includes(" satisfies RouteConfig['responses']"));
  const out = [
    `import { createRoute, ${sharesResponses ? 'type RouteConfig, ' : ''}z } from '@hono/zod-openapi';`,
  ];
  if (helpers.size > 0) out.push(`import { ${[...helpers].sort().join(', ')} } from '@org-api/runtime';`);
  out.push("import * as s from './schemas.gen.js';", '');
  out.push(...declarations);
  out.push(...definitions);
  // Naming each route's type keeps the declaration of `routes` small.
  const types = operations.map((op, i) => `${propertyKey(op.id)}: typeof ${names[i]};`);
  out.push('/** The type of `routes`: operationId → its route. */');
  out.push(
    types.length === 0 ? 'export type Routes = {};' : `export type Routes = {\n  ${types.join('\n  ')}\n};`,
  );
  out.push('', '/** One route per operation, keyed by operationId, in document order. */');
  out.push(
    routes.length === 0
      ? 'export const routes: Routes = {};'
      : `export const routes: Routes = {\n  ${routes.join('\n  ')}\n};`,
  );
  out.push('', '/** `components.securitySchemes` of the source document. */');
  out.push(
    `export const securitySchemes: Record<string, Record<string, unknown>> = ${literal(doc.components?.securitySchemes ?? {})};`,
  );
  const config: Record<string, unknown> = {
    openapi: doc.openapi ?? '3.1.0',
    info: doc.info ?? { title: '', version: '' },
  };
  for (const key of ['jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs'] as const) {
    if (doc[key] !== undefined) config[key] = doc[key];
  }
  out.push(
    '',
    '/** Document-level fields of the source document: `app.getOpenAPI31Document(documentConfig)`. */',
  );
  out.push(`export const documentConfig = ${literal(config)};`);
  return { path: 'routes.gen.ts', contents: `${out.join('\n')}\n` };
}

/**
 * `security`, typed as `Record<string, string[]>[]` when it lists several requirements or empty scope lists: the
 * inferred element types (`never[]`, `{ A: …; B?: undefined }`) miss createRoute's constraint and TypeScript then
 * falls back to the constraint, losing the route's precise response types.
 */
function securityLiteral(security: unknown): string {
  const code = literal(security);
  if (!Array.isArray(security)) return code;
  const loose =
    security.length > 1 ||
    security.some((r) => Object.values(r ?? {}).some((s) => Array.isArray(s) && s.length === 0));
  return loose ? `${code} as Record<string, string[]>[]` : code;
}

function emitRoute(
  doc: OpenApiDocument,
  table: ComponentTable,
  op: OperationInfo,
  helpers: Set<string>,
  shared: SharedDeclarations,
): string {
  const fields = [
    `method: ${quote(op.method)},`,
    `path: ${quote(op.path)},`,
    `operationId: ${quote(op.id)},`,
  ];
  for (const key of PASSED_THROUGH)
    if (op.operation[key] !== undefined) fields.push(`${key}: ${literal(op.operation[key])},`);
  // Vendor extensions: zod-to-openapi copies unknown route fields into the published operation.
  for (const [key, value] of Object.entries(op.operation))
    if (key.startsWith('x-')) fields.push(`${propertyKey(key)}: ${literal(value)},`);
  if (op.operation.security !== undefined)
    fields.push(`security: ${securityLiteral(op.operation.security)},`);
  const deepObjects = deepObjectParameters(op);
  if (deepObjects.length > 0) {
    helpers.add('deepObjectQuery');
    fields.push(`middleware: [deepObjectQuery(${literal(deepObjects)})],`);
  }
  const request = emitParameters(doc, table, op, helpers, shared);
  const body = emitRequestBody(doc, table, op, helpers);
  if (body) request.push(body);
  if (request.length > 0) fields.push(`request: {\n  ${request.map(indentTail).join('\n  ')}\n},`);
  fields.push(emitResponses(doc, table, op, helpers, shared));
  return `createRoute({\n  ${fields.map(indentTail).join('\n  ')}\n})`;
}
