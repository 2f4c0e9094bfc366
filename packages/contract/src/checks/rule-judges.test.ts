import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/exchange-fixture.js';
import { tokenVariable } from '../http/curl-command.js';
import type { LevelRule } from '../spec/behaviour-rules.js';
import { loadSpec } from '../spec/load-spec.js';
import { otherCase } from './lifecycle/invite-lifecycle.js';
import { judgeLevelRule, stepName } from './lifecycle/member-level-rules.js';
import { commonTerm, firstDisorder, middleTerm, swapCase } from './list-semantics.js';
import { appliedLeaves, judgeReadOnlyIgnored, readOnlySentinels } from './read-only-sentinels.js';
import { judgeOrder, judgeSearch } from './search-and-order.js';
import { judgeForeignObject, judgeForeignUnchanged } from './tenant-object-isolation.js';
import { judgeTrailingSlash } from './trailing-slash-redirect.js';

// The judges of the checks added for issue 9, on hand-made exchanges: exact verdicts and messages.

const bundled = loadSpec();
const members = [
  {
    id: 'm1',
    user: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com' },
    joined_at: '2024-01-03T00:00:00Z',
  },
  {
    id: 'm2',
    user: { first_name: 'Grace', last_name: 'Hopper', email: 'grace@hogflix.com' },
    joined_at: '2024-01-02T00:00:00Z',
  },
  {
    id: 'm3',
    user: { first_name: 'Alan', last_name: 'Turing', email: 'alan@other.org' },
    joined_at: '2024-01-01T00:00:00Z',
  },
];
const FIELDS = ['user.first_name', 'user.last_name', 'user.email'];
const RULE = { fields: FIELDS, match: 'contains-ignoring-case' as const, fallback: 'similar' as const };

describe('list semantics helpers', () => {
  it('picks a common word, a swapped-case middle term and finds the first pair out of order', () => {
    expect(commonTerm(members, FIELDS)).toBe('hogflix');
    expect(commonTerm([members[0]], FIELDS)).toBeUndefined();
    expect(middleTerm('member-3eb89087@fixtures.example.com')).toBe('EMBER-3EB8');
    expect(middleTerm('Default project 2')).toBe('EFAULT PRO');
    expect(middleTerm('Ada')).toBeUndefined();
    expect(swapCase('aB-c')).toBe('Ab-C');
    expect(firstDisorder(members, { field: 'joined_at', descending: true })).toBeUndefined();
    expect(firstDisorder(members, { field: 'joined_at', descending: false })).toEqual({
      index: 0,
      a: '2024-01-03T00:00:00Z',
      b: '2024-01-02T00:00:00Z',
    });
    expect(firstDisorder([{ id: 2 }, { id: 10 }], { field: 'id', descending: false })).toBeUndefined();
  });
});

describe('search_and_order judges', () => {
  it('judges an order, and skips when fewer than two values differ', () => {
    expect(judgeOrder(members, { field: 'joined_at', descending: true }, 'default order')).toEqual({
      outcome: 'pass',
      message: 'default order: 3 items in -joined_at order',
    });
    expect(
      judgeOrder(members, { field: 'joined_at', descending: false }, 'members_list?order=joined_at'),
    ).toEqual({
      outcome: 'fail',
      message:
        'members_list?order=joined_at: items are not in joined_at order: item 1 (joined_at "2024-01-03T00:00:00Z") comes before item 2 (joined_at "2024-01-02T00:00:00Z")',
      schemaPath: undefined,
    });
    expect(judgeOrder([members[0], members[0]], { field: 'joined_at', descending: false }, 'x').outcome).toBe(
      'skip',
    );
  });

  it('wants the searched item back and only items containing the term, ignoring case', () => {
    const source = { item: members[1], field: 'user.email' };
    expect(judgeSearch([members[1]], 1, RULE, 'RACE@HOG', source).outcome).toBe('pass');
    expect(judgeSearch([], 0, RULE, 'RACE@HOG', source)).toEqual({
      outcome: 'fail',
      message:
        'search="RACE@HOG" did not return "m2", whose user.email "grace@hogflix.com" contains it ignoring case (x-search: contains-ignoring-case)',
      schemaPath: undefined,
    });
    expect(judgeSearch([members[1], members[2]], 2, RULE, 'RACE@HOG', source).message).toBe(
      'search="RACE@HOG" returned "m3", whose user.first_name, user.last_name, user.email do not contain "RACE@HOG" ignoring case',
    );
    // More matches than one page: the searched item may be on a later page.
    expect(
      judgeSearch([members[0]], 150, { ...RULE, fields: ['user.email'] }, 'HOGFLIX', source).outcome,
    ).toBe('pass');
  });
});

