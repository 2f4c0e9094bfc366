import type { LegalDocument, User } from '../domain/types.js';
import type { LegalDocumentDTO } from '../generated/schemas.gen.js';

/**
 * A legal document as the API shows it (`LegalDocumentDTO`); `creator` is the creating user (`null` once deleted).
 * The company address and the PDF are never shown.
 */
export function toLegalDocument(document: LegalDocument, creator: User | null): LegalDocumentDTO {
  return {
    id: document.id,
    document_type: document.document_type,
    company_name: document.company_name,
    representative_email: document.representative_email,
    status: document.status,
    created_by: creator ? { first_name: creator.first_name, email: creator.email } : null,
    created_at: document.created_at.toISOString(),
  };
}
