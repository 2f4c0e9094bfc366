import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors/api-error.js';
import { createErrorHandler, notFoundHandler } from '../errors/error-handler.js';
import { createUpstreamValidationHook } from '../errors/validation-hook.js';
import { type Handlers, registerRoutes } from '../generated/handlers.gen.js';
import { type OperationId, operations } from '../generated/operations.gen.js';
import { createHandlers } from '../handlers/index.js';
import { registerLegalDocumentDownloadRoute } from '../handlers/legal-document-download-route.js';
import type { Mailer } from '../mail/mailer.js';
import type { Store } from '../store/store.js';
import { checkAllowedHost } from './allowed-hosts.js';
import type { AppDeps, AppEnv, Clock, HttpSettings } from './app-env.js';
import { authenticate, authenticateKey } from './auth-middleware.js';
import { DEFAULT_MAX_BODY_BYTES, limitRequestBody } from './body-limit.js';
import { allowCorsOrigins } from './cors.js';
import { type Logger, silentLogger } from './logger.js';
import { Metrics } from './metrics.js';
import { compileOperationMatcher, type OperationMatcher } from './operation-matcher.js';
import { limitRequestRate } from './rate-limit.js';
import { observeRequests } from './request-logger.js';
import { preventCachingSecrets, setNosniff } from './response-headers.js';
import { validateResponses } from './response-validation.js';
import { DEFAULT_DOCS_PATH, DEFAULT_SPEC_PATH, registerStaticRoutes } from './static-routes.js';
import { redirectMissingTrailingSlash } from './trailing-slash.js';

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  clock: Clock;
  mailer: Mailer | null;
  config: HttpSettings & { specPath?: string; docsPath?: string };
  /**
   * The handler of every operation, built from the app's dependencies: default `createHandlers` (`src/handlers/`).
   * Tests pass their own (`{ ...createHandlers(deps), members_list: … }`); one missing fails at once, naming it.
   */
  handlers?: (deps: AppDeps) => Handlers<AppEnv>;
  /** Receives one line per request and every error (default: silent). */
  logger?: Logger;
}

/**
 * Builds the server app: the generated routes of `openapi/organizations.yaml` with their handlers. Nothing is global:
 * tests build as many apps as they like and call `app.fetch`. A request passes, in order: request id, log line and metrics
 * (`request-logger.ts`) → `nosniff` → host check (400 for a host outside `config.allowedHosts`) → CORS
 * (`config.corsOrigins`; preflights are answered here) → trailing-slash redirect → operation match (405 on a wrong
 * method) → `no-store` on secret-bearing operations → authentication, scopes, organization → rate limit (when
 * `config.rateLimits`) → body size limit → the route's generated validators (the runtime's body adapter) → handler →
 * response validation (when `config.validateResponses`) → one error handler writing upstream bodies. Unknown routes
 * → the 404 body.
 *
 * @example
 * const app = createApp({ store, clock: systemClock, mailer: null, config: { validateResponses: true } });
 * const client = createClient<paths>({ baseUrl: 'http://localhost', fetch: app.fetch });
 */
export function createApp(options: AppOptions): OpenAPIHono<AppEnv> {
  const logger = options.logger ?? silentLogger;
  const metrics = new Metrics();
  const deps: AppDeps = {
    store: options.store,
    clock: options.clock,
    mailer: options.mailer,
    settings: options.config,
    logger,
    metrics,
  };
  const matcher = compileOperationMatcher(operations);
  const app = new OpenAPIHono<AppEnv>({ defaultHook: createUpstreamValidationHook() });

  app.use(observeRequests(logger, metrics));
  app.use(function prepareContext(c, next) {
    c.set('deps', deps);
    setNosniff(c);
    return next();
  });
  if (options.config.allowedHosts) app.use(checkAllowedHost(options.config.allowedHosts));
  if (options.config.corsOrigins?.length) app.use(allowCorsOrigins(options.config.corsOrigins));
  app.use(redirectMissingTrailingSlash(matcher));
  app.use(matchOperation(matcher));
  app.use(onlyForOperations(authenticate()));
  const { rateLimits = [] } = options.config;
  if (rateLimits.length > 0) app.use(onlyForOperations(limitRequestRate(rateLimits)));
  app.use(onlyForOperations(limitRequestBody(options.config.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)));
  if (options.config.validateResponses) app.use(onlyForOperations(validateResponses(logger)));

  // Form bodies on every route with a body, as upstream's global form parser (the spec lists them on most).
  registerRoutes(app, (options.handlers ?? createHandlers)(deps), { acceptFormBodies: true });
  registerLegalDocumentDownloadRoute(app);
  registerStaticRoutes(app, {
    specPath: options.config.specPath ?? DEFAULT_SPEC_PATH,
    docsPath: options.config.docsPath ?? DEFAULT_DOCS_PATH,
    ping: async () => {
      await options.store.getOrganization('00000000-0000-0000-0000-000000000000');
    },
    ...(options.config.metrics === false ? {} : { metrics }),
  });

  app.notFound(notFoundHandler);
  app.onError(createErrorHandler(logger));
  return app;
}

/**
 * Sets `operation` for requests matching the operations table (and `no-store` on secret-bearing ones: see
 * `response-headers.ts`). When only the method is wrong: 401 without valid
 * credentials (upstream authenticates first), else 405 with `Allow`.
 */
function matchOperation(matcher: OperationMatcher): MiddlewareHandler<AppEnv> {
  return async function matchOperation(c, next) {
    const match = matcher.match(c.req.method, c.req.path);
    if (match.kind === 'method-not-allowed') {
      await authenticateKey(c); // upstream answers 401 before 405
      throw ApiError.methodNotAllowed(c.req.method, match.allowed);
    }
    if (match.kind === 'match') {
      const { operationId, operation, params } = match;
      c.set('operation', { operationId, operation, params });
      preventCachingSecrets(c, operationId as OperationId);
    }
    await next();
  };
}

/** Runs `middleware` only when the request matched an operation (static routes and 404s skip it). */
function onlyForOperations(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return function onlyForOperations(c, next) {
    return c.get('operation') ? middleware(c, next) : next();
  };
}
