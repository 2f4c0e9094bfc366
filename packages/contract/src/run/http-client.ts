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
  let response: Response;
  try {
    response = await doFetch(
      new Request(wireUrl(target.baseUrl, wire), {
        method: wire.method,
        headers: wire.headers,
        body: wire.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      }),
    );
  } catch (error) {
    throw new TargetError(`cannot reach ${target.baseUrl}: ${(error as Error).message}`);
  }
  const body = await response.text();
  const elapsedMs = performance.now() - started;
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
