import type { Hook, OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv } from './app-env.js';
import type { OperationTable } from './operation-table.js';

/** The argument of `app.getOpenAPI31Document(...)`. */
export type DocumentConfig = Parameters<OpenAPIHono<AppEnv>['getOpenAPI31Document']>[0];

/** Outcome of validating one response against the spec. */
export type ResponseCheck = { ok: true } | { ok: false; attr: string; message: string };

/**
 * What the app needs from the generated layer (`src/generated/*.gen.ts` + `@org-api/runtime`), as one
 * value so tests can pass a small literal one. `generated-api.ts` builds the real one.
 */
export interface ApiDefinition<H> {
  /** The generated `operations` table. */
  operations: OperationTable;
  /** Registers every generated route with its handler on the app. */
  registerRoutes(app: OpenAPIHono<AppEnv>, handlers: H): void;
  /** The route's JSON request body schema (to coerce form bodies), if it has one. */
  bodySchemaFor?(operationId: string): z.ZodType | undefined;
  /** Strict response validation (generated `responseValidators` + runtime `validateResponse`). */
  validateResponse?(operationId: string, status: number, body: unknown): ResponseCheck;
  /** The validation hook answering 400 with upstream bodies (runtime `createValidationHook()`). */
  // biome-ignore lint/suspicious/noExplicitAny: zod-openapi's Hook is generic over the route's input types
  defaultHook?: Hook<any, AppEnv, any, any>;
  /** `openapi`, `info`, `servers`, `tags` of the emitted document (`/api/schema/`); generated `documentConfig`. */
  documentConfig?: DocumentConfig;
}
