/** The upstream (DRF / exceptions-hog) error body: every error response of the API has this shape. */
export interface ErrorBody {
  type: string;
  code: string;
  detail: string;
  attr: string | null;
}

/** Status codes an {@link ApiError} may carry (keeps `c.json(body, status)` type-safe). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 413 | 415 | 429 | 500 | 503;

const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="api"' };
const DEFAULT_PERMISSION_DENIED = 'You do not have permission to perform this action.';

/**
 * The one error class for expected HTTP failures. Thrown anywhere in the request pipeline and turned into its
 * upstream body by the app's `onError` (see `error-handler.ts`).
 *
 * @example
 * throw ApiError.permissionDenied("API key missing required scope 'project:write'");
 */
export class ApiError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly type: string,
    readonly code: string,
    readonly detail: string,
    readonly attr: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  /** The JSON body written for this error. */
  toBody(): ErrorBody {
    return { type: this.type, code: this.code, detail: this.detail, attr: this.attr };
  }

  /** 401: no credentials were sent. */
  static notAuthenticated(): ApiError {
    return new ApiError(
      401,
      'authentication_error',
      'not_authenticated',
      'Authentication credentials were not provided.',
      null,
      WWW_AUTHENTICATE,
    );
  }

  /** 401: a personal API key was sent but is unknown. */
  static authenticationFailed(
    detail = 'Personal API key found in request Authorization header is invalid.',
  ): ApiError {
    return new ApiError(401, 'authentication_error', 'authentication_failed', detail, null, WWW_AUTHENTICATE);
  }

  /** 403 with upstream's generic message unless a specific one is given. */
  static permissionDenied(detail = DEFAULT_PERMISSION_DENIED): ApiError {
    return new ApiError(403, 'authentication_error', 'permission_denied', detail);
  }

  /** 404 "Not found." (or a specific message). */
  static notFound(detail = 'Not found.'): ApiError {
    return new ApiError(404, 'invalid_request', 'not_found', detail);
  }

  /** 400 validation error on a field (`attr`) or on the whole request (`attr` null). */
  static validation(code: string, detail: string, attr: string | null = null): ApiError {
    return new ApiError(400, 'validation_error', code, detail, attr);
  }

  /** 400: the JSON body could not be parsed; `reason` is the parser's message. */
  static parseError(reason: string): ApiError {
    return new ApiError(400, 'invalid_request', 'parse_error', `JSON parse error - ${reason}`);
  }

  /** 405 with the `Allow` header listing the methods the path supports. */
  static methodNotAllowed(method: string, allowed: readonly string[]): ApiError {
    return new ApiError(
      405,
      'invalid_request',
      'method_not_allowed',
      `Method "${method}" not allowed.`,
      null,
      {
        Allow: allowed.join(', '),
      },
    );
  }

  /** 415 for a body whose Content-Type the API does not parse. */
  static unsupportedMediaType(mediaType: string): ApiError {
    return new ApiError(
      415,
      'invalid_request',
      'unsupported_media_type',
      `Unsupported media type "${mediaType}" in request.`,
    );
  }

  /** 413 for a body larger than the configured limit. */
  static requestTooLarge(limitBytes: number): ApiError {
    return new ApiError(
      413,
      'invalid_request',
      'request_too_large',
      `Request body exceeds the maximum size of ${limitBytes} bytes.`,
    );
  }

  /** 429 with `Retry-After` (seconds). */
  static throttled(retryAfterSeconds: number): ApiError {
    return new ApiError(
      429,
      'throttled_error',
      'throttled',
      `Request was throttled. Expected available in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}.`,
      null,
      { 'Retry-After': String(retryAfterSeconds) },
    );
  }
}

/** The body of every unexpected failure (details go to the log, never to the client). */
export const SERVER_ERROR_BODY: ErrorBody = Object.freeze({
  type: 'server_error',
  code: 'error',
  detail: 'A server error occurred.',
  attr: null,
});
