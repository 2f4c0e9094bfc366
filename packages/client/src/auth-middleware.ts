import type { Middleware } from 'openapi-fetch';
import { assertValidApiKey } from './api-key.js';

/**
 * openapi-fetch middleware that sends the personal API key as `Authorization: Bearer <key>` on every request.
 * The key is validated first, so setting the header can never throw a message that quotes it.
 */
export function createAuthMiddleware(apiKey: string): Middleware {
  assertValidApiKey(apiKey);
  const authorization = `Bearer ${apiKey}`;
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', authorization);
    },
  };
}
