import { describe, expect, it } from 'vitest';
import type { LegalDocumentType, NewLegalDocument } from '../../src/domain/types.js';
import type { StoreHarness } from './store-contract.js';

/** Contract: legal documents (one per type, signing, deletion rules) and OAuth applications. */
export function describeLegalAndOAuthContract(h: StoreHarness): void {
  const docInput = (organization_id: string, document_type: LegalDocumentType): NewLegalDocument => ({
    organization_id,
    document_type,
    company_name: 'Acme Inc.',
    company_address: '1 Main St',
    representative_email: 'legal@acme.io',
  });

  describe('legal documents', () => {
    it('creates one document per type and answers "exists" for a second one', async () => {
      const org = await h.org();
      const creator = await h.member(org, 15);
      const at = h.clock.peek();
      const baa = await h.store.createLegalDocument({ ...docInput(org.id, 'BAA'), created_by: creator.id });
      expect(baa).toEqual({
        ok: true,
        document: {
          id: expect.stringMatching(/^[0-9a-f-]{36}$/),
          organization_id: org.id,
          document_type: 'BAA',
          company_name: 'Acme Inc.',
          company_address: '1 Main St',
          representative_email: 'legal@acme.io',
          status: 'submitted_for_signature',
          created_by: creator.id,
          created_at: at,
          has_signed_pdf: false,
        },
      });
      expect(await h.store.createLegalDocument(docInput(org.id, 'BAA'))).toEqual({
        ok: false,
        reason: 'exists',
      });
      expect((await h.store.createLegalDocument(docInput(org.id, 'DPA'))).ok).toBe(true);
      expect((await h.store.createLegalDocument(docInput((await h.org()).id, 'BAA'))).ok).toBe(true);
      if (!baa.ok) return;
      expect(await h.store.getLegalDocument(org.id, baa.document.id)).toEqual({
        ...baa.document,
        created_by_user: creator,
      });
      expect(await h.store.getLegalDocument(org.id, 'unknown')).toBeUndefined();
    });

    it('creates exactly one document when two creations of one type race', async () => {
      for (let round = 0; round < 5; round++) {
        const org = await h.org();
        const results = await Promise.all([
          h.store.createLegalDocument(docInput(org.id, 'DPA')),
          (h.peer ?? h.store).createLegalDocument(docInput(org.id, 'DPA')),
        ]);
        expect(results.filter((r) => r.ok)).toHaveLength(1);
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'exists' }]);
        expect((await h.store.listLegalDocuments(org.id, { limit: 10, offset: 0 })).count).toBe(1);
      }
    });

    it('lists newest first with creators, paginates and counts', async () => {
      const org = await h.org();
      const baa = await h.store.createLegalDocument(docInput(org.id, 'BAA'));
      const dpa = await h.store.createLegalDocument(docInput(org.id, 'DPA'));
      if (!baa.ok || !dpa.ok) throw new Error('not created');
      const page = await h.store.listLegalDocuments(org.id, { limit: 10, offset: 0 });
      expect(page).toEqual({
        count: 2,
        results: [
          { ...dpa.document, created_by_user: null },
          { ...baa.document, created_by_user: null },
        ],
      });
      expect(await h.store.listLegalDocuments(org.id, { limit: 1, offset: 1 })).toEqual({
        count: 2,
        results: [{ ...baa.document, created_by_user: null }],
      });
    });

    it('marks a document signed with its PDF, refuses to delete it, deletes unsigned ones', async () => {
      const org = await h.org();
      const baa = await h.store.createLegalDocument(docInput(org.id, 'BAA'));
      const dpa = await h.store.createLegalDocument(docInput(org.id, 'DPA'));
      if (!baa.ok || !dpa.ok) throw new Error('not created');
      expect(await h.store.getLegalDocumentPdf(org.id, baa.document.id)).toBeUndefined();
      const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
      const signed = await h.store.markLegalDocumentSigned(org.id, baa.document.id, pdf);
      expect(signed).toEqual({ ...baa.document, status: 'signed', has_signed_pdf: true });
      expect(await h.store.getLegalDocumentPdf(org.id, baa.document.id)).toEqual(pdf);
      expect(await h.store.markLegalDocumentSigned(org.id, 'unknown', null)).toBeUndefined();
      expect(await h.store.deleteLegalDocument(org.id, baa.document.id)).toEqual({
        ok: false,
        reason: 'signed',
      });
      expect(await h.store.deleteLegalDocument(org.id, dpa.document.id)).toEqual({ ok: true });
      expect(await h.store.deleteLegalDocument(org.id, dpa.document.id)).toEqual({
        ok: false,
        reason: 'not_found',
      });
      // Deleting frees the type.
      expect((await h.store.createLegalDocument(docInput(org.id, 'DPA'))).ok).toBe(true);
    });
  });

  describe('OAuth applications', () => {
    it('creates applications and lists them newest first (id as tiebreaker), paginated', async () => {
      const org = await h.org();
      const at = h.clock.peek();
      const first = await h.store.createOAuthApplication({
        organization_id: org.id,
        name: 'First',
        client_id: `client-${org.id}`,
        redirect_uris: 'https://a.example/cb https://b.example/cb',
        is_verified: true,
      });
      expect(first).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        organization_id: org.id,
        name: 'First',
        client_id: `client-${org.id}`,
        redirect_uris: 'https://a.example/cb https://b.example/cb',
        is_verified: true,
        created: at,
        updated: at,
      });
      h.clock.freeze();
      const tied = [
        await h.store.createOAuthApplication({ organization_id: org.id, name: 'T1' }),
        await h.store.createOAuthApplication({ organization_id: org.id, name: 'T2' }),
      ];
      h.clock.unfreeze();
      expect(tied[0]).toMatchObject({ redirect_uris: '', is_verified: false, client_id: expect.any(String) });
      const tiedIds = tied
        .map((a) => a.id)
        .sort()
        .reverse();
      const page = await h.store.listOAuthApplications(org.id, { limit: 10, offset: 0 });
      expect(page.count).toBe(3);
      expect(page.results.map((a) => a.id)).toEqual([...tiedIds, first.id]);
      expect((await h.store.listOAuthApplications(org.id, { limit: 1, offset: 2 })).results).toEqual([first]);
      expect(await h.store.listOAuthApplications((await h.org()).id, { limit: 10, offset: 0 })).toEqual({
        count: 0,
        results: [],
      });
    });
  });
}
