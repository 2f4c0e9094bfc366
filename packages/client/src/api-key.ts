/** Visible ASCII only: anything else would make `Headers#set` throw a message that quotes the key. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;

/**
 * Checks a personal API key before it is ever put in a header.
 * The messages never quote the key.
 * @throws TypeError when the key is empty or holds characters not allowed in an HTTP header value.
 */
export function assertValidApiKey(apiKey: unknown): asserts apiKey is string {
  if (typeof apiKey !== 'string' || apiKey.length === 0) {
    throw new TypeError('apiKey must be a non-empty string (a personal API key such as phx_…)');
  }
  if (!HEADER_SAFE.test(apiKey)) {
    throw new TypeError(
      'apiKey contains whitespace or characters that are not allowed in an HTTP header (value not shown)',
    );
  }
}

/**
 * Masks a key the way upstream displays keys: first 4 characters, `...`, last 4 (`phx_...abcd`);
 * keys shorter than 16 characters become `********`.
 * @example maskApiKey('phx_0123456789abcdefghij') // 'phx_...ghij'
 */
export function maskApiKey(apiKey: string): string {
  return apiKey.length < 16 ? '********' : `${apiKey.slice(0, 4)}...${apiKey.slice(-4)}`;
}

/** Replaces every occurrence of `apiKey` in `text` with its mask. */
export function redactApiKey(text: string, apiKey: string): string {
  return text.includes(apiKey) ? text.split(apiKey).join(maskApiKey(apiKey)) : text;
}

/**
 * Removes the key from anything thrown below the client (a custom `fetch`, the network layer): message, stack
 * and causes are rewritten in place; if that is impossible (frozen objects), a plain `Error` with the redacted
 * message is returned instead. The result is what the client re-throws.
 */
export function scrubApiKey(thrown: unknown, apiKey: string): unknown {
  if (typeof thrown === 'string') return redactApiKey(thrown, apiKey);
  rewriteInPlace(thrown, apiKey, 0);
  if (!mentionsKey(thrown, apiKey, 0)) return thrown;
  const message = (thrown as { message?: unknown }).message;
  return new Error(redactApiKey(String(message ?? 'request failed'), apiKey));
}

type ErrorLike = { message?: unknown; stack?: unknown; cause?: unknown };
const TEXT_FIELDS = ['message', 'stack'] as const;

function rewriteInPlace(value: unknown, apiKey: string, depth: number): void {
  if (depth > 4 || typeof value !== 'object' || value === null) return;
  const target = value as ErrorLike;
  for (const field of TEXT_FIELDS) {
    const text = target[field];
    if (typeof text === 'string' && text.includes(apiKey)) {
      try {
        target[field] = redactApiKey(text, apiKey);
      } catch {
        // frozen or read-only: mentionsKey() reports it and the caller replaces the error
      }
    }
  }
  rewriteInPlace(target.cause, apiKey, depth + 1);
}

function mentionsKey(value: unknown, apiKey: string, depth: number): boolean {
  if (typeof value === 'string') return value.includes(apiKey);
  if (depth > 4 || typeof value !== 'object' || value === null) return false;
  const target = value as ErrorLike;
  return (
    TEXT_FIELDS.some((field) => mentionsKey(target[field], apiKey, depth + 1)) ||
    mentionsKey(target.cause, apiKey, depth + 1)
  );
}
