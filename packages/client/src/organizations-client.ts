import type { Client } from 'openapi-fetch';
import { type ApiClientOptions, createApiClient } from './create-api-client.js';
import type { components, paths, Readable, Writable } from './generated/openapi.gen.js';

/** The organizations API client: openapi-fetch's `Client` over the generated `paths`, JSON responses. */
export type OrganizationsClient = Client<paths, 'application/json'>;

/** Options of {@link createOrganizationsClient}. */
export type OrganizationsClientOptions = ApiClientOptions;

/** A component schema as the API returns it: readOnly fields included, writeOnly fields left out. */
export type Schema<Name extends keyof components['schemas']> = Readable<components['schemas'][Name]>;

/** A component schema as a request body takes it: readOnly fields left out. */
export type RequestSchema<Name extends keyof components['schemas']> = Writable<components['schemas'][Name]>;

/**
 * Creates a typed client of the organizations API. Every operation is typed from the spec (paths exactly as
 * written there, trailing slashes included); results are openapi-fetch's `{ data, error, response }`.
 * @param options - `baseUrl` and `apiKey` (sent as `Authorization: Bearer <key>`); optionally `fetch`
 *   (e.g. Hono's `app.fetch`), `retry`, `timeoutMs` and `logger`.
 * @example
 * const client = createOrganizationsClient({ baseUrl: 'http://localhost:8000', apiKey: 'phx_…' });
 * const { data, error } = await client.GET('/api/organizations/{organization_id}/members/', {
 *   params: { path: { organization_id: '@current' }, query: { limit: 10 } },
 * });
 */
export function createOrganizationsClient(options: OrganizationsClientOptions): OrganizationsClient {
  return createApiClient<paths, 'application/json'>(options);
}
