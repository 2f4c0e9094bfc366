import type { Handlers } from '../generated/handlers.gen.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { paginate, parsePageRequest } from '../http/pagination.js';
import { toOAuthApplication } from './resource-mappers.js';

/**
 * Handler of `oauth_applications/`: the organization's OAuth applications, newest first, with
 * `redirect_uris_list` split from the stored space-separated `redirect_uris`.
 */
export function createOAuthApplicationHandlers(
  deps: AppDeps,
): Pick<Handlers<AppEnv>, 'oauth_applications_list'> {
  return {
    oauth_applications_list: async (c) => {
      const page = parsePageRequest(c.req.valid('query'));
      const { count, results } = await deps.store.listOAuthApplications(c.get('organization').id, page);
      return c.json(paginate(c, page, count, results.map(toOAuthApplication)), 200);
    },
  };
}
