import type { Hono } from 'hono';
import { ApiError } from '../errors/api-error.js';
import type { AppEnv } from '../http/app-env.js';
import {
  fileSigningKey,
  LEGAL_DOCUMENT_FILES_PATH,
  verifyFileSignature,
} from './legal-documents-file-signing.js';

/**
 * Registers `GET /legal-document-files/{organization_id}/{document_id}?expires=…&signature=…`, the target of the
 * download operation's 302: a plain route outside the API (no API key; the signature is the credential).
 * 200 `application/pdf` with the signed PDF; 403 when the signature is missing or wrong; 410 when expired; 404
 * when the document or its PDF is gone. Reads `deps` from the context, so register it on an app whose middleware
 * sets `deps` (every `createApp` app does).
 *
 * @example
 * registerLegalDocumentDownloadRoute(app); // in createApp, next to the generated routes
 */
export function registerLegalDocumentDownloadRoute(app: Hono<AppEnv>): void {
  app.get(`${LEGAL_DOCUMENT_FILES_PATH}/:organizationId/:documentId`, async function downloadSignedPdf(c) {
    const deps = c.get('deps');
    const { store, clock } = deps;
    const file = { organizationId: c.req.param('organizationId'), documentId: c.req.param('documentId') };
    const key = await fileSigningKey(deps);
    const verdict = verifyFileSignature(
      key,
      file,
      c.req.query('expires'),
      c.req.query('signature'),
      clock.now(),
    );
    if (verdict === 'invalid') throw ApiError.downloadLinkInvalid();
    if (verdict === 'expired') throw ApiError.downloadLinkExpired();
    const pdf = await store.getLegalDocumentPdf(file.organizationId, file.documentId);
    if (!pdf) throw ApiError.notFound();
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="legal-document-${file.documentId}.pdf"`,
      'Cache-Control': 'private, no-store',
    });
  });
}
