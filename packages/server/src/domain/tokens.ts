import { createHash, randomBytes } from 'node:crypto';

/** base62 without the look-alikes `0 1 O I l` (upstream's newest token alphabet). */
export const BASE57_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Token prefixes: project (client) token, personal API key, secret key. */
export const TOKEN_PREFIX = { project: 'phc_', personalApiKey: 'phx_', secret: 'phs_' } as const;

/**
 * Encodes `byteCount` random bytes in base57 (top bit forced, left-padded) so every token of a size has the same
 * length: 44 characters for 32 bytes, 49 for 35 bytes.
 * @example randomBase57(32).length === 44
 */
export function randomBase57(byteCount: number): string {
  const bytes = randomBytes(byteCount);
  bytes[0] = (bytes[0] ?? 0) | 0x80;
  let value = BigInt(`0x${bytes.toString('hex')}`);
  const base = BigInt(BASE57_ALPHABET.length);
  let out = '';
  while (value > 0n) {
    out = BASE57_ALPHABET[Number(value % base)] + out;
    value /= base;
  }
  const length = Math.ceil((byteCount * 8) / Math.log2(BASE57_ALPHABET.length));
  return out.padStart(length, BASE57_ALPHABET[0]);
}

/** A new personal API key value `phx_…` (35 random bytes). */
export function generatePersonalApiKeyValue(): string {
  return TOKEN_PREFIX.personalApiKey + randomBase57(35);
}

/** A new project token `phc_…` (32 random bytes). */
export function generateProjectApiToken(): string {
  return TOKEN_PREFIX.project + randomBase57(32);
}

/** A new secret token `phs_…` (35 random bytes). */
export function generateSecretApiToken(): string {
  return TOKEN_PREFIX.secret + randomBase57(35);
}

/** A random id for rows without a UUID (personal API keys, OAuth client ids). */
export function generateRandomId(): string {
  return randomBase57(16);
}

/**
 * How a key value is stored and looked up: `sha256$<hex>`.
 * @example hashApiKeyValue('phx_abc') === 'sha256$…'
 */
export function hashApiKeyValue(value: string): string {
  return `sha256$${createHash('sha256').update(value).digest('hex')}`;
}

/**
 * Display mask of a key value: first 4 chars + `...` + last 4; values shorter than 16 chars → `********`.
 * @example maskApiKeyValue('phx_0123456789abcdef') === 'phx_...cdef'
 */
export function maskApiKeyValue(value: string): string {
  if (value.length < 16) return '********';
  return `${value.slice(0, 4)}...${value.slice(-4)}`;
}
