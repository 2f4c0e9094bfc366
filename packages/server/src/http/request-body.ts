import type { MiddlewareHandler } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import type { AppEnv } from './app-env.js';
import { formToJson } from './form-body.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';

/** Default request body limit: 1 MiB. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/;
const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';

/** Options of {@link normalizeRequestBody}. */
export interface RequestBodyOptions {
  /** Largest accepted body in bytes; larger → 413. */
  maxBytes: number;
  /** The route's JSON body schema by operationId, used to coerce form fields (see `formToJson`). */
  bodySchemaFor?: ((operationId: string) => z.ZodType | undefined) | undefined;
}

/**
 * Reads the body of POST/PUT/PATCH requests once and hands the generated validators a JSON request:
 * - larger than `maxBytes` (by Content-Length or while streaming) → 413 `request_too_large`;
 * - empty (any Content-Type, as DRF) → a request without body (the validators then see `{}`, so missing fields
 *   get "This field is required.");
 * - `application/json` (and `+json`) → parsed; malformed, or nested deeper than {@link MAX_JSON_DEPTH} → 400
 *   `parse_error` "JSON parse error - …";
 * - `application/x-www-form-urlencoded` → converted to the JSON shape the route's schema expects;
 * - anything else, or a body without Content-Type → 415 `unsupported_media_type` (DRF would silently ignore a body
 *   without Content-Type; we refuse it so data is never dropped).
 * The request is then replaced by an `application/json` one carrying the parsed value.
 */
export function normalizeRequestBody(options: RequestBodyOptions): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!METHODS_WITH_BODY.has(c.req.method)) return next();
    const declaredLength = Number(c.req.header('content-length') ?? '0');
    if (declaredLength > options.maxBytes) throw ApiError.requestTooLarge(options.maxBytes);
    const bytes = await readLimited(c.req.raw, options.maxBytes);
    const headers = new Headers(c.req.raw.headers);
    headers.delete('content-length');
    if (bytes.byteLength === 0) {
      headers.delete('content-type');
      c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers });
      c.req.bodyCache = {};
      return next();
    }

    const contentType = c.req.header('content-type') ?? '';
    const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
    const text = new TextDecoder().decode(bytes);
    let value: unknown;
    if (JSON_MEDIA_TYPE.test(mediaType)) {
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw ApiError.parseError(error instanceof Error ? error.message : String(error));
      }
      if (exceedsJsonDepth(value)) throw ApiError.parseError(`Nesting deeper than ${MAX_JSON_DEPTH} levels`);
    } else if (mediaType === FORM_MEDIA_TYPE) {
      const operationId = c.get('operation')?.operationId;
      const schema = operationId ? options.bodySchemaFor?.(operationId) : undefined;
      value = formToJson(new URLSearchParams(text), schema);
    } else {
      throw ApiError.unsupportedMediaType(contentType);
    }

    headers.set('content-type', 'application/json');
    c.req.raw = new Request(c.req.raw.url, { method: c.req.method, headers, body: JSON.stringify(value) });
    c.req.bodyCache = {};
    await next();
  };
}

/** Reads a request body, failing with 413 as soon as it exceeds `maxBytes` (chunked bodies included). */
async function readLimited(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw ApiError.requestTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
