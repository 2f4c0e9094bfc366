import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHandlerHarness,
  type HandlerHarness,
  type SeededOrg,
  STORE_KINDS,
} from './test-support/handler-harness.js';

/**
 * A JSON string holding a lone UTF-16 surrogate (`"\ud800"`) is not Unicode text: PostgreSQL refused it (a 500) and
 * SQLite stored a replacement. One rule on both databases, in the runtime's body adapter: 400
 * `surrogate_characters_not_allowed` on the field, and nothing stored.
 */
const surrogate = (attr: string, hex = 'D800') => ({
  type: 'validation_error',
  code: 'surrogate_characters_not_allowed',
  detail: `Surrogate characters are not allowed: U+${hex}.`,
  attr,
});

describe.each(STORE_KINDS)('lone surrogates in request bodies (%s)', (kind) => {
  let h: HandlerHarness;
  let org: SeededOrg;
  let projectId: number;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
    org = await h.seedOrg();
    projectId = (await h.createProject(org.organization, { name: 'Tagged' })).id;
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  async function send(method: string, path: string, json: string) {
    const response = await h.fetch(
      new Request(`http://localhost/api/organizations/${org.organization.id}/${path}`, {
        method,
        headers: { authorization: `Bearer ${org.owner.key}`, 'content-type': 'application/json' },
        body: json,
      }),
    );
    return { status: response.status, body: await response.json() };
  }

  it.each([
    ['PATCH', () => `projects/${projectId}/`, '{"tags":["\\ud800"]}', 'tags__0', 'D800'],
    ['PATCH', () => `projects/${projectId}/`, '{"name":"x\\udfff"}', 'name', 'DFFF'],
    [
      'PATCH',
      () => `projects/${projectId}/`,
      '{"extra_settings":{"k\\udbff":1}}',
      'extra_settings__k\udbff',
      'DBFF',
    ],
    [
      'POST',
      () => 'projects/',
      '{"name":"ok","product_description":"\\ud800"}',
      'product_description',
      'D800',
    ],
    ['POST', () => 'invites/', '{"target_email":"a@example.com","message":"hi \\udc00"}', 'message', 'DC00'],
    [
      'POST',
      () => 'invites/bulk/',
      '[{"target_email":"a@example.com"},{"target_email":"b@example.com","first_name":"\\ud801"}]',
      '1__first_name',
      'D801',
    ],
    ['PATCH', () => `members/${org.member.user.uuid}/`, '{"level":8,"unknown":"\\ud800"}', 'unknown', 'D800'],
  ])('%s %s %s → 400 on the field', async (method, path, json, attr, hex) => {
    expect(await send(method, path(), json)).toEqual({ status: 400, body: surrogate(attr, hex) });
  });

  it('stores nothing: the project, the invites and the member are as they were', async () => {
    const { data: project } = await org.owner.client.GET(
      '/api/organizations/{organization_id}/projects/{id}/',
      {
        params: { path: { organization_id: org.organization.id, id: projectId } },
      },
    );
    expect([project?.name, project?.tags, project?.extra_settings]).toEqual(['Tagged', [], null]);
    expect((await h.store.listProjects(org.organization.id, { limit: 10, offset: 0 })).count).toBe(1);
    expect((await h.store.listInvites(org.organization.id, { limit: 10, offset: 0 })).count).toBe(0);
    expect((await h.store.getMember(org.organization.id, org.member.user.id))?.level).toBe(1);
  });

  it('takes a surrogate pair (an emoji) as text, stored and returned as sent', async () => {
    const sent = await send('PATCH', `projects/${projectId}/`, '{"tags":["\\ud83d\\ude80 launch"]}');
    expect(sent.status).toBe(200);
    expect(sent.body.tags).toEqual(['🚀 launch']);
  });
});
