/**
 * What openapi-fetch builds for a call on the client's fast path (its documented `Request` option) instead of a
 * platform `Request`: the URL and init exactly as openapi-fetch computed them, without copies. On Node 20 a
 * `Request` costs about as much as everything else openapi-fetch does per call, and the platform `fetch` builds
 * its own from the parts anyway. Only the client's fetch layer ever sees one: calls take the fast path only when
 * no middleware could (see `prepared-client.ts`).
 */
export class PreparedRequest {
  /** The URL as openapi-fetch built it (not normalised: `new URL(url).href` is what a `Request` would show). */
  readonly url: string;
  readonly method: string;
  /** The headers openapi-fetch merged (a `Headers` it created for this call alone). */
  readonly headers: Headers;
  /** The serialized body, as the body serializer returned it (`undefined` when there is none). */
  readonly body: unknown;
  /** The request options openapi-fetch passed (`redirect`, `credentials`, `cache`, …), read by the fetch layer. */
  readonly init: RequestInit;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? undefined;
    this.init = init;
  }
}

/**
 * True for a body that can be sent again as it is on a retry: strings, `FormData`, `URLSearchParams`, blobs and
 * bytes. Anything else (a stream from a custom body serializer) has to be read into bytes once first.
 */
export function isReusableBody(body: unknown): body is BodyInit {
  return (
    typeof body === 'string' ||
    body instanceof FormData ||
    body instanceof URLSearchParams ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body)
  );
}
