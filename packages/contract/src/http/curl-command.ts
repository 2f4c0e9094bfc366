import type { WireRequest } from './http-types.js';
import { wireUrl } from './serialise-request.js';

const SECRET_HEADERS = ['authorization', 'cookie', 'x-api-key'];
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * A curl line reproducing the request. Credentials are never printed: an Authorization header becomes
 * `Bearer $TOKEN` (double-quoted so the shell expands it), other secret headers `$TOKEN` too.
 * @example curlCommand('http://localhost:8000', wire) // curl -X GET 'http://…' -H "Authorization: Bearer $TOKEN"
 */
export function curlCommand(baseUrl: string, wire: WireRequest): string {
  const parts = ['curl', '-X', wire.method, quote(wireUrl(baseUrl, wire))];
  for (const [name, value] of Object.entries(wire.headers)) {
    const lower = name.toLowerCase();
    if (SECRET_HEADERS.includes(lower)) {
      const redacted = lower === 'authorization' && /^bearer /i.test(value) ? 'Bearer $TOKEN' : '$TOKEN';
      parts.push('-H', `"${name}: ${redacted}"`);
    } else {
      parts.push('-H', quote(`${name}: ${value}`));
    }
  }
  if (wire.body !== undefined) parts.push('--data-raw', quote(wire.body));
  return parts.join(' ');
}