describe('tenant_object_isolation judges', () => {
  const retrieve = bundled.operations.find((o) => o.id === 'organizations_projects_retrieve');
  it('accepts only 403/404 and wants the other organization’s object untouched', () => {
    if (!retrieve) throw new Error('no operation');
    expect(judgeForeignObject(exchange({ status: 404 }), retrieve, "organization B's id=5").outcome).toBe(
      'pass',
    );
    expect(judgeForeignObject(exchange({ status: 200 }), retrieve, "organization B's id=5").message).toBe(
      "Tenant isolation broken at the object level: organizations_projects_retrieve with organization B's id=5 through this organization's path answered 200",
    );
    expect(judgeForeignObject(exchange({ status: 500 }), retrieve, 'x').message).toBe(
      "organizations_projects_retrieve with x through this organization's path got 500, expected 403 or 404",
    );
    const before = { id: 5, name: 'a', live_events_token: 't1' };
    expect(
      judgeForeignUnchanged('B project 5', before, { ...before, live_events_token: 't2' }, ['p']).outcome,
    ).toBe('pass');
    expect(
      judgeForeignUnchanged('B project 5', before, { ...before, name: 'b' }, ['p_update', 'p_destroy'])
        .message,
    ).toBe('B project 5 changed after p_update, p_destroy through this organization\'s path: name "a" → "b"');
    expect(judgeForeignUnchanged('B project 5', before, undefined, ['p_destroy']).message).toBe(
      "B project 5 is gone after p_destroy through this organization's path",
    );
  });
});

describe('trailing_slash_redirect judge', () => {
  const sent = (method: string, status: number, location?: string) =>
    exchange({
      method,
      path: '/api/organizations/o/projects',
      status,
      headers: location ? { location } : {},
    });
  const withQuery = (e: ReturnType<typeof exchange>) => {
    e.request.query = [
      ['limit', '1'],
      ['probe', '3'],
    ];
    return e;
  };
  it('wants a redirect to the path with its slash, query kept, method kept for writes', () => {
    const ok = withQuery(sent('POST', 308, 'http://h/api/organizations/o/projects/?probe=3&limit=1'));
    expect(judgeTrailingSlash(ok, 'http://h', 308).outcome).toBe('pass');
    expect(
      judgeTrailingSlash(
        withQuery(sent('POST', 301, 'http://h/api/organizations/o/projects/?limit=1&probe=3')),
        'http://h',
        308,
      ).message,
    ).toBe(
      'POST /api/organizations/o/projects?limit=1&probe=3 (no trailing slash) is redirected with 301, which lets clients turn POST into GET; expected 308 (307/308 keep the method)',
    );
    expect(
      judgeTrailingSlash(withQuery(sent('GET', 308, '/api/organizations/o/projects/')), 'http://h', 308)
        .message,
    ).toBe(
      'GET /api/organizations/o/projects?limit=1&probe=3 (no trailing slash) is redirected to /api/organizations/o/projects/, which drops the query string "?limit=1&probe=3"',
    );
    expect(judgeTrailingSlash(withQuery(sent('GET', 404)), 'http://h', 308).message).toBe(
      'GET /api/organizations/o/projects?limit=1&probe=3 (no trailing slash) answered 404; the spec documents a 308 redirect to the path with its slash',
    );
    expect(judgeTrailingSlash(sent('GET', 301, '/api/organizations/o/other/'), 'http://h', 308).message).toBe(
      'GET /api/organizations/o/projects (no trailing slash) is redirected to /api/organizations/o/other/, expected the path /api/organizations/o/projects/',
    );
  });
});

