import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

const NOT_FOUND = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };

/** A path segment of the wrong form names no resource: 404 as upstream, not a 400 validation error. */
describe.each(STORE_KINDS)('malformed path ids (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it.each([
    ['GET', 'legal_documents/not-a-uuid/'],
    ['GET', 'legal_documents/not-a-uuid/download/'],
    ['DELETE', 'invites/123/'],
    ['PATCH', 'members/not-a-uuid/'],
    ['GET', 'members/@you/github_login/'],
    ['GET', 'projects/abc/'],
    ['DELETE', 'projects/1.5/'],
  ])('%s %s → 404 not_found', async (method, path) => {
    const { organization, owner } = await h.seedOrg();
    const response = await h.fetch(
      new Request(`http://localhost/api/organizations/${organization.id}/${path}`, {
        method,
        headers: { authorization: `Bearer ${owner.key}`, 'content-type': 'application/json' },
        ...(method === 'PATCH' ? { body: '{"level": 1}' } : {}),
      }),
    );
    expect({ status: response.status, body: await response.json() }).toEqual({
      status: 404,
      body: NOT_FOUND,
    });
  });

  it('reads a project id as upstream does (`[^/.]+` then int()): digits with a sign and spaces only', async () => {
    const { organization, owner } = await h.seedOrg();
    const project = await h.createProject(organization);
    const get = async (id: string) =>
      (
        await h.fetch(
          new Request(`http://localhost/api/organizations/${organization.id}/projects/${id}/`, {
            headers: { authorization: `Bearer ${owner.key}` },
          }),
        )
      ).status;
    const ids = [`${project.id}`, `+${project.id}`, `0${project.id}`, `%20${project.id}`];
    const malformed = [`${project.id}.0`, `${project.id}e0`, `0x${project.id.toString(16)}`];
    expect(await Promise.all([...ids, ...malformed].map(get))).toEqual([200, 200, 200, 200, 404, 404, 404]);
  });
});
