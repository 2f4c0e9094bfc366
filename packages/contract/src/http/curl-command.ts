import type { TokenRole, WireRequest } from './http-types.js';
import { wireUrl } from './serialise-request.js';

const SECRET_HEADERS = ['authorization', 'cookie', 'x-api-key'];
const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The shell variable standing for a role's token in multi-step reproducers: `otherOrg` → `OTHER_ORG_TOKEN`. */
export function tokenVariable(role: TokenRole): string {
  const words = role.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_');
  return `${words.toUpperCase()}_TOKEN`;
}

/**
 * A curl line reproducing the request. Credentials are never printed: an Authorization header becomes
 * `Bearer $TOKEN` (double-quoted so the shell expands it; `variable` names another variable, e.g. one per role in
 * a multi-step reproducer), other secret headers `$TOKEN` too.
 * @example curlCommand('http://localhost:8000', wire) // curl -X GET 'http://…' -H "Authorization: Bearer $TOKEN"
 */
export function curlCommand(baseUrl: string, wire: WireRequest, variable = 'TOKEN'): string {
  const parts = ['curl', '-X', wire.method, quote(wireUrl(baseUrl, wire))];
  for (const [name, value] of Object.entries(wire.headers)) {
    const lower = name.toLowerCase();
    if (SECRET_HEADERS.includes(lower)) {
      const redacted =
        lower === 'authorization' && /^bearer /i.test(value) ? `Bearer $${variable}` : `$${variable}`;
      parts.push('-H', `"${name}: ${redacted}"`);
    } else {
      parts.push('-H', quote(`${name}: ${value}`));
    }
  }
  if (wire.body !== undefined) parts.push('--data-raw', quote(wire.body));
  return parts.join(' ');
}
