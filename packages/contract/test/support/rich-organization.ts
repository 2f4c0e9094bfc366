import type { ReferenceFixtures, ReferenceTarget } from './reference-target.js';

/** What an organization holds besides the fixtures' three members (the state real organizations are in). */
export interface Population {
  /** Extra members (level member), created in the database: the API has no way to add one. */
  members: number;
  /** Legal document types created through the API and then signed (with a PDF) in the database. */
  signedDocuments: Array<'BAA' | 'DPA'>;
  /** Projects created and deleted through the API (left pending deletion). */
  deletedProjects: number;
}

/** The population of the false-positive runs: a signed legal document, deleted projects and 1,000 members. */
export const RICH: Population = { members: 1000, signedDocuments: ['DPA'], deletedProjects: 3 };

const PDF = new TextEncoder().encode('%PDF-1.4\n% contract fixture\n');

/**
 * Fills the fixtures' organization as a long-lived one is: `members` more members (batches in parallel), signed
 * legal documents, projects pending deletion. Everything the API can do goes through the API (owner key).
 * @example await populateOrganization(target, fixtures, RICH);
 */
export async function populateOrganization(
  target: ReferenceTarget,
  fixtures: ReferenceFixtures,
  population: Population,
): Promise<void> {
  const org = fixtures.organizationId;
  const api = async (method: string, path: string, body?: unknown) => {
    const response = await target.fetch(
      new Request(`http://localhost/api/organizations/${org}/${path}`, {
        method,
        headers: { authorization: `Bearer ${fixtures.tokens.owner}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    if (response.status >= 300) throw new Error(`populate: ${method} ${path} answered ${response.status}`);
    return response.status === 204 ? undefined : ((await response.json()) as { id: unknown });
  };
  const { store } = target;
  const organization = await store.getOrganization(org);
  if (!organization) throw new Error(`populate: no organization ${org}`);
  const tag = org.slice(0, 8);
  for (let start = 0; start < population.members; start += 50) {
    await Promise.all(
      Array.from({ length: Math.min(50, population.members - start) }, async (_, i) => {
        const n = start + i;
        const created = await store.createUser({
          email: `person-${n}-${tag}@populated.example.com`,
          first_name: `Person${n}`,
          last_name: `Populated${n % 37}`,
          is_email_verified: true,
        });
        if (!created.ok) throw new Error(`populate: user ${n} exists`);
        await store.addMember(org, created.user.id, 1);
      }),
    );
  }
  for (const type of population.signedDocuments) {
    const document = await api('POST', 'legal_documents/', {
      document_type: type,
      company_name: 'Populated Inc.',
      company_address: '1 Fixture Street',
      representative_email: `legal-${tag}@populated.example.com`,
    });
    await store.markLegalDocumentSigned(org, String(document?.id), PDF);
  }
  for (let i = 0; i < population.deletedProjects; i++) {
    const project = await api('POST', 'projects/', { name: `Deleted ${i} ${tag}` });
    await api('DELETE', `projects/${String(project?.id)}/`);
  }
}
