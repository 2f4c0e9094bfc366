/**
 * Typed client of the organizations API, built on openapi-fetch and the types generated from
 * `openapi/organizations.yaml`. Works in Node 20+ and browsers.
 * @packageDocumentation
 */
export {
  ApiError,
  type ApiErrorInit,
  ApiTimeoutError,
  isUpstreamErrorBody,
  type UpstreamErrorBody,
} from './api-error.js';
export { maskApiKey } from './api-key.js';
export type { ClientLogEntry, ClientLogger, FetchLike } from './client-fetch.js';
export { type ApiClientOptions, createApiClient, type MediaType } from './create-api-client.js';
export type { components, operations, paths } from './generated/openapi.gen.js';
export {
  createOrganizationsClient,
  type OrganizationsClient,
  type OrganizationsClientOptions,
  type RequestSchema,
  type Schema,
} from './organizations-client.js';
export {
  collectAll,
  type PageItem,
  type PaginatedPath,
  type PaginateInit,
  PaginationError,
  paginate,
} from './paginate.js';
export type { HttpMethodName, RetryOptions } from './retry-policy.js';
export { type FetchResult, type SuccessData, unwrap } from './unwrap.js';
