import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type {
  LegalDocument,
  LegalDocumentWithCreator,
  NewLegalDocument,
  Page,
  PageRequest,
} from '../domain/types.js';
import { loadUsers } from './invites-repo.js';
import { decodeLegalDocument, toIso } from './row-codec.js';
import type { Result } from './store.js';
import { checkPage, type StoreContext } from './store-context.js';

/* Legal documents: one per (organization, type), guaranteed by a unique constraint + ON CONFLICT DO NOTHING. */

const SIGNED = 'signed';

function documentQuery(ctx: StoreContext) {
  return ctx.db
    .selectFrom('legal_documents')
    .select([
      'id',
      'organization_id',
      'document_type',
      'company_name',
      'company_address',
      'representative_email',
      'status',
      'created_by',
      'created_at',
    ])
    .select(sql<boolean | number>`(signed_pdf is not null)`.as('has_signed_pdf'));
}

async function withCreators(ctx: StoreContext, docs: LegalDocument[]): Promise<LegalDocumentWithCreator[]> {
  const users = await loadUsers(
    ctx,
    docs.map((d) => d.created_by),
  );
  return docs.map((d) => ({
    ...d,
    created_by_user: (d.created_by !== null && users.get(d.created_by)) || null,
  }));
}

export async function createLegalDocument(
  ctx: StoreContext,
  input: NewLegalDocument,
): Promise<Result<{ document: LegalDocument }, 'exists'>> {
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
}

export async function listLegalDocuments(
  ctx: StoreContext,
  organizationId: string,
  page: PageRequest,
): Promise<Page<LegalDocumentWithCreator>> {
  checkPage(page.limit, page.offset);
  const [countRow, rows] = await Promise.all([
    ctx.db
      .selectFrom('legal_documents')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('organization_id', '=', organizationId)
      .executeTakeFirstOrThrow(),
    documentQuery(ctx)
      .where('organization_id', '=', organizationId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { count: Number(countRow.n), results: await withCreators(ctx, rows.map(decodeLegalDocument)) };
}

export async function getLegalDocument(
  ctx: StoreContext,
  organizationId: string,
  documentId: string,
): Promise<LegalDocumentWithCreator | undefined> {
  const row = await documentQuery(ctx)
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!row) return undefined;
  const [doc] = await withCreators(ctx, [decodeLegalDocument(row)]);
  return doc;
}

export async function deleteLegalDocument(
  ctx: StoreContext,
  organizationId: string,
  documentId: string,
): Promise<Result<object, 'not_found' | 'signed'>> {
  const deleted = await ctx.db
    .deleteFrom('legal_documents')
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .where('status', '!=', SIGNED)
    .executeTakeFirst();
  if (deleted.numDeletedRows > 0n) return { ok: true };
  const exists = await documentQuery(ctx)
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  return { ok: false, reason: exists ? 'signed' : 'not_found' };
}

export async function markLegalDocumentSigned(
  ctx: StoreContext,
  organizationId: string,
  documentId: string,
  pdf: Uint8Array | null,
): Promise<LegalDocument | undefined> {
  const updated = await ctx.db
    .updateTable('legal_documents')
    .set({ status: SIGNED, signed_pdf: pdf === null ? null : Buffer.from(pdf) })
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (updated.numUpdatedRows === 0n) return undefined;
  const doc = await getLegalDocument(ctx, organizationId, documentId);
  if (!doc) return undefined;
  const { created_by_user: _creator, ...document } = doc;
  return document;
}

export async function getLegalDocumentPdf(
  ctx: StoreContext,
  organizationId: string,
  documentId: string,
): Promise<Uint8Array | undefined> {
  const row = await ctx.db
    .selectFrom('legal_documents')
    .select('signed_pdf')
    .where('organization_id', '=', organizationId)
    .where('id', '=', documentId)
    .executeTakeFirst();
  if (!row?.signed_pdf) return undefined;
  return new Uint8Array(row.signed_pdf);
}
