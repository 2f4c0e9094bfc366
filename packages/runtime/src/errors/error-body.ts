import type { z } from 'zod';

/** The upstream (PostHog / drf-exceptions-hog) error body: every error response of the API has this shape. */
export interface ErrorBody {
  /** `validation_error`, `authentication_error`, `invalid_request`, `throttled_error` or `server_error`. */
  type: string;
  code: string;
  detail: string;
  /** Field path joined with `__` (`private_project_access__0__level`), or null for a non-field error. */
  attr: string | null;
}

/** Where a request value came from (the @hono/zod-openapi validation target). */
export type ValidationTarget = 'json' | 'form' | 'query' | 'param' | 'header' | 'cookie';

/**
 * A 400 `validation_error` body on a field (`attr`) or on the whole request (`attr` null), as Django REST framework
 * words field errors.
 *
 * @example validationErrorBody('required', 'This field is required.', 'target_email')
 */
export function validationErrorBody(code: string, detail: string, attr: string | null = null): ErrorBody {
  return { type: 'validation_error', code, detail, attr };
}

/** An `invalid_request` body: the request as a whole could not be taken (parse error, media type, size, route). */
export function invalidRequestBody(code: string, detail: string): ErrorBody {
  return { type: 'invalid_request', code, detail, attr: null };
}

/** 400 for a body that is not JSON; `reason` is the parser's message (`Unexpected end of JSON input`). */
export function parseErrorBody(reason: string): ErrorBody {
  return invalidRequestBody('parse_error', `JSON parse error - ${reason}`);
}

/** 415 for a body whose `Content-Type` (the header as sent, `''` when absent) the route does not take. */
export function unsupportedMediaTypeBody(contentType: string): ErrorBody {
  return invalidRequestBody('unsupported_media_type', `Unsupported media type "${contentType}" in request.`);
}

/** `params.code` of the zod issue that reports an unparseable body (see {@link bodyParseIssue}). */
const PARSE_ERROR = 'parse_error';

/**
 * The zod issue a request body that cannot be parsed is reported with, so it reaches the app's validation hook like
 * any other invalid input (and is answered with the app's own error body).
 */
export function bodyParseIssue(reason: string): z.core.$ZodIssue {
  return {
    code: 'custom',
    message: parseErrorBody(reason).detail,
    path: [],
    params: { code: PARSE_ERROR, reason },
  } as z.core.$ZodIssue;
}

/** The parser's message when `issue` is a {@link bodyParseIssue}, else undefined. */
export function bodyParseReason(issue: z.core.$ZodIssue | undefined): string | undefined {
  if (issue?.code !== 'custom') return undefined;
  const params = issue.params as { code?: unknown; reason?: unknown } | undefined;
  return params?.code === PARSE_ERROR ? String(params.reason) : undefined;
}
