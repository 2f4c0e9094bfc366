/** What a run must leave as it found: every collection of the organization, as the owner sees it. */
export type OrganizationSnapshot = Record<string, unknown[]>;

const COLLECTIONS: Record<string, (item: Record<string, unknown>) => unknown> = {
  members: (m) => ({ uuid: (m.user as { uuid?: unknown } | undefined)?.uuid, level: m.level }),
  projects: (p) => ({ id: p.id, name: p.name }),
  invites: (i) => ({ id: i.id, target_email: i.target_email, level: i.level }),
  legal_documents: (d) => ({ id: d.id, document_type: d.document_type }),
  oauth_applications: (a) => ({ id: a.id, name: a.name }),
};

/**
 * Lists every collection of the organization (owner token, all pages) and keeps the identifying fields, sorted, so
 * that two snapshots compare equal exactly when nothing was added, removed or changed.
 */
export async function snapshotOrganization(
  fetch: (request: Request) => Promise<Response>,
  baseUrl: string,
  organizationId: string,
  token: string,
): Promise<OrganizationSnapshot> {
  const snapshot: OrganizationSnapshot = {};
  for (const [name, pick] of Object.entries(COLLECTIONS)) {
    const items: unknown[] = [];
    let url: string | null = `${baseUrl}/api/organizations/${organizationId}/${name}/?limit=100`;
    while (url) {
      const response = await fetch(new Request(url, { headers: { authorization: `Bearer ${token}` } }));
      if (response.status !== 200) throw new Error(`snapshot: GET ${url} answered ${response.status}`);
      const page = (await response.json()) as { results: Record<string, unknown>[]; next: string | null };
      items.push(...page.results.map(pick));
      url = page.next;
    }
    snapshot[name] = items.map((i) => JSON.stringify(i)).sort();
  }
  return snapshot;
}
