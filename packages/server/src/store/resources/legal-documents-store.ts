import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type {
  LegalDocument,
  LegalDocumentWithCreator,
  NewLegalDocument,
  Page,
  PageRequest,
} from '../../domain/types.js';
import { listPage } from '../page-query.js';
import { decodeLegalDocument, toIso } from '../row-codec.js';
import type { StoreContext } from '../store-context.js';
import type { Result } from '../store-types.js';
import { attachCreators } from './users-store.js';

/** Legal documents: one per (organization, type), held by a unique constraint + ON CONFLICT DO NOTHING. */
export interface LegalDocumentStore {
  /**
   * Creates a legal document with status `submitted_for_signature`. At most one per (organization, type): a second
   * one (also under concurrency) returns `reason: 'exists'`, never a raw database error.
   */
  createLegalDocument(input: NewLegalDocument): Promise<Result<{ document: LegalDocument }, 'exists'>>;

  /** Lists an organization's legal documents, newest first (tiebreaker id desc), with their creators. */
  listLegalDocuments(organizationId: string, page: PageRequest): Promise<Page<LegalDocumentWithCreator>>;

  /** Gets one legal document of an organization with its creator. */
  getLegalDocument(organizationId: string, documentId: string): Promise<LegalDocumentWithCreator | undefined>;

  /**
   * Deletes a legal document unless it is signed (checked in the same statement).
   * @returns `not_found`, or `signed` (the row is kept).
   */
  deleteLegalDocument(
    organizationId: string,
    documentId: string,
  ): Promise<Result<object, 'not_found' | 'signed'>>;

  /** Marks a document `signed` and attaches the signed PDF (or `null`). @returns the updated row. */
  markLegalDocumentSigned(
    organizationId: string,
    documentId: string,
    pdf: Uint8Array | null,
  ): Promise<LegalDocument | undefined>;

  /** Reads the signed PDF of a document; `undefined` when the document or its PDF does not exist. */
  getLegalDocumentPdf(organizationId: string, documentId: string): Promise<Uint8Array | undefined>;
}

const SIGNED = 'signed';

/** The {@link LegalDocumentStore} over `ctx` (the store's context, or a transaction's). */
export function legalDocumentStore(ctx: StoreContext): LegalDocumentStore {
  /** One document of the organization: every column but the PDF, and whether there is one. */
  const findDocument = async (organizationId: string, documentId: string) => {
    const row = await ctx.db
      .selectFrom('legal_documents')
      .where('organization_id', '=', organizationId)
      .where('id', '=', documentId)
      .select(DOCUMENT_COLUMNS)
      .select(HAS_SIGNED_PDF)
      .executeTakeFirst();
    if (!row) return undefined;
    const [document] = await attachCreators(ctx, [decodeLegalDocument(row)]);
    return document;
  };
  return {
    async createLegalDocument(input) {
      const inserted = await ctx.db
        .insertInto('legal_documents')
        .values({
          id: randomUUID(),
          organization_id: input.organization_id,
          document_type: input.document_type,
          company_name: input.company_name,
          company_address: input.company_address,
          representative_email: input.representative_email,
          status: 'submitted_for_signature',
          created_by: input.created_by ?? null,
          created_at: toIso(ctx.now()),
          signed_pdf: null,
        })
        .onConflict((oc) => oc.columns(['organization_id', 'document_type']).doNothing())
        .returningAll()
        .executeTakeFirst();
      if (!inserted) return { ok: false, reason: 'exists' };
      return { ok: true, document: decodeLegalDocument({ ...inserted, has_signed_pdf: false }) };
    },

    async listLegalDocuments(organizationId, page) {
      const filtered = ctx.db.selectFrom('legal_documents').where('organization_id', '=', organizationId);
      const documents = await listPage(
        filtered,
        page,
        (q) =>
          q
            .select(DOCUMENT_COLUMNS)
            .select(HAS_SIGNED_PDF)
            .orderBy('created_at', 'desc')
            .orderBy('id', 'desc'),
        decodeLegalDocument,
      );
      return { count: documents.count, results: await attachCreators(ctx, documents.results) };
    },

    getLegalDocument: findDocument,

    async deleteLegalDocument(organizationId, documentId) {
      const deleted = await ctx.db
        .deleteFrom('legal_documents')
        .where('organization_id', '=', organizationId)
        .where('id', '=', documentId)
        .where('status', '!=', SIGNED)
        .executeTakeFirst();
      if (deleted.numDeletedRows > 0n) return { ok: true };
      return { ok: false, reason: (await findDocument(organizationId, documentId)) ? 'signed' : 'not_found' };
    },

    async markLegalDocumentSigned(organizationId, documentId, pdf) {
      const updated = await ctx.db
        .updateTable('legal_documents')
        .set({ status: SIGNED, signed_pdf: pdf === null ? null : Buffer.from(pdf) })
        .where('organization_id', '=', organizationId)
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (updated.numUpdatedRows === 0n) return undefined;
      const found = await findDocument(organizationId, documentId);
      if (!found) return undefined;
      const { created_by_user: _creator, ...document } = found;
      return document;
    },

    async getLegalDocumentPdf(organizationId, documentId) {
      const row = await ctx.db
        .selectFrom('legal_documents')
        .select('signed_pdf')
        .where('organization_id', '=', organizationId)
        .where('id', '=', documentId)
        .executeTakeFirst();
      return row?.signed_pdf ? new Uint8Array(row.signed_pdf) : undefined;
    },
  };
}

/** Every column but the PDF itself. */
const DOCUMENT_COLUMNS = [
  'id',
  'organization_id',
  'document_type',
  'company_name',
  'company_address',
  'representative_email',
  'status',
  'created_by',
  'created_at',
] as const;
const HAS_SIGNED_PDF = sql<boolean | number>`(signed_pdf is not null)`.as('has_signed_pdf');
