import { ApiError } from './api-error.js';

/** The shape of every openapi-fetch result: `{ data, error, response }`. */
export interface FetchResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The success data of an openapi-fetch result type (`undefined` for a 204). */
export type SuccessData<R extends FetchResult> = R extends { error?: never } ? R['data'] : never;

/**
 * Returns the data of a successful call and throws an {@link ApiError} for any non-2xx answer. Accepts the
 * call's promise or its settled result; the plain `{ data, error, response }` stays available without it.
 * @example
 * const members = await unwrap(client.GET('/api/organizations/{organization_id}/members/', { params }));
 */
export async function unwrap<R extends FetchResult>(result: R | Promise<R>): Promise<SuccessData<R>> {
  const settled = await result;
  if (!settled.response.ok) throw ApiError.fromResponse(settled.response, settled.error);
  return settled.data as SuccessData<R>;
}
