import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_MUTANTS } from '../../../test/mutants/request-mutants.js';
import { runCheck, steps } from '../../../test/support/check-harness.js';
import { type ReferenceTarget, startReferenceTarget } from '../../../test/support/reference-target.js';

// member_level_rules against the reference server (SQLite, in-process) and against scripted defects.

let target: ReferenceTarget;
beforeAll(async () => {
  target = await startReferenceTarget('sqlite');
});
afterAll(() => target?.close());

const mutant = (prefix: string) => {
  const found = REQUEST_MUTANTS.find((m) => m.name.startsWith(prefix));
  if (!found) throw new Error(`no mutant ${prefix}`);
  return found;
};

async function levels(organizationId: string, token: string) {
  const response = await target.fetch(
    new Request(`http://localhost/api/organizations/${organizationId}/members/?limit=100`, {
      headers: { authorization: `Bearer ${token}` },
    }),
  );
  const page = (await response.json()) as { results: Array<{ level: number; user: { uuid: string } }> };
  return Object.fromEntries(page.results.map((m) => [m.user.uuid, m.level]));
}

const PATCH = 'members_partial_update';
const DELETE = 'members_destroy';

describe('member_level_rules', () => {
  it('passes every rule on the reference server, including the own level via @me, and restores levels', async () => {
    const fixtures = await target.newFixtures();
    const before = await levels(fixtures.organizationId, fixtures.tokens.owner);
    const run = await runCheck('member_level_rules', target.fetch, fixtures);
    expect(steps(run.results)).toEqual([
      ['pass', PATCH, 'member demotes an owner: 403'],
      ['pass', DELETE, 'member removes an owner: 403'],
      ['pass', PATCH, 'member raises their own level (@me): 403'],
      ['pass', PATCH, 'admin changes an owner: 403'],
      ['pass', DELETE, 'admin removes an owner: 403'],
      ['pass', PATCH, 'admin makes a member owner: 403'],
      ['pass', PATCH, 'owner makes a member admin: 200'],
      ['pass', PATCH, 'level is now admin'],
      ['pass', PATCH, 'owner restores member level: 200'],
    ]);
    const own = run.log.find(
      (e) => e.role === 'member' && e.request.method === 'PATCH' && e.request.body?.includes('8'),
    );
    expect(own?.request.path).toBe(`/api/organizations/${fixtures.organizationId}/members/%40me/`);
    expect(own?.response.json).toEqual({
      type: 'authentication_error',
      code: 'permission_denied',
      detail: "You can't change your own access level.",
      attr: null,
    });
    expect(await levels(fixtures.organizationId, fixtures.tokens.owner)).toEqual(before);
  });

  it('fails a member who may raise their own level, and puts the level back', async () => {
    const fixtures = await target.newFixtures();
    const fetch = mutant('broken level rule: a member may raise').build({ real: target.fetch, fixtures });
    const run = await runCheck('member_level_rules', fetch, fixtures);
    expect(steps(run.results).slice(2, 4)).toEqual([
      ['fail', PATCH, 'member raises their own level (@me): expected 403, got 200'],
      ['pass', PATCH, 'restore level: 200'],
    ]);
    expect(run.results.filter((r) => r.outcome === 'fail')).toHaveLength(1);
    expect(await levels(fixtures.organizationId, fixtures.tokens.owner)).toEqual({
      [fixtures.users.owner?.uuid as string]: 15,
      [fixtures.users.admin?.uuid as string]: 8,
      [fixtures.users.member?.uuid as string]: 1,
    });
  });

  it('fails an admin who may remove an owner or make a member owner', async () => {
    const fixtures = await target.newFixtures();
    const removes = await runCheck(
      'member_level_rules',
      mutant('broken level rule: an admin may remove').build({ real: target.fetch, fixtures }),
      fixtures,
    );
    expect(steps(removes.results.filter((r) => r.outcome === 'fail'))).toEqual([
      ['fail', DELETE, 'admin removes an owner: expected 403, got 204'],
    ]);
    const promotes = await runCheck(
      'member_level_rules',
      mutant('broken level rule: an admin may make').build({ real: target.fetch, fixtures }),
      fixtures,
    );
    expect(steps(promotes.results.filter((r) => r.outcome === 'fail'))).toEqual([
      ['fail', PATCH, 'admin makes a member owner: expected 403, got 200'],
    ]);
    expect(
      (await levels(fixtures.organizationId, fixtures.tokens.owner))[fixtures.users.member?.uuid as string],
    ).toBe(1);
  });

  it('runs only the owner steps with only an owner token, and skips without a member to change', async () => {
    const fixtures = await target.newFixtures();
    const ownerOnly = await runCheck('member_level_rules', target.fetch, fixtures, {
      tokens: { owner: fixtures.tokens.owner },
    });
    expect(steps(ownerOnly.results)).toEqual([
      ['pass', PATCH, 'owner makes a member admin: 200'],
      ['pass', PATCH, 'level is now admin'],
      ['pass', PATCH, 'owner restores member level: 200'],
    ]);
    const ownersOnly = async (request: Request) => {
      const response = await target.fetch(request);
      if (request.method !== 'GET' || !new URL(request.url).pathname.endsWith('/members/')) return response;
      const page = (await response.json()) as { results: Array<{ level: number }> };
      const results = page.results.filter((m) => m.level === 15);
      return Response.json({ ...page, count: results.length, results });
    };
    const none = await runCheck('member_level_rules', ownersOnly, fixtures, {
      tokens: { owner: fixtures.tokens.owner },
    });
    expect(steps(none.results)).toEqual([
      ['skip', '*', 'no owner/member pair to exercise (pass --member-token / fixtures)'],
    ]);
  });
});
