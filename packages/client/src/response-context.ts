/** What the client remembers about a response it fetched, for error messages and key redaction. */
export interface ResponseContext {
  readonly method: string;
  readonly url: string;
  /** Used only to mask the key should a server echo it; never stored anywhere else. */
  readonly apiKey: string;
}

// A WeakMap, so a response and its context are collected together.
const contexts = new WeakMap<Response, ResponseContext>();

/** Records which request produced `response` (called by the client's fetch layer for every non-2xx answer). */
export function rememberResponse(response: Response, context: ResponseContext): Response {
  contexts.set(response, context);
  return response;
}

/** The request behind an error response fetched by a client of this package, if any (its URL normalised). */
export function responseContext(response: Response): ResponseContext | undefined {
  const context = contexts.get(response);
  return context && { ...context, url: canonicalUrl(context.url) };
}

/**
 * `url` as a `Request` would show it (`new URL(url).href`: lower-case host, default port dropped, …). The fast
 * path keeps openapi-fetch's string as built and normalises only what it shows (logs, errors).
 */
export function canonicalUrl(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
