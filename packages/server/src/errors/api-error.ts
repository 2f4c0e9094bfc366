import {
  type ErrorBody,
  ErrorBodyException,
  invalidRequestBody,
  validationErrorBody,
} from '@org-api/runtime';
import { PERMISSION_DENIED_DETAIL } from '../rules/refusal.js';

export type { ErrorBody } from '@org-api/runtime';

/** Status codes an {@link ApiError} may carry (keeps `c.json(body, status)` type-safe). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 410 | 413 | 415 | 429 | 500;

const WWW_AUTHENTICATE = { 'WWW-Authenticate': 'Bearer realm="api"' };

const authenticationErrorBody = (code: string, detail: string): ErrorBody => ({
  type: 'authentication_error',
  code,
  detail,
  attr: null,
});

/**
 * The one error class for expected HTTP failures: an upstream {@link ErrorBody} with its status and headers (the
 * runtime's `ErrorBodyException`, which the runtime itself throws for a 415). Thrown anywhere in the request
 * pipeline and written by the app's one error handler (`error-handler.ts`).
 *
 * @example
 * throw ApiError.permissionDenied("API key missing required scope 'project:write'");
 */
export class ApiError extends ErrorBodyException {
  constructor(status: ErrorStatus, body: ErrorBody, headers: Record<string, string> = {}) {
    super(status, body, headers);
    this.name = 'ApiError';
  }

  /** 401: no credentials were sent. */
  static notAuthenticated(): ApiError {
    const body = authenticationErrorBody(
      'not_authenticated',
      'Authentication credentials were not provided.',
    );
    return new ApiError(401, body, WWW_AUTHENTICATE);
  }

  /** 401: a personal API key was sent but is unknown (or its user is disabled: `detail` says so). */
  static authenticationFailed(
    detail = 'Personal API key found in request Authorization header is invalid.',
  ): ApiError {
    return new ApiError(401, authenticationErrorBody('authentication_failed', detail), WWW_AUTHENTICATE);
  }

  /** 403 with upstream's generic message unless a specific one is given. */
  static permissionDenied(detail = PERMISSION_DENIED_DETAIL): ApiError {
    return new ApiError(403, authenticationErrorBody('permission_denied', detail));
  }

  /** 404 "Not found." (or a specific message). */
  static notFound(detail = 'Not found.'): ApiError {
    return new ApiError(404, invalidRequestBody('not_found', detail));
  }

  /** 400 validation error on a field (`attr`) or on the whole request (`attr` null). */
  static validation(code: string, detail: string, attr: string | null = null): ApiError {
    return new ApiError(400, validationErrorBody(code, detail, attr));
  }

  /** 405 with the `Allow` header listing the methods the path supports. */
  static methodNotAllowed(method: string, allowed: readonly string[]): ApiError {
    const body = invalidRequestBody('method_not_allowed', `Method "${method}" not allowed.`);
    return new ApiError(405, body, { Allow: allowed.join(', ') });
  }

  /** 403 for a legal document download URL whose signature is missing or wrong (tampered ids or expiry). */
  static downloadLinkInvalid(): ApiError {
    return new ApiError(403, authenticationErrorBody('permission_denied', 'This download link is invalid.'));
  }

  /** 410 for a correctly signed legal document download URL past its expiry. */
  static downloadLinkExpired(): ApiError {
    return new ApiError(410, invalidRequestBody('link_expired', 'This download link has expired.'));
  }

  /**
   * 400 for a request naming a host the server does not serve (`ALLOWED_HOSTS`), with Django's wording (upstream
   * refuses such requests before any view runs). Long hosts are cut in the message.
   */
  static disallowedHost(host: string): ApiError {
    const cut = (text: string) => (text.length > 100 ? `${text.slice(0, 100)}…` : text);
    const name = host.replace(/:\d*$/, '');
    const detail = `Invalid HTTP_HOST header: '${cut(host)}'. You may need to add '${cut(name)}' to ALLOWED_HOSTS.`;
    return new ApiError(400, invalidRequestBody('disallowed_host', detail));
  }

  /** 413 for a body larger than the configured limit. */
  static requestTooLarge(limitBytes: number): ApiError {
    const detail = `Request body exceeds the maximum size of ${limitBytes} bytes.`;
    return new ApiError(413, invalidRequestBody('request_too_large', detail));
  }

  /**
   * 429 for a throttled request, as upstream: Django REST framework's `Throttled` detail (its wait rounded up to
   * whole seconds, singular for 1) under drf-exceptions-hog's `throttled_error` type, and `Retry-After`.
   */
  static throttled(waitSeconds: number): ApiError {
    const wait = `${waitSeconds} ${waitSeconds === 1 ? 'second' : 'seconds'}`;
    const body: ErrorBody = {
      type: 'throttled_error',
      code: 'throttled',
      detail: `Request was throttled. Expected available in ${wait}.`,
      attr: null,
    };
    return new ApiError(429, body, { 'Retry-After': String(waitSeconds) });
  }
}

/** The body of every unexpected failure (details go to the log, never to the client). */
export const SERVER_ERROR_BODY: ErrorBody = Object.freeze({
  type: 'server_error',
  code: 'error',
  detail: 'A server error occurred.',
  attr: null,
});