describe('member_level_rules judge', () => {
  const rule: LevelRule = {
    as: 'admin',
    target: 'owner',
    level: 8,
    status: 403,
    detail: 'You can only edit others with level lower or equal to you.',
    pointer: '',
  };
  const refusal = (detail: string) =>
    exchange({
      method: 'PATCH',
      status: 403,
      body: { type: 'authentication_error', code: 'permission_denied', detail, attr: null },
    });
  it('wants the documented status and detail, and the new level on success', () => {
    const step = stepName(rule, 'patch');
    expect(step).toBe("admin sets an owner's level to 8");
    expect(judgeLevelRule(refusal(rule.detail as string), rule, step).outcome).toBe('pass');
    expect(judgeLevelRule(refusal('Nope.'), rule, step).message).toBe(
      `admin sets an owner's level to 8: expected 403 (${rule.detail}), got 403 with detail "Nope."`,
    );
    expect(
      judgeLevelRule(exchange({ method: 'PATCH', status: 200, body: { level: 8 } }), rule, step).message,
    ).toBe(`admin sets an owner's level to 8: expected 403 (${rule.detail}), got 200`);
    const allowed = { ...rule, target: 'member' as const, status: 200, detail: undefined };
    expect(
      judgeLevelRule(exchange({ method: 'PATCH', status: 200, body: { level: 1 } }), allowed, 's').message,
    ).toBe('s: answered 200 but the level is 1');
    expect(stepName({ ...rule, as: 'only-owner', target: 'self' }, 'delete')).toBe(
      'the only owner leaves (removes themselves)',
    );
    expect(stepName({ ...rule, as: 'member', target: 'admin' }, 'delete')).toBe('member removes an admin');
  });
});

describe('readOnly on PATCH', () => {
  it('makes sentinels for nested readOnly objects and finds every applied leaf', () => {
    const patchSchema = bundled.componentSchemas.find((s) =>
      s.pointer.endsWith('/PatchedOrganizationMember'),
    );
    const sentinels = readOnlySentinels(bundled, patchSchema?.schema, '3');
    expect(Object.keys(sentinels)).toEqual(['id', 'user', 'joined_at', 'updated_at', 'last_login']);
    expect(sentinels.user).toMatchObject({
      id: 987654321,
      uuid: 'c0de0000-0000-4000-8000-00000000c0de',
      first_name: 'contract-readonly-3',
      email: 'contract-readonly-3@example.com',
    });
    const read = {
      id: 'x',
      user: { first_name: 'contract-readonly-3', email: 'ada@x.io' },
      joined_at: '2001-02-03T04:05:06Z',
    };
    expect(appliedLeaves(sentinels, read)).toEqual([
      'user.first_name="contract-readonly-3"',
      'joined_at="2001-02-03T04:05:06Z"',
    ]);
    const patched = exchange({ method: 'PATCH', status: 200, body: {} });
    expect(judgeReadOnlyIgnored(patched, sentinels, 'by PATCH (read back)', read).message).toBe(
      'readOnly property applied by PATCH (read back): user.first_name="contract-readonly-3", joined_at="2001-02-03T04:05:06Z"',
    );
    expect(judgeReadOnlyIgnored(patched, sentinels, 'by PATCH', { id: 'x' }).outcome).toBe('pass');
  });
});

describe('reproducers and re-invites', () => {
  it('names one token variable per role and writes an address in another case', () => {
    expect(
      ['owner', 'otherOrg', 'noScope', 'scoped:project:read', 'disposableOwner'].map((r) =>
        tokenVariable(r as 'owner'),
      ),
    ).toEqual([
      'OWNER_TOKEN',
      'OTHER_ORG_TOKEN',
      'NO_SCOPE_TOKEN',
      'SCOPED_PROJECT_READ_TOKEN',
      'DISPOSABLE_OWNER_TOKEN',
    ]);
    expect(otherCase('contract-3-reinvite@example.com')).toBe('Contract-3-Reinvite@EXAMPLE.COM');
  });
});
