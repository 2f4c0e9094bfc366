import type { Context } from 'hono';
import { MEMBERSHIP_LEVEL } from '../domain/types.js';
import { ApiError } from '../errors/api-error.js';
import type { Handlers } from '../generated/handlers.gen.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { paginate, parsePageRequest } from '../http/pagination.js';
import { publicBaseUrl } from '../http/public-url.js';
import { ORGANIZATION_ACCESS_INSUFFICIENT } from '../rules/projects-access.js';
import { fileSigningKey, signFilePath } from './legal-documents-file-signing.js';
import { toLegalDocument } from './legal-documents-mapper.js';

/** The operations of `legal_documents/`. */
export type LegalDocumentOperationId =
  | 'legal_documents_list'
  | 'legal_documents_create'
  | 'legal_documents_retrieve'
  | 'legal_documents_destroy'
  | 'legal_documents_download_retrieve';

/** 403 when deleting a signed document (the spec's wording; upstream's text is not public). */
export const SIGNED_DOCUMENT_DELETE_MESSAGE = 'Signed legal documents cannot be deleted.';

/** 404 of `download/` while the document is not signed (or has no PDF yet). */
export const DOCUMENT_NOT_SIGNED_MESSAGE = 'The signed document is not available yet.';

/** 400 (attr `document_type`) when the organization already holds a document of that type. */
export function duplicateDocumentMessage(type: string): string {
  return `Your organization already has a ${type}. Contact support if you need a new one.`;
}

/**
 * Handlers of `legal_documents/…`, all for organization admins and owners only: list, create (one per type, held
 * by the store's unique constraint, so concurrent creates give one 201 and one 400), retrieve, delete (not once
 * signed) and download (302 to a 60-second signed URL of this server, see `legal-document-download-route.ts`).
 *
 * @example
 * const handlers = { ...createLegalDocumentHandlers(deps), ...createProjectHandlers(deps) };
 */
export function createLegalDocumentHandlers(deps: AppDeps): Pick<Handlers<AppEnv>, LegalDocumentOperationId> {
  const { store } = deps;
  return {
    legal_documents_list: async (c) => {
      requireOrganizationAdmin(c);
      const page = parsePageRequest(c.req.valid('query'));
      const { count, results } = await store.listLegalDocuments(c.get('organization').id, page);
      const documents = results.map((document) => toLegalDocument(document, document.created_by_user));
      return c.json(paginate(c, page, count, documents), 200);
    },

    legal_documents_create: async (c) => {
      requireOrganizationAdmin(c);
      const body = c.req.valid('json');
      const user = c.get('principal').user;
      const created = await store.createLegalDocument({
        organization_id: c.get('organization').id,
        document_type: body.document_type,
        company_name: body.company_name,
        company_address: body.company_address,
        representative_email: body.representative_email,
        created_by: user.id,
      });
      if (!created.ok) {
        throw ApiError.validation(
          'invalid_input',
          duplicateDocumentMessage(body.document_type),
          'document_type',
        );
      }
      return c.json(toLegalDocument(created.document, user), 201);
    },

    legal_documents_retrieve: async (c) => {
      requireOrganizationAdmin(c);
      const document = await store.getLegalDocument(c.get('organization').id, c.req.valid('param').id);
      if (!document) throw ApiError.notFound();
      return c.json(toLegalDocument(document, document.created_by_user), 200);
    },

    legal_documents_destroy: async (c) => {
      requireOrganizationAdmin(c);
      const deleted = await store.deleteLegalDocument(c.get('organization').id, c.req.valid('param').id);
      if (!deleted.ok) {
        if (deleted.reason === 'signed') throw ApiError.permissionDenied(SIGNED_DOCUMENT_DELETE_MESSAGE);
        throw ApiError.notFound();
      }
      return c.body(null, 204);
    },

    legal_documents_download_retrieve: async (c) => {
      requireOrganizationAdmin(c);
      const organizationId = c.get('organization').id;
      const document = await store.getLegalDocument(organizationId, c.req.valid('param').id);
      if (!document) throw ApiError.notFound();
      if (document.status !== 'signed' || !document.has_signed_pdf) {
        throw ApiError.notFound(DOCUMENT_NOT_SIGNED_MESSAGE);
      }
      const key = await fileSigningKey(deps);
      const path = signFilePath(key, { organizationId, documentId: document.id }, deps.clock.now());
      return c.body(null, 302, { Location: `${publicBaseUrl(c)}${path}` });
    },
  };
}

/** Every legal document operation is for admins and owners (upstream's `OrganizationAdminWritePermissions`). */
function requireOrganizationAdmin(c: Context<AppEnv>): void {
  if (c.get('membership').level < MEMBERSHIP_LEVEL.admin) {
    throw ApiError.permissionDenied(ORGANIZATION_ACCESS_INSUFFICIENT);
  }
}
