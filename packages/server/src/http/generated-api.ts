import type { OpenAPIHono, RouteConfig } from '@hono/zod-openapi';
import { createValidationHook, type ResponseValidators, validateResponse } from '@org-api/runtime';
import type { z } from 'zod';
import type { ApiDefinition, DocumentConfig } from './api-definition.js';
import type { AppEnv } from './app-env.js';
import type { OperationTable } from './operation-table.js';

/** The exports of `src/generated/*.gen.ts` the app uses. */
export interface GeneratedModules<H> {
  operations: OperationTable;
  routes: Record<string, RouteConfig>;
  registerRoutes(app: OpenAPIHono<AppEnv>, handlers: H): void;
  responseValidators: ResponseValidators;
  documentConfig: DocumentConfig;
}

const JSON_MEDIA_TYPE = 'application/json';

/**
 * The route as VALIDATED at run time: only its JSON body. The request-body middleware turns every accepted body
 * (JSON or form) into JSON before validation, so a form media type must not get its own validator — with
 * `required: true`, @hono/zod-openapi would run the form validator on JSON requests too and reject them. The
 * emitted document keeps the full route (registered separately).
 */
function validatedRoute(route: RouteConfig): RouteConfig {
  const content = route.request?.body?.content;
  if (!content || !(JSON_MEDIA_TYPE in content) || Object.keys(content).length === 1) return route;
  const json = content[JSON_MEDIA_TYPE];
  if (!json) return route;
  return {
    ...route,
    request: { ...route.request, body: { ...route.request?.body, content: { [JSON_MEDIA_TYPE]: json } } },
  };
}

/**
 * An app view for the generated `registerRoutes`: each `app.openapi(route, handler)` registers the FULL route in
 * the OpenAPI registry (the document stays identical to the spec) and the handler with JSON-only validators.
 */
function withJsonOnlyValidation(app: OpenAPIHono<AppEnv>): OpenAPIHono<AppEnv> {
  const openapi = ((route: RouteConfig, handler: never, hook?: never) => {
    app.openAPIRegistry.registerPath(route);
    app.openapi({ ...validatedRoute(route), hide: true } as RouteConfig, handler, hook);
    return view;
  }) as unknown as OpenAPIHono<AppEnv>['openapi'];
  const view: OpenAPIHono<AppEnv> = new Proxy(app, {
    get(target, property, receiver) {
      if (property === 'openapi') return openapi;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return view;
}

/**
 * Builds the app's {@link ApiDefinition} from the generated modules and `@org-api/runtime`: the operations
 * table, route registration, form-body coercion schemas, strict response validation, the 400 validation hook and
 * the document config.
 *
 * @example
 * import * as generated from '../generated/index.js';
 * const api = createGeneratedApi({ ...generated });
 */
export function createGeneratedApi<H>(modules: GeneratedModules<H>): ApiDefinition<H> {
  return {
    operations: modules.operations,
    registerRoutes: (app, handlers) => modules.registerRoutes(withJsonOnlyValidation(app), handlers),
    bodySchemaFor: (operationId) => {
      const media = modules.routes[operationId]?.request?.body?.content?.[JSON_MEDIA_TYPE];
      return media && 'schema' in media ? (media.schema as z.ZodType) : undefined;
    },
    validateResponse: (operationId, status, body) =>
      validateResponse(modules.responseValidators, operationId, status, body),
    defaultHook: createValidationHook() as unknown as NonNullable<ApiDefinition<H>['defaultHook']>,
    documentConfig: modules.documentConfig,
  };
}
