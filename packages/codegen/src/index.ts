/**
 * @org-api/codegen — OpenAPI 3.1 → @hono/zod-openapi server skeleton + openapi-fetch client types.
 * The CLI (`src/cli.ts`, `npm run generate`) is the usual entry point; these are the same steps as a library.
 */
export { type EmitClientOptions, emitClientFiles } from './client/emit-client.js';
export { CodegenError, type CodegenWarning } from './codegen-error.js';
export { loadDocument } from './document/load-document.js';
export type { LoadedDocument, OpenApiDocument } from './document/openapi-document.js';
export { describeDrift, type StaleFile } from './drift/describe-drift.js';
export {
  type FileResult,
  type GenerateOptions,
  type GenerateResult,
  generate,
  headerLine,
  type PlannedFile,
  planFiles,
  REPO_ROOT,
} from './generate.js';
export type { GeneratedFile } from './generated-file.js';
export { type EmitServerOptions, emitServerFiles } from './server/emit-server.js';
