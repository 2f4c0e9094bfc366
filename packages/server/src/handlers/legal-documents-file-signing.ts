import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { HttpSettings } from '../http/app-env.js';

/**
 * Short-lived signed URLs of signed legal document PDFs (what upstream gets from S3 presigning): the download
 * operation redirects to `/legal-document-files/<organization id>/<document id>?expires=<unix s>&signature=<hex>`,
 * served by `legal-document-download-route.ts`. The signature is HMAC-SHA256 over organization id, document id
 * and expiry, so neither can be changed without the key.
 */

/** Lifetime of a download URL (upstream's presigned URLs: about 60 s). */
export const LEGAL_DOCUMENT_URL_TTL_SECONDS = 60;

/** Path prefix of the file route. */
export const LEGAL_DOCUMENT_FILES_PATH = '/legal-document-files';

/** Where the signing key comes from: `FILE_SIGNING_KEY` if configured, else a default (see below). */
export interface FileSigningSettings {
  /** Config `FILE_SIGNING_KEY` (any string; 32+ random characters recommended). */
  fileSigningKey?: string;
  /** Config `DATABASE_URL`. */
  databaseUrl?: string;
}

/** The signing settings of an app (`FILE_SIGNING_KEY` and `DATABASE_URL` from the config). */
export function fileSigningSettings(settings: HttpSettings): FileSigningSettings {
  return { fileSigningKey: settings.fileSigningKey, databaseUrl: settings.databaseUrl };
}

/** The default key of this process when nothing shared is known (SQLite: one process owns the file). */
const PROCESS_KEY = randomBytes(32);

/**
 * The HMAC key. In order: `FILE_SIGNING_KEY`; on PostgreSQL, a key derived from `DATABASE_URL` (every process of
 * one deployment shares the URL, password included, so a URL signed by one process verifies on another); else a
 * random key per process. Set `FILE_SIGNING_KEY` when the PostgreSQL URL carries no secret (trust/peer auth).
 */
export function resolveFileSigningKey(settings: FileSigningSettings): Buffer {
  if (settings.fileSigningKey) return Buffer.from(settings.fileSigningKey, 'utf8');
  if (settings.databaseUrl && /^postgres(ql)?:\/\//.test(settings.databaseUrl)) {
    return createHash('sha256').update(`org-api legal-document-files v1\0${settings.databaseUrl}`).digest();
  }
  return PROCESS_KEY;
}

/** The file a URL points at. */
export interface SignedFile {
  organizationId: string;
  documentId: string;
}

function sign(key: Buffer, file: SignedFile, expires: string): string {
  return createHmac('sha256', key)
    .update(`${file.organizationId}\n${file.documentId}\n${expires}`)
    .digest('hex');
}

/**
 * The path and query of a download URL valid until `now + LEGAL_DOCUMENT_URL_TTL_SECONDS`.
 *
 * @example
 * signFilePath(key, { organizationId, documentId }, new Date());
 * // '/legal-document-files/<org>/<doc>?expires=1764238860&signature=3f9a…'
 */
export function signFilePath(key: Buffer, file: SignedFile, now: Date): string {
  const expires = String(Math.floor(now.getTime() / 1000) + LEGAL_DOCUMENT_URL_TTL_SECONDS);
  const query = new URLSearchParams({ expires, signature: sign(key, file, expires) });
  return `${LEGAL_DOCUMENT_FILES_PATH}/${file.organizationId}/${file.documentId}?${query}`;
}

/**
 * Checks a download URL's `expires` and `signature`: `invalid` when missing, malformed or not signed with `key`
 * (any change to the ids or the expiry), `expired` when correctly signed but past its expiry, else `valid`.
 */
export function verifyFileSignature(
  key: Buffer,
  file: SignedFile,
  expires: string | undefined,
  signature: string | undefined,
  now: Date,
): 'valid' | 'invalid' | 'expired' {
  if (!expires || !/^\d{1,12}$/.test(expires) || !signature || !/^[0-9a-f]{64}$/.test(signature)) {
    return 'invalid';
  }
  const expected = Buffer.from(sign(key, file, expires), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'invalid';
  return now.getTime() > Number(expires) * 1000 ? 'expired' : 'valid';
}
