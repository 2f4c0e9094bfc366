import type { Context } from 'hono';
import type { OperationId } from '../generated/operations.gen.js';

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
 * `X-Content-Type-Options: nosniff` on the response (set before the response exists, so every response made through
 * the context carries it: see `request-logger.ts`). The app sets it on every request.
 */
export function setNosniff(c: Context): void {
  c.header('X-Content-Type-Options', 'nosniff');
}

/**
 * `Cache-Control: no-store` on the answer (errors included) when `operationId` is one of
 * {@link SECRET_BEARING_OPERATIONS}. The app calls it once a request matched an operation.
 */
export function preventCachingSecrets(c: Context, operationId: OperationId): void {
  if (SECRET_BEARING_OPERATIONS.has(operationId)) c.header('Cache-Control', 'no-store');
}
