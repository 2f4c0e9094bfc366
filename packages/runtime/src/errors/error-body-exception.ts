import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorBody } from './error-body.js';

/**
 * An HTTP failure answered with an upstream {@link ErrorBody} (and optional headers). Thrown by the runtime (415 for a
 * media type a route does not take) and by apps (the server's `ApiError` extends it). An app's `onError` writes
 * `body` with `headers`; an app without one still answers it as JSON, through `getResponse()`.
 *
 * @example throw new ErrorBodyException(415, unsupportedMediaTypeBody('text/plain'));
 */
export class ErrorBodyException extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly body: ErrorBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status, { message: body.detail });
    this.name = 'ErrorBodyException';
  }

  override getResponse(): Response {
    return Response.json(this.body, { status: this.status, headers: this.headers });
  }
}
