/** What the client remembers about a response it fetched, for error messages and key redaction. */
export interface ResponseContext {
  readonly method: string;
  readonly url: string;
  /** Used only to mask the key should a server echo it; never stored anywhere else. */
  readonly apiKey: string;
}

// A WeakMap, so a response and its context are collected together.
const contexts = new WeakMap<Response, ResponseContext>();

/** Records which request produced `response` (called by the client's fetch layer). */
export function rememberResponse(response: Response, context: ResponseContext): Response {
  contexts.set(response, context);
  return response;
}

/** The request behind a response fetched by a client of this package, if any. */
export function responseContext(response: Response): ResponseContext | undefined {
  return contexts.get(response);
}
