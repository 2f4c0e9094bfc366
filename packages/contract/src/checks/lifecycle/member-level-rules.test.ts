import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_MUTANTS } from '../../../test/mutants/request-mutants.js';
import { RULE_MUTANTS } from '../../../test/mutants/rule-mutants.js';
import { runCheck, steps } from '../../../test/support/check-harness.js';
import { type ReferenceTarget, startReferenceTarget } from '../../../test/support/reference-target.js';
import { levelRules } from '../../spec/behaviour-rules.js';
import { loadSpec } from '../../spec/load-spec.js';
import { stepName } from './member-level-rules.js';

// member_level_rules against the reference server (SQLite, in-process) and against scripted defects: every row of
// the spec's x-level-rules table, levels restored afterwards.

let target: ReferenceTarget;
beforeAll(async () => {
  target = await startReferenceTarget('sqlite');
});
afterAll(() => target?.close());

const mutant = (prefix: string) => {
  const found = [...REQUEST_MUTANTS, ...RULE_MUTANTS].find((m) => m.name.startsWith(prefix));
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
const REMOVAL_SKIP =
  'admin removes a member: not exercised (a removed member cannot be added back through the API)';

describe('member_level_rules', () => {
  it('reads every row of the spec table and names each step', () => {
    const spec = loadSpec();
    const op = (id: string) => spec.operations.find((o) => o.id === id);
    const rows = [PATCH, DELETE].flatMap((id) => {
      const found = op(id);
      return found ? levelRules(found).map((r) => stepName(r, found.method)) : [];
    });
    expect(rows).toEqual([
      "member sets an owner's level to 1",
      "member sets an admin's level to 1",
      'member sets their own level to 8',
      "admin sets an owner's level to 8",
      "admin sets a member's level to 15",
      'admin sets their own level to 15',
      "admin sets a member's level to 8",
      "owner sets a member's level to 8",
      "owner sets an admin's level to 1",
      "owner sets a member's level to 15",
      'the only owner sets their own level to 8',
      'member removes an admin',
      'member removes an owner',
      'admin removes an owner',
      'admin removes a member',
      'the only owner leaves (removes themselves)',
    ]);
  });

  it('passes every rule on the reference server, restores every level and leaves the only owner in place', async () => {
    const fixtures = await target.newFixtures();
    const before = await levels(fixtures.organizationId, fixtures.tokens.owner);
    const run = await runCheck('member_level_rules', target.fetch, fixtures);
    expect(steps(run.results)).toEqual([
      ['pass', DELETE, 'member removes an admin: 403'],
      ['pass', DELETE, 'member removes an owner: 403'],
      ['pass', DELETE, 'admin removes an owner: 403'],
      ['skip', DELETE, REMOVAL_SKIP],
      ['pass', DELETE, 'the only owner leaves (removes themselves): 400'],
      ['pass', PATCH, "member sets an owner's level to 1: 403"],
      ['pass', PATCH, "member sets an admin's level to 1: 403"],
      ['pass', PATCH, 'member sets their own level to 8: 403'],
      ['pass', PATCH, "admin sets an owner's level to 8: 403"],
      ['pass', PATCH, "admin sets a member's level to 15: 403"],
      ['pass', PATCH, 'admin sets their own level to 15: 403'],
      ['pass', PATCH, "admin sets a member's level to 8: 200"],
      ['pass', PATCH, "admin sets a member's level to 8: level restored to 1"],
      ['pass', PATCH, "owner sets a member's level to 8: 200"],
      ['pass', PATCH, "owner sets a member's level to 8: level restored to 1"],
      ['pass', PATCH, "owner sets an admin's level to 1: 200"],
      ['pass', PATCH, "owner sets an admin's level to 1: level restored to 8"],
      ['pass', PATCH, "owner sets a member's level to 15: 200"],
      ['pass', PATCH, "owner sets a member's level to 15: level restored to 1"],
      ['pass', PATCH, 'the only owner sets their own level to 8: 403'],
    ]);
    const own = run.log.find(
      (e) => e.role === 'member' && e.request.method === 'PATCH' && e.request.body === '{"level":8}',
    );
    expect(own?.request.path).toBe(`/api/organizations/${fixtures.organizationId}/members/%40me/`);
    const leaving = run.log.find((e) => e.role === 'disposableOwner' && e.request.method === 'DELETE');
    expect(leaving?.response.json).toEqual({
      type: 'validation_error',
      code: 'invalid_input',
      detail: "You can't leave the organization as its only owner. Make someone else an owner first.",
      attr: null,
    });
    expect(await levels(fixtures.organizationId, fixtures.tokens.owner)).toEqual(before);
    expect(await levels(fixtures.disposableOrganizationId, fixtures.tokens.disposableOwner)).toEqual({
      [fixtures.users.disposableOwner?.uuid as string]: 15,
    });
  });

  it('fails a member who may raise their own level, and puts the level back', async () => {
    const fixtures = await target.newFixtures();
    const fetch = mutant('broken level rule: a member may raise').build({ real: target.fetch, fixtures });
    const run = await runCheck('member_level_rules', fetch, fixtures);
    const at = run.results.findIndex((r) => r.outcome === 'fail');
    expect(steps(run.results.slice(at, at + 2))).toEqual([
      [
        'fail',
        PATCH,
        "member sets their own level to 8: expected 403 (You can't change your own access level.), got 200",
      ],
      ['pass', PATCH, 'member sets their own level to 8: level restored to 1'],
    ]);
    expect(run.results.filter((r) => r.outcome === 'fail')).toHaveLength(1);
    // The reproducer replays the whole flow up to the failing request, one token variable per role.
    expect(run.results[at]?.reproduce?.length).toBeGreaterThan(5);
    expect(run.results[at]?.reproduce?.at(-1)).toMatch(
      /^curl -X PATCH 'http:\/\/localhost\/api\/organizations\/[^/]+\/members\/%40me\/' -H 'content-type: application\/json' -H "authorization: Bearer \$MEMBER_TOKEN" --data-raw '\{"level":8\}'$/,
    );
    expect(await levels(fixtures.organizationId, fixtures.tokens.owner)).toEqual({
      [fixtures.users.owner?.uuid as string]: 15,
      [fixtures.users.admin?.uuid as string]: 8,
      [fixtures.users.member?.uuid as string]: 1,
    });
  });

  it('fails an admin who may remove an owner or make a member owner, naming the documented refusal', async () => {
    const fixtures = await target.newFixtures();
    const removes = await runCheck(
      'member_level_rules',
      mutant('broken level rule: an admin may remove').build({ real: target.fetch, fixtures }),
      fixtures,
    );
    expect(steps(removes.results.filter((r) => r.outcome === 'fail'))).toEqual([
      [
        'fail',
        DELETE,
        'admin removes an owner: expected 403 (You can only edit others with level lower or equal to you.), got 204',
      ],
    ]);
    const promotes = await runCheck(
      'member_level_rules',
      mutant('broken level rule: an admin may make').build({ real: target.fetch, fixtures }),
      fixtures,
    );
    expect(steps(promotes.results.filter((r) => r.outcome === 'fail'))).toEqual([
      [
        'fail',
        PATCH,
        "admin sets a member's level to 15: expected 403 (You can only make another member owner if you're this organization's owner.), got 200",
      ],
    ]);
    expect(
      (await levels(fixtures.organizationId, fixtures.tokens.owner))[fixtures.users.member?.uuid as string],
    ).toBe(1);
  });

  it('runs only the owner rows with only an owner token, and says which key the others need', async () => {
    const fixtures = await target.newFixtures();
    const ownerOnly = await runCheck('member_level_rules', target.fetch, fixtures, {
      tokens: { owner: fixtures.tokens.owner },
    });
    expect(steps(ownerOnly.results.filter((r) => r.outcome === 'pass'))).toEqual([
      ['pass', PATCH, "owner sets a member's level to 8: 200"],
      ['pass', PATCH, "owner sets a member's level to 8: level restored to 1"],
      ['pass', PATCH, "owner sets an admin's level to 1: 200"],
      ['pass', PATCH, "owner sets an admin's level to 1: level restored to 8"],
      ['pass', PATCH, "owner sets a member's level to 15: 200"],
      ['pass', PATCH, "owner sets a member's level to 15: level restored to 1"],
    ]);
    expect(steps(ownerOnly.results.filter((r) => r.outcome === 'skip')).slice(0, 5)).toEqual([
      ['skip', DELETE, 'member removes an admin: needs --member-token'],
      ['skip', DELETE, 'member removes an owner: needs --member-token'],
      ['skip', DELETE, 'admin removes an owner: needs --admin-token'],
      ['skip', DELETE, 'admin removes a member: needs --admin-token'],
      [
        'skip',
        DELETE,
        'the only owner leaves (removes themselves): needs --disposable-owner-token and --disposable-organization-id',
      ],
    ]);
    expect(ownerOnly.results.some((r) => r.outcome === 'fail')).toBe(false);
  });
});
