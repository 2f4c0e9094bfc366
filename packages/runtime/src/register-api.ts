import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { zValidator } from '@hono/zod-validator';
import type { Env, MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { type BodyHook, type RequestBodyOptions, validateRequestBody } from './request/request-body.js';

/** The generated modules `registerApi` takes: `componentSchemas`, `securitySchemes` and `routes`. */
export interface GeneratedApi {
  /** Component name → its zod schema (`schemas.gen.ts`). */
  componentSchemas: ReadonlyArray<readonly [string, z.ZodType]>;
  /** `components.securitySchemes` of the source document (`routes.gen.ts`). */
  securitySchemes: Readonly<Record<string, Record<string, unknown>>>;
  /** operationId → its route (`routes.gen.ts`). */
  routes: Readonly<Record<string, RouteConfig>>;
}

/** Options of the generated `registerRoutes` (see {@link RequestBodyOptions}). */
export type RegisterOptions = RequestBodyOptions;

/** Thrown by {@link registerApi} when operations have no handler (before anything is registered). */
export class MissingHandlersError extends Error {
  constructor(readonly operationIds: readonly string[]) {
    super(`no handler for ${operationIds.length} operation(s): ${operationIds.join(', ')}`);
    this.name = 'MissingHandlersError';
  }
}

/**
 * What the generated `registerRoutes(app, handlers)` does: checks that every operation has a handler (else throws
 * {@link MissingHandlersError} naming them, so a missing handler fails at start-up, not with a 404 later), then
 * registers the component schemas, the security schemes and every route once ({@link registerRoute}).
 *
 * @example registerApi(app, { componentSchemas, securitySchemes, routes }, handlers, { acceptFormBodies: true });
 */
export function registerApi<E extends Env>(
  app: OpenAPIHono<E>,
  api: GeneratedApi,
  handlers: object,
  options: RegisterOptions = {},
): void {
  // `object`, not an index signature: relating the generated `Handlers<E>` to one resolves the type of every handler
  // (all request and response types) just to compare them with `unknown`, a large part of the generated code's type
  // check. The generated `registerRoutes` types the handlers; this only looks them up by operationId.
  const byOperation = handlers as Readonly<Record<string, unknown>>;
  const missing = Object.keys(api.routes).filter(
    (operationId) => typeof byOperation[operationId] !== 'function',
  );
  if (missing.length > 0) throw new MissingHandlersError(missing);
  for (const [name, schema] of api.componentSchemas) app.openAPIRegistry.register(name, schema);
  for (const [name, scheme] of Object.entries(api.securitySchemes)) {
    app.openAPIRegistry.registerComponent('securitySchemes', name, scheme as never);
  }
  for (const [operationId, route] of Object.entries(api.routes)) {
    registerRoute(app, route, byOperation[operationId], options);
  }
}

/**
 * Registers one route ONCE, in the shape it is declared: published in the app's OpenAPI document as declared (its
 * `middleware` is not part of the document) and validated as declared — its own middleware, then the query, path,
 * header and cookie validators (@hono/zod-validator, as @hono/zod-openapi's `app.openapi` runs them), then the one
 * body adapter {@link validateRequestBody}, then the handler. Failures go to the app's `defaultHook`.
 *
 * @example registerRoute(app, routes.pets_create, handlers.pets_create);
 */
export function registerRoute<E extends Env>(
  app: OpenAPIHono<E>,
  route: RouteConfig,
  handler: unknown,
  options: RequestBodyOptions = {},
): void {
  const { middleware, hide, ...declared } = route;
  if (!hide) app.openAPIRegistry.registerPath(declared as RouteConfig);
  const hook: BodyHook = (result, c) => app.defaultHook?.(result as never, c as never);
  const request = route.request;
  const validators: MiddlewareHandler[] = [];
  if (request?.query) validators.push(zValidator('query', request.query, hook as never));
  if (request?.params) validators.push(zValidator('param', request.params as z.ZodType, hook as never));
  if (request?.headers) validators.push(zValidator('header', request.headers as z.ZodType, hook as never));
  if (request?.cookies) validators.push(zValidator('cookie', request.cookies, hook as never));
  if (request?.body) validators.push(validateRequestBody(request.body, hook, options));
  const own = middleware === undefined ? [] : Array.isArray(middleware) ? middleware : [middleware];
  const path = route.path.replaceAll(/\/{(.+?)}/g, '/:$1');
  app.on(
    [route.method],
    [path],
    ...(own as MiddlewareHandler[]),
    ...validators,
    handler as MiddlewareHandler,
  );
}
