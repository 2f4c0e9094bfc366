import type { Context } from 'hono';
import type { ApiDefinition } from '../http/api-definition.js';
import { ApiError, type ErrorBody } from '../http/api-error.js';
import type { AppEnv } from '../http/app-env.js';

/** Most invites one `invites/bulk/` request may carry (the generated schema's `maxItems`). */
export const BULK_INVITE_LIMIT = 20;
export const BULK_TOO_MANY_MESSAGE = 'A maximum of 20 invites can be sent in a single request.';
export const BULK_NOT_A_LIST_MESSAGE = 'This endpoint needs an array of data for bulk invite creation.';
export const SEARCH_TOO_LONG_MESSAGE = 'Search query must be 200 characters or fewer.';

/** The parts of a failed validation the overrides look at (zod 4 issues). */
export interface FailedValidation {
  target: string;
  data?: unknown;
  issues: ReadonlyArray<{ code: string; path: ReadonlyArray<PropertyKey> }>;
}

const validationError = (code: string, detail: string, attr: string | null): ErrorBody => ({
  type: 'validation_error',
  code,
  detail,
  attr,
});

/**
 * Upstream's own 400 bodies for the few request checks its views make by hand (the generic formatter would word
 * them as DRF field errors). `undefined` = use the generic body.
 * - `invites/bulk/`: more than 20 items → `max_length` with upstream's message, checked on the raw body BEFORE the
 *   items (upstream counts first); a body that is not an array → `not_a_list` with upstream's message;
 * - `members/`: `search` over 200 characters → `invalid_input` attr `search`.
 *
 * @example
 * upstreamValidationBody('invites_bulk_create', { target: 'json', data: Array(21).fill({}), issues: [] })
 * // { type: 'validation_error', code: 'max_length', detail: 'A maximum of 20 invites …', attr: null }
 */
export function upstreamValidationBody(
  operationId: string | undefined,
  failure: FailedValidation,
): ErrorBody | undefined {
  if (operationId === 'invites_bulk_create' && failure.target === 'json') {
    if (!Array.isArray(failure.data)) return validationError('not_a_list', BULK_NOT_A_LIST_MESSAGE, null);
    if (failure.data.length > BULK_INVITE_LIMIT)
      return validationError('max_length', BULK_TOO_MANY_MESSAGE, null);
  }
  const [first] = failure.issues;
  if (
    operationId === 'members_list' &&
    failure.target === 'query' &&
    first?.code === 'too_big' &&
    first.path[0] === 'search'
  ) {
    return validationError('invalid_input', SEARCH_TOO_LONG_MESSAGE, 'search');
  }
  return undefined;
}

/**
 * Wraps an API definition's validation hook: a path parameter that fails validation (`not-a-uuid` as a legal
 * document id, `abc` as a project id) is a 404 as upstream; {@link upstreamValidationBody} words the rest;
 * everything else goes to the original hook. Used once, in `http/server-wiring.ts`.
 */
export function withUpstreamValidationMessages<H>(api: ApiDefinition<H>): ApiDefinition<H> {
  const original = api.defaultHook;
  const hook: NonNullable<ApiDefinition<H>['defaultHook']> = (result, c: Context<AppEnv>) => {
    if (!result.success) {
      const failure = result as unknown as { target: string; data?: unknown; error: FailedValidation };
      // A path segment that is not an id of the right form names no resource: upstream (Django URL patterns and
      // lookups) answers 404, never a 400 validation error.
      if (failure.target === 'param') throw ApiError.notFound();
      const body = upstreamValidationBody(c.get('operation')?.operationId, {
        target: failure.target,
        data: failure.data,
        issues: failure.error.issues,
      });
      if (body) return c.json(body, 400);
    }
    return original?.(result, c);
  };
  return { ...api, defaultHook: hook };
}
