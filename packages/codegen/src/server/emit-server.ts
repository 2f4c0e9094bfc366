import { CodegenError, type CodegenWarning } from '../codegen-error.js';
import type { GeneratedFile } from '../generated-file.js';
import { buildComponentTable } from '../schema/component-table.js';
import { asObject, type OpenApiDocument, type SchemaNode } from '../schema/openapi-types.js';
import { emitHandlersFile } from './emit-handlers-file.js';
import { emitOperationsFile } from './emit-operations-file.js';
import { emitRoutesFile } from './emit-routes-file.js';
import { emitSchemasFile } from './emit-schemas-file.js';
import { collectOperations } from './operation-list.js';
import { requestSchemas } from './route-body.js';
import { responseSchemas } from './route-responses.js';

/** Options of {@link emitServerFiles}. */
export interface EmitServerOptions {
  /**
   * true (default): OpenAPI 3.0 leftovers in a 3.1 document are errors. false: they are translated —
   * `minimum: n, exclusiveMinimum: true` → `exclusiveMinimum: n` (same for maximum), `nullable: true` → also null,
   * schema `examples` maps → lists (see `translateOpenApi30`).
   */
  strict?: boolean;
  /** Called once per translated node (lenient mode), in the order the emitter meets them. */
  onWarning?: (warning: CodegenWarning) => void;
}

/**
 * Emits the server side of an OpenAPI 3.1 document: `schemas.gen.ts` (zod schemas, request/response forms),
 * `routes.gen.ts` (`createRoute` per operation), `operations.gen.ts` (method/path/scopes table) and
 * `handlers.gen.ts` (`Handlers<E>`, `registerRoutes`, `responseValidators`). Contents have no header line.
 *
 * @param doc The parsed document (local `$ref`s unresolved).
 * @throws CodegenError naming the JSON pointer of a construct that cannot be expressed.
 * @example
 * const files = emitServerFiles(parse(readFileSync('openapi/organizations.yaml', 'utf8')));
 */
export function emitServerFiles(doc: unknown, options: EmitServerOptions = {}): GeneratedFile[] {
  const document = asObject(doc) as OpenApiDocument | undefined;
  if (!document)
    throw new CodegenError('', 'the document is not an object', 'Pass the parsed OpenAPI document.');
  const operations = collectOperations(document);
  const seen = new Set<string>();
  const table = buildComponentTable(
    document,
    {
      request: operations.flatMap((op) => requestSchemas(document, op) as SchemaNode[]),
      response: operations.flatMap((op) => responseSchemas(document, op) as SchemaNode[]),
    },
    options.strict ?? true,
    (pointer, message) => {
      // The same node is emitted more than once (request and response forms, inlined refs): report it once.
      const key = `${pointer}\n${message}`;
      if (seen.has(key)) return;
      seen.add(key);
      options.onWarning?.({ pointer, message });
    },
  );
  return [
    emitSchemasFile(document, table),
    emitRoutesFile(document, table, operations),
    emitOperationsFile(document, operations),
    emitHandlersFile(document, operations),
  ];
}
