import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AppDeps } from '../http/app-env.js';
import type { Store } from '../store/store.js';

/**
 * Short-lived signed URLs of signed legal document PDFs (what upstream gets from S3 presigning): the download
 * operation redirects to `/legal-document-files/<organization id>/<document id>?expires=<unix s>&signature=<hex>`,
 * served by `legal-document-download-route.ts`. The signature is HMAC-SHA256 over organization id, document id
 * and expiry, so neither can be changed without the key, and an expiry further away than a link's lifetime is
 * refused, so no key holder's link lives longer than that.
 */

/** Lifetime of a download URL (upstream's presigned URLs: about 60 s). */
export const LEGAL_DOCUMENT_URL_TTL_SECONDS = 60;

/** How much further than its lifetime a link's expiry may lie: the clocks of a deployment's processes differ a little. */
export const LEGAL_DOCUMENT_URL_CLOCK_SKEW_SECONDS = 5;

/** Path prefix of the file route. */
export const LEGAL_DOCUMENT_FILES_PATH = '/legal-document-files';

const databaseKeys = new WeakMap<Store, Promise<Buffer>>();

/**
 * The HMAC key of an app: `FILE_SIGNING_KEY` when configured (any string; 32+ random characters recommended), else
 * the key generated at the database's first migration (`store.getFileSigningKey()`: shared by every process on the
 * database, the same after a restart), read once per store.
 */
export function fileSigningKey(deps: Pick<AppDeps, 'store' | 'settings'>): Promise<Buffer> {
  if (deps.settings.fileSigningKey) return Promise.resolve(Buffer.from(deps.settings.fileSigningKey, 'utf8'));
  let key = databaseKeys.get(deps.store);
  if (!key) {
    key = deps.store.getFileSigningKey();
    databaseKeys.set(deps.store, key);
    key.catch(() => databaseKeys.delete(deps.store)); // a failed read is tried again by the next request
  }
  return key;
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
 * Checks a download URL's `expires` and `signature`: `invalid` when missing, malformed, further away than a link's
 * lifetime (plus {@link LEGAL_DOCUMENT_URL_CLOCK_SKEW_SECONDS}) or not signed with `key` (any change to the ids or
 * the expiry), `expired` when correctly signed but past its expiry, else `valid`.
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
  const latest =
    now.getTime() / 1000 + LEGAL_DOCUMENT_URL_TTL_SECONDS + LEGAL_DOCUMENT_URL_CLOCK_SKEW_SECONDS;
  if (Number(expires) > latest) return 'invalid';
  const expected = Buffer.from(sign(key, file, expires), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return 'invalid';
  return now.getTime() > Number(expires) * 1000 ? 'expired' : 'valid';
}
