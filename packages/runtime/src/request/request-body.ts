import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { bodyParseIssue, unsupportedMediaTypeBody } from '../errors/error-body.js';
import { ErrorBodyException } from '../errors/error-body-exception.js';
import { formToJson } from './form-values.js';
import { exceedsJsonDepth, MAX_JSON_DEPTH } from './json-depth.js';
import { findLoneSurrogate, loneSurrogateIssue } from './lone-surrogates.js';

const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/;
const FORM_MEDIA_TYPE = 'application/x-www-form-urlencoded';
const MULTIPART_MEDIA_TYPE = 'multipart/form-data';

/** A route's `request.body` as `createRoute` takes it. */
export interface BodyDeclaration {
  required?: boolean;
  content?: Readonly<Record<string, unknown>>;
}

/** What a validation hook receives: the shape @hono/zod-validator passes to `defaultHook`. */
export type BodyCheck = { data: unknown; target: 'json' | 'form' } & (
  | { success: true; data: unknown }
  | { success: false; error: z.ZodError }
);

/** The app's validation hook (`new OpenAPIHono({ defaultHook })`): a Response answers the request. */
export type BodyHook = (result: BodyCheck, c: Context) => unknown;

/** Options of {@link validateRequestBody} (and of the generated `registerRoutes`). */
export interface RequestBodyOptions {
  /**
   * Also take `application/x-www-form-urlencoded` bodies on routes that declare only JSON, coerced to the JSON
   * schema (Django REST framework's form parser is global). Default false: only declared media types are taken.
   */
  acceptFormBodies?: boolean;
  /** Deepest nesting of a JSON body; deeper is reported like a parse error. Default {@link MAX_JSON_DEPTH}. */
  maxJsonDepth?: number;
}

/**
 * The one body adapter: the route's body validator, for every media type it declares. It reads the body once and
 * validates it with the schema of the media type it came in:
 * - an empty body (whatever its `Content-Type`, as DRF) is the JSON body `{}` when the body is required (so missing
 *   fields are reported), else no body at all (`{}`, unvalidated);
 * - a JSON media type (`application/json`, `…+json`) is parsed; unparseable, or nested deeper than `maxJsonDepth`,
 *   is reported to the hook as a `bodyParseIssue` (the app's own 400 body, never a text/plain one);
 * - a form (`application/x-www-form-urlencoded`, `multipart/form-data`) is coerced to the JSON shape of its schema
 *   by `formToJson`, the one form coercer;
 * - any other media type, or a body without `Content-Type`, is a 415 `ErrorBodyException` (upstream body);
 * - a string or key holding a lone UTF-16 surrogate (`"\ud800"`), anywhere in the body, known field or not, is
 *   reported at its path before the schema runs (`loneSurrogateIssue`: 400 `surrogate_characters_not_allowed`).
 * The outcome goes to `hook` as @hono/zod-validator reports it; the validated body is then `c.req.valid('json')`
 * (and `c.req.valid('form')`), whichever media type it came in.
 *
 * @example app.on('post', '/pets/', validateRequestBody(route.request.body, hook), handler)
 */
export function validateRequestBody(
  body: BodyDeclaration,
  hook: BodyHook | undefined,
  options: RequestBodyOptions = {},
): MiddlewareHandler {
  const content = body.content ?? {};
  const schemaOf = (mediaType: string | undefined) =>
    mediaType === undefined ? undefined : (content[mediaType] as { schema?: z.ZodType } | undefined)?.schema;
  const declared = Object.keys(content);
  const jsonSchema = schemaOf(declared.find((mediaType) => JSON_MEDIA_TYPE.test(mediaType.toLowerCase())));
  const formSchema =
    schemaOf(declared.find((m) => m === FORM_MEDIA_TYPE)) ??
    (options.acceptFormBodies ? jsonSchema : undefined);
  const multipartSchema = schemaOf(declared.find((m) => m === MULTIPART_MEDIA_TYPE));
  const maxDepth = options.maxJsonDepth ?? MAX_JSON_DEPTH;

  return async function requestBody(c, next) {
    const bytes = await c.req.arrayBuffer();
    if (bytes.byteLength === 0) {
      const schema = jsonSchema ?? formSchema ?? multipartSchema;
      if (!body.required || !schema) return accept(c, {}, next);
      return check(c, next, hook, 'json', schema, {});
    }
    const contentType = c.req.header('content-type') ?? '';
    const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
    if (JSON_MEDIA_TYPE.test(mediaType) && jsonSchema) {
      const text = new TextDecoder().decode(bytes);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        return reportParseFailure(c, hook, text, error instanceof Error ? error.message : String(error));
      }
      if (exceedsJsonDepth(value, maxDepth)) {
        return reportParseFailure(c, hook, text, `Nesting deeper than ${maxDepth} levels`);
      }
      return check(c, next, hook, 'json', jsonSchema, value);
    }
    if (mediaType === FORM_MEDIA_TYPE && formSchema) {
      const fields = new URLSearchParams(new TextDecoder().decode(bytes));
      return check(c, next, hook, 'form', formSchema, formToJson(fields, formSchema));
    }
    if (mediaType === MULTIPART_MEDIA_TYPE && multipartSchema) {
      const fields = await c.req.formData();
      return check(c, next, hook, 'form', multipartSchema, formToJson(fields, multipartSchema));
    }
    throw new ErrorBodyException(415, unsupportedMediaTypeBody(contentType));
  };
}

/** The body handed to the handler, under both targets (the route's handler type names the one it declared). */
function accept(c: Context, value: unknown, next: () => Promise<void>): Promise<void> {
  c.req.addValidatedData('json', value as object);
  c.req.addValidatedData('form', value as object);
  return next();
}

/**
 * Validates `value` (refusing a lone surrogate first, wherever it is) and reports the outcome to the hook, as
 * @hono/zod-validator does.
 */
async function check(
  c: Context,
  next: () => Promise<void>,
  hook: BodyHook | undefined,
  target: 'json' | 'form',
  schema: z.ZodType,
  value: unknown,
): Promise<Response | undefined> {
  const surrogate = findLoneSurrogate(value);
  const result = surrogate
    ? { success: false as const, error: new z.ZodError([loneSurrogateIssue(surrogate)]) }
    : await schema.safeParseAsync(value);
  const answered = await hook?.({ data: value, ...result, target } as BodyCheck, c);
  if (answered instanceof Response) return answered;
  if (!result.success) return c.json(result, 400);
  await accept(c, result.data, next);
  return undefined;
}

/** An unparseable JSON body, reported to the hook like any other invalid input. */
async function reportParseFailure(
  c: Context,
  hook: BodyHook | undefined,
  text: string,
  reason: string,
): Promise<Response> {
  const error = new z.ZodError([bodyParseIssue(reason)]);
  const answered = await hook?.({ data: text, success: false, error, target: 'json' }, c);
  return answered instanceof Response ? answered : c.json({ success: false, error }, 400);
}
