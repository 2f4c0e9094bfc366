import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

const APPS = '/api/organizations/{organization_id}/oauth_applications/';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe.each(STORE_KINDS)('OAuth applications handler (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it("lists the organization's applications newest first with redirect_uris_list split", async () => {
    const org = await h.seedOrg();
    const other = await h.seedOrg();
    const older = await h.store.createOAuthApplication({
      organization_id: org.organization.id,
      name: 'Zapier',
      client_id: 'client-zapier',
      redirect_uris: 'https://zapier.com/cb  https://zapier.com/cb2',
      is_verified: true,
    });
    h.clock.advance(1000);
    await h.store.createOAuthApplication({ organization_id: org.organization.id, name: 'Internal' });
    await h.store.createOAuthApplication({ organization_id: other.organization.id, name: 'Foreign' });

    const { data, response } = await org.member.client.GET(APPS, {
      params: { path: { organization_id: org.organization.id } },
    });
    expect(response.status).toBe(200);
    expect(data?.count).toBe(2);
    expect(data?.results.map((app) => [app.name, app.redirect_uris_list])).toEqual([
      ['Internal', []],
      ['Zapier', ['https://zapier.com/cb', 'https://zapier.com/cb2']],
    ]);
    expect(data?.results[1]).toEqual({
      id: older.id,
      name: 'Zapier',
      client_id: 'client-zapier',
      redirect_uris_list: ['https://zapier.com/cb', 'https://zapier.com/cb2'],
      is_verified: true,
      created: expect.stringMatching(ISO),
      updated: expect.stringMatching(ISO),
    });
  });

  it('paginates with absolute links', async () => {
    const org = await h.seedOrg();
    for (const name of ['a', 'b', 'c']) {
      await h.store.createOAuthApplication({ organization_id: org.organization.id, name });
      h.clock.advance(1000);
    }
    const { data } = await org.owner.client.GET(APPS, {
      params: { path: { organization_id: org.organization.id }, query: { limit: 1, offset: 1 } },
    });
    const base = `http://localhost/api/organizations/${org.organization.id}/oauth_applications/`;
    expect(data).toMatchObject({
      count: 3,
      next: `${base}?limit=1&offset=2`,
      previous: `${base}?limit=1`,
      results: [expect.objectContaining({ name: 'b' })],
    });
  });
});
