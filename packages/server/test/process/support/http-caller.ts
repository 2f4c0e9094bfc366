/** A response read completely: status, headers, raw text and the parsed JSON body (when the body is JSON). */
export interface CallResult {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked with exact toEqual/toMatchObject
  json: any;
  /** The `X-Request-Id` this call sent (the server logs it). */
  requestId: string;
}

/** One request a caller sent (to match against the server's request log). */
export interface SentRequest {
  requestId: string;
  method: string;
  path: string;
  status: number;
}

/**
 * A tiny HTTP caller over `fetch` for one server: optional personal API key, JSON bodies, and a unique
 * `X-Request-Id` per call so each call can be found in the server's structured log.
 *
 * @example
 * const call = createCaller('http://127.0.0.1:8000', 'phx_…', 'smoke');
 * const { status, json } = await call('GET', `/api/organizations/${org}/members/`);
 */
export function createCaller(baseUrl: string, key: string | undefined, idPrefix: string) {
  let counter = 0;
  const sent: SentRequest[] = [];
  const call = async (method: string, path: string, body?: unknown): Promise<CallResult> => {
    counter += 1;
    const requestId = `${idPrefix}-${counter}`;
    const headers: Record<string, string> = { 'X-Request-Id': requestId };
    if (key !== undefined) headers.Authorization = `Bearer ${key}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    const json =
      response.headers.get('content-type')?.includes('json') && text !== '' ? JSON.parse(text) : undefined;
    sent.push({ requestId, method, path: new URL(path, baseUrl).pathname, status: response.status });
    return { status: response.status, headers: response.headers, text, json, requestId };
  };
  return Object.assign(call, { sent });
}

/** A caller made by {@link createCaller}. */
export type Caller = ReturnType<typeof createCaller>;
