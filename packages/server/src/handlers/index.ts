import type { Handlers } from '../generated/handlers.gen.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { createInviteHandlers } from './invites-handlers.js';
import { createLegalDocumentHandlers } from './legal-documents-handlers.js';
import { createMemberHandlers } from './members-handlers.js';
import { createOAuthApplicationHandlers } from './oauth-applications-handlers.js';
import { createProjectHandlers } from './projects-handlers.js';

/**
 * The handlers of every operation, one factory per resource. A missing operation fails to compile
 * (`Handlers<AppEnv>` is generated from the spec).
 *
 * @example
 * const app = createApp({ store, clock, mailer: null, config: {}, handlers: createHandlers });
 */
export function createHandlers(deps: AppDeps): Handlers<AppEnv> {
  return {
    ...createInviteHandlers(deps),
    ...createMemberHandlers(deps),
    ...createOAuthApplicationHandlers(deps),
    ...createProjectHandlers(deps),
    ...createLegalDocumentHandlers(deps),
  };
}
