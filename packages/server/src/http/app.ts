import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Mailer } from '../mail/mailer.js';
import type { Store } from '../store/store.js';
import type { ApiDefinition } from './api-definition.js';
import { ApiError } from './api-error.js';
import type { AppDeps, AppEnv, Clock, HttpSettings } from './app-env.js';
import { authenticate, authenticateKey } from './auth-middleware.js';
import { createErrorHandler, notFoundHandler } from './error-handler.js';
import { type Logger, silentLogger } from './logger.js';
import { compileOperationMatcher, type OperationMatcher } from './operation-matcher.js';
import { DEFAULT_MAX_BODY_BYTES, normalizeRequestBody } from './request-body.js';
import { logRequests } from './request-logger.js';
import { validateResponses } from './response-validation.js';
import { DEFAULT_DOCS_PATH, DEFAULT_SPEC_PATH, registerStaticRoutes } from './static-routes.js';
import { redirectMissingTrailingSlash } from './trailing-slash.js';

/** Options of {@link createApp}. */
export interface AppOptions<H> {
  store: Store;
  clock: Clock;
  mailer: Mailer | null;
  config: HttpSettings & { specPath?: string | undefined; docsPath?: string | undefined };
  /** The generated layer (operations, routes, validators); see `generated-api.ts` for the real one. */
  api: ApiDefinition<H>;
  /** Handlers of every operation, built from the app's dependencies. Without them only matching/auth run. */
  handlers?: ((deps: AppDeps) => H) | undefined;
  /** Receives one line per request and every error (default: silent). */
  logger?: Logger | undefined;
}

const DEFAULT_DOCUMENT_CONFIG = { openapi: '3.1.0', info: { title: 'Organizations API', version: '1.0.0' } };

/**
 * Builds the server app. Nothing is global: tests build as many apps as they like and call `app.fetch`.
 * Pipeline: request id + log line → trailing-slash redirect → operation match (405 on a wrong method) →
 * authentication, scopes, organization → body limit/parsing → generated validators + handler → response validation
 * (when `config.validateResponses`) → one error handler writing upstream bodies. Unknown routes → 404 body.
 *
 * @example
 * const app = createApp({ store, clock: systemClock, mailer: null, config: {}, api: generatedApi, handlers });
 * const res = await app.fetch(new Request('http://localhost/healthz'));
 */
export function createApp<H>(options: AppOptions<H>): OpenAPIHono<AppEnv> {
  const logger = options.logger ?? silentLogger;
  const deps: AppDeps = {
    store: options.store,
    clock: options.clock,
    mailer: options.mailer,
    settings: options.config,
    logger,
  };
  const { api } = options;
  const matcher = compileOperationMatcher(api.operations);
  const app = new OpenAPIHono<AppEnv>(api.defaultHook ? { defaultHook: api.defaultHook } : {});

  app.use('*', logRequests(logger));
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });
  app.use('*', redirectMissingTrailingSlash(matcher));
  app.use('*', matchOperation(matcher));
  app.use('*', onlyForOperations(authenticate()));
  app.use(
    '*',
    onlyForOperations(
      normalizeRequestBody({
        maxBytes: options.config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
        bodySchemaFor: api.bodySchemaFor?.bind(api),
      }),
    ),
  );
  if (options.config.validateResponses && api.validateResponse) {
    app.use('*', onlyForOperations(validateResponses(api.validateResponse.bind(api), logger)));
  }

  if (options.handlers) api.registerRoutes(app, options.handlers(deps));
  registerStaticRoutes(app, {
    specPath: options.config.specPath ?? DEFAULT_SPEC_PATH,
    docsPath: options.config.docsPath ?? DEFAULT_DOCS_PATH,
    documentConfig: api.documentConfig ?? DEFAULT_DOCUMENT_CONFIG,
    ping: async () => {
      await options.store.getOrganization('00000000-0000-0000-0000-000000000000');
    },
  });

  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(logger));
  return app;
}

/**
 * Sets `operation` for requests matching the operations table. When only the method is wrong: 401 without valid
 * credentials (upstream authenticates first), else 405 with `Allow`.
 */
function matchOperation(matcher: OperationMatcher): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const match = matcher.match(c.req.method, c.req.path);
    if (match.kind === 'method-not-allowed') {
      await authenticateKey(c); // upstream answers 401 before 405
      throw ApiError.methodNotAllowed(c.req.method, match.allowed);
    }
    if (match.kind === 'match') {
      const { operationId, operation, params } = match;
      c.set('operation', { operationId, operation, params });
    }
    await next();
  };
}

/** Runs `middleware` only when the request matched an operation (static routes and 404s skip it). */
function onlyForOperations(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (c.get('operation') ? middleware(c, next) : next());
}
