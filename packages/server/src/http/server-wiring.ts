import { type Handlers, registerRoutes, responseValidators } from '../generated/handlers.gen.js';
import { operations } from '../generated/operations.gen.js';
import { documentConfig, routes } from '../generated/routes.gen.js';
import { createHandlers, withUpstreamValidationMessages } from '../handlers/index.js';
import { registerLegalDocumentDownloadRoute } from '../handlers/legal-document-download-route.js';
import type { ApiDefinition } from './api-definition.js';
import { type AppOptions, createApp } from './app.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { createGeneratedApi } from './generated-api.js';

const generatedApi = withUpstreamValidationMessages(
  createGeneratedApi<Handlers<AppEnv>>({
    operations,
    routes,
    registerRoutes,
    responseValidators,
    documentConfig,
  }),
);

/**
 * The real API definition: the generated modules of `openapi/organizations.yaml` + the codegen runtime, plus the
 * one plain route outside the spec: the short-lived signed PDF URL that `legal_documents_download_retrieve`
 * redirects to.
 */
export const api: ApiDefinition<Handlers<AppEnv>> = {
  ...generatedApi,
  registerRoutes(app, handlers) {
    generatedApi.registerRoutes(app, handlers);
    registerLegalDocumentDownloadRoute(app);
  },
};

/** The handlers of every operation, built from the app's dependencies (`src/handlers/index.ts`). */
export const handlers: ((deps: AppDeps) => Handlers<AppEnv>) | undefined = createHandlers;

/**
 * `createApp` with the real API definition and (by default) the real handlers: what tests of the handlers and the
 * contract runner use in-process.
 *
 * @example
 * const app = createServerApp({ store, clock: systemClock, mailer: null, config: { validateResponses: true } });
 * const client = createClient({ fetch: app.fetch });
 */
export function createServerApp(
  options: Omit<AppOptions<Handlers<AppEnv>>, 'api' | 'handlers'> & {
    handlers?: ((deps: AppDeps) => Handlers<AppEnv>) | undefined;
  },
) {
  return createApp({ ...options, api, handlers: options.handlers ?? handlers });
}
