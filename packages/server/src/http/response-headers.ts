import type { MiddlewareHandler } from 'hono';
import type { OperationId } from '../generated/operations.gen.js';
import type { AppEnv } from './app-env.js';

/**
 * Operations whose answers carry secrets, answered with `Cache-Control: no-store` so no browser or proxy keeps
 * them: project tokens (`api_token`, `secret_api_token`, … in the project bodies and the project list), invite ids
 * (each is the token of its signup link) and the signed URL of the download redirect. `response-headers.test.ts`
 * checks that every operation whose success body has a token or secret field is listed.
 */
export const SECRET_BEARING_OPERATIONS: ReadonlySet<OperationId> = new Set<OperationId>([
  'organizations_projects_list',
  'organizations_projects_create',
  'organizations_projects_retrieve',
  'organizations_projects_partial_update',
  'invites_list',
  'invites_create',
  'invites_bulk_create',
  'invites_delegate_create',
  'legal_documents_download_retrieve',
]);

/**
 * `X-Content-Type-Options: nosniff` on every response (set before the response exists, so every response made
 * through the context carries it: see `request-logger.ts`).
 */
export function setNosniff(): MiddlewareHandler<AppEnv> {
  return function setNosniff(c, next) {
    c.header('X-Content-Type-Options', 'nosniff');
    return next();
  };
}

/** `Cache-Control: no-store` on the answers of {@link SECRET_BEARING_OPERATIONS} (errors included). */
export function preventCachingSecrets(): MiddlewareHandler<AppEnv> {
  return function preventCachingSecrets(c, next) {
    if (SECRET_BEARING_OPERATIONS.has(c.get('operation').operationId as OperationId)) {
      c.header('Cache-Control', 'no-store');
    }
    return next();
  };
}
