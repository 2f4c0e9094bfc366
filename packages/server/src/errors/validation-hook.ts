import { bodyParseReason, createValidationHook, type ErrorBody, validationErrorBody } from '@org-api/runtime';
import type { Context } from 'hono';
import type { AppEnv } from '../http/app-env.js';
import { FIELD_TOO_LARGE_MESSAGE, findOversizedField } from '../http/field-size.js';
import { ApiError } from './api-error.js';

/** Most invites one `invites/bulk/` request may carry (the generated schema's `maxItems`). */
export const BULK_INVITE_LIMIT = 20;
export const BULK_TOO_MANY_MESSAGE = 'A maximum of 20 invites can be sent in a single request.';
export const BULK_NOT_A_LIST_MESSAGE = 'This endpoint needs an array of data for bulk invite creation.';
export const SEARCH_TOO_LONG_MESSAGE = 'Search query must be 200 characters or fewer.';
export const NULL_CHARACTERS_MESSAGE = 'Null characters are not allowed.';
export const BLANK_MESSAGE = 'This field may not be blank.';

/** The parts of a failed validation the overrides look at (zod 4 issues). */
export interface FailedValidation {
  target: string;
  data?: unknown;
  issues: ReadonlyArray<{ code: string; path: ReadonlyArray<PropertyKey> }>;
}

/**
 * Upstream's own 400 bodies for the few request checks its views make by hand (the generic formatter would word
 * them as DRF field errors). `undefined` = use the generic body.
 * - `invites/bulk/`: more than 20 items → `max_length` with upstream's message, checked on the raw body BEFORE the
 *   items (upstream counts first); a body that is not an array → `not_a_list` with upstream's message;
 * - `members/`: `search` over 200 characters → `invalid_input` attr `search`;
 * - any body: an empty string where a text field needs a length or a format (`target_email: ""`, `name: ""`) →
 *   `blank` "This field may not be blank." (DRF's check before length and format).
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
    if (!Array.isArray(failure.data)) return validationErrorBody('not_a_list', BULK_NOT_A_LIST_MESSAGE, null);
    if (failure.data.length > BULK_INVITE_LIMIT)
      return validationErrorBody('max_length', BULK_TOO_MANY_MESSAGE, null);
  }
  const [first] = failure.issues;
  // DRF checks a text field for '' before its length or format: "This field may not be blank." (code `blank`).
  if (
    (failure.target === 'json' || failure.target === 'form') &&
    (first?.code === 'too_small' || first?.code === 'invalid_format') &&
    first.path.length > 0 &&
    valueAt(failure.data, first.path) === ''
  ) {
    return validationErrorBody('blank', BLANK_MESSAGE, first.path.map(String).join('__'));
  }
  if (
    operationId === 'members_list' &&
    failure.target === 'query' &&
    first?.code === 'too_big' &&
    first.path[0] === 'search'
  ) {
    return validationErrorBody('invalid_input', SEARCH_TOO_LONG_MESSAGE, 'search');
  }
  return undefined;
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * The `__`-joined path (upstream's `attr` form) of the first string — value or object key — that contains a NUL
 * character, or `undefined`. Upstream's text fields refuse NUL (`ProhibitNullCharactersValidator`), and PostgreSQL
 * cannot store it in `text` or `jsonb`, so a validated body carrying one is a 400 on both databases.
 *
 * @example
 * findNullCharacter({ app_urls: ['ok', 'a\u0000'] }); // 'app_urls__1'
 */
export function findNullCharacter(value: unknown, path: readonly string[] = []): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('__') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  const entries: Array<[string, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [String(index), item])
    : Object.entries(value);
  for (const [key, item] of entries) {
    if (key.includes('\u0000')) return [...path, key].join('__');
    const found = findNullCharacter(item, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** What the app's validation hook receives (@hono/zod-validator's result, or the runtime body adapter's). */
export interface ValidationResult {
  success: boolean;
  target: string;
  data?: unknown;
  error?: { issues: FailedValidation['issues'] };
}

/**
 * The app's validation hook (`defaultHook`): the runtime's `createValidationHook` (upstream 400 bodies) with the
 * API's own rules first:
 * - a validated body (JSON or form) with a NUL character anywhere → 400 `null_characters_not_allowed` "Null characters
 *   are not allowed." (see {@link findNullCharacter});
 * - a validated body with a field over 16 KiB of JSON → 400 `max_length` naming it (see `findOversizedField`);
 * - a path parameter that fails validation (`not-a-uuid` as a legal document id, `abc` as a project id) → 404, as
 *   upstream (Django URL patterns and lookups never answer 400 for it);
 * - {@link upstreamValidationBody} words the few checks upstream's views make by hand;
 * - everything else, an unparseable body included, → the runtime's formatter.
 */
export function createUpstreamValidationHook() {
  const format = createValidationHook();
  return function upstreamValidationHook(result: ValidationResult, c: Context<AppEnv>): Response | undefined {
    if (result.success && (result.target === 'json' || result.target === 'form')) {
      const attr = findNullCharacter(result.data);
      if (attr !== undefined) {
        return c.json(
          validationErrorBody('null_characters_not_allowed', NULL_CHARACTERS_MESSAGE, attr || null),
          400,
        );
      }
      const oversized = findOversizedField(result.data);
      if (oversized !== undefined) {
        return c.json(validationErrorBody('max_length', FIELD_TOO_LARGE_MESSAGE, oversized), 400);
      }
    }
    if (!result.success && result.error) {
      if (result.target === 'param') throw ApiError.notFound();
      const issues = result.error.issues;
      const body =
        bodyParseReason(issues[0] as never) === undefined
          ? upstreamValidationBody(c.get('operation')?.operationId, {
              target: result.target,
              data: result.data,
              issues,
            })
          : undefined;
      if (body) return c.json(body, 400);
    }
    return format(result as never, c);
  };
}
