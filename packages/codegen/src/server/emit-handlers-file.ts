import type { GeneratedFile } from '../generated-file.js';
import { propertyKey, quote } from '../schema/code-literal.js';
import { dereference } from '../schema/json-pointer.js';
import { asObject, type OpenApiDocument } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';

const JSON_MEDIA = /^application\/([\w.-]+\+)?json$/i;

/**
 * `handlers.gen.ts`: the `Handlers<E>` type (one typed handler per operation), `registerRoutes(app, handlers)`
 * (the runtime's `registerApi`: components, security schemes, then every route once) and `responseValidators` (operationId → status → strict schema,
 * `null` for a declared status without a JSON body).
 */
export function emitHandlersFile(doc: OpenApiDocument, operations: OperationInfo[]): GeneratedFile {
  const out = [
    "import type { OpenAPIHono, RouteHandler, z } from '@hono/zod-openapi';",
    "import { type RegisterOptions, registerApi, strictResponse } from '@org-api/runtime';",
    "import type { Env } from 'hono';",
    "import type { OperationId } from './operations.gen.js';",
    "import { routes, securitySchemes } from './routes.gen.js';",
    "import { componentSchemas } from './schemas.gen.js';",
    '',
    '/** One handler per operation; a missing operation, an undeclared status or a wrong field type fails to compile. */',
    'export type Handlers<E extends Env = Env> = { [K in OperationId]: RouteHandler<(typeof routes)[K], E> };',
    '',
    '/**',
    ' * Registers every component schema, security scheme and route on the app, each route once: published and',
    ' * validated as declared (`registerApi` of @org-api/runtime). Throws, naming them, when operations have no handler.',
    ' */',
    'export function registerRoutes<E extends Env>(',
    '  app: OpenAPIHono<E>,',
    '  handlers: Handlers<E>,',
    '  options?: RegisterOptions,',
    '): void {',
    '  registerApi(app, { componentSchemas, securitySchemes, routes }, handlers, options);',
    '}',
    '',
    '/** operationId → status → strict response schema (an undeclared property anywhere fails); null: no JSON body. */',
    'export const responseValidators: Record<OperationId, Record<string, z.ZodType | null>> = {',
  ];
  for (const op of operations) {
    out.push(`  ${propertyKey(op.id)}: {`);
    for (const [status, raw] of Object.entries(asObject(op.operation.responses) ?? {})) {
      const content = asObject(asObject(dereference(doc, raw, op.pointer).value)?.content);
      const media = Object.keys(content ?? {}).find((m) => JSON_MEDIA.test(m));
      const schema =
        media === undefined
          ? 'null'
          : `strictResponse(routes${access(op.id)}.responses${access(status)}.content[${quote(media)}].schema)`;
      out.push(`    ${propertyKey(status)}: ${schema},`);
    }
    out.push('  },');
  }
  out.push('};', '');
  return { path: 'handlers.gen.ts', contents: out.join('\n') };
}

function access(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${/^[0-9]+$/.test(key) ? key : quote(key)}]`;
}
