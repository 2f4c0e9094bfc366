import type { WireRequest, WireResponse } from '../http/http-types.js';
import { wireUrl } from '../http/serialise-request.js';

/** Where requests go: a base URL, and optionally an in-process fetch (e.g. a Hono `app.fetch`). */
export interface Target {
  baseUrl: string;
  fetch?: typeof fetch | undefined;
}

/** Thrown when the target cannot be reached at all (as opposed to answering badly); the CLI exits with 2. */
export class TargetError extends Error {
  override name = 'TargetError';
}

/** A request that got no answer within the timeout. */
export class RequestTimeoutError extends TargetError {
  override name = 'RequestTimeoutError';
}

/**
 * A request of the run got no answer (timed out, connection lost). The session has already recorded it as a run
 * error; whoever catches it stops what depended on that answer and goes on with the rest.
 */
export class RequestError extends Error {
  override name = 'RequestError';
}

/**
 * Sends a wire request and reads the whole response. The body is parsed as JSON when the Content-Type says JSON
 * (a parse failure leaves `json` undefined so schema checks can report it).
 */
export async function sendWire(
  target: Target,
  wire: WireRequest,
  before: () => Promise<void> = async () => {},
  timeoutMs = 30_000,
): Promise<WireResponse> {
  await before();
  const doFetch = target.fetch ?? fetch;
  const started = performance.now();
  const url = wireUrl(target.baseUrl, wire);
  // The timer aborts the request AND settles the race: an in-process fetch may ignore the signal.
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new RequestTimeoutError(`${wire.method} ${url} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
  });
  try {
    const exchange = (async () => {
      let response: Response;
      try {
        response = await doFetch(
          new Request(url, {
            method: wire.method,
            headers: wire.headers,
            body: wire.body,
            redirect: 'manual',
            signal: controller.signal,
          }),
        );
      } catch (error) {
        throw new TargetError(`cannot reach ${target.baseUrl}: ${(error as Error).message}`);
      }
      return { response, body: await response.text() };
    })();
    exchange.catch(() => {}); // settled by the race; a late rejection after a timeout is not an error
    const { response, body } = await Promise.race([exchange, timedOut]);
    return readResponse(response, body, performance.now() - started);
  } finally {
    clearTimeout(timer);
  }
}

function readResponse(response: Response, body: string, elapsedMs: number): WireResponse {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  let json: unknown;
  if (/[/+]json\b/i.test(headers['content-type'] ?? '') && body.length > 0) {
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
  }
  return { status: response.status, headers, body, json, elapsedMs };
}
