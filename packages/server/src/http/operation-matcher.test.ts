import { describe, expect, it } from 'vitest';
import { compileOperationMatcher } from './operation-matcher.js';
import { fixtureOperations } from './test-support/fixture-operations.js';

const matcher = compileOperationMatcher(fixtureOperations);
const ORG = 'b1f6c3de-7c41-4c55-9d43-1c1f4a3c9d10';

describe('compileOperationMatcher', () => {
  it.each([
    ['GET', `/api/organizations/${ORG}/invites/`, 'invites_list', { organization_id: ORG }],
    ['POST', `/api/organizations/${ORG}/invites/`, 'invites_create', { organization_id: ORG }],
    [
      'post',
      `/api/organizations/@current/invites/bulk/`,
      'invites_bulk_create',
      { organization_id: '@current' },
    ],
    [
      'DELETE',
      `/api/organizations/${ORG}/invites/abc/`,
      'invites_destroy',
      { organization_id: ORG, id: 'abc' },
    ],
    [
      'PATCH',
      `/api/organizations/${ORG}/members/%40me/`,
      'members_partial_update',
      { organization_id: ORG, user__uuid: '@me' },
    ],
    [
      'GET',
      `/api/organizations/${ORG}/projects/12/`,
      'organizations_projects_retrieve',
      { organization_id: ORG, id: '12' },
    ],
  ])('%s %s → %s', (method, path, operationId, params) => {
    expect(matcher.match(method, path)).toEqual({
      kind: 'match',
      operationId,
      operation: fixtureOperations[operationId as keyof typeof fixtureOperations],
      params,
    });
  });

  it('answers method-not-allowed with the methods of the most specific path', () => {
    expect(matcher.match('PUT', `/api/organizations/${ORG}/invites/`)).toEqual({
      kind: 'method-not-allowed',
      allowed: ['GET', 'POST'],
    });
    // `invites/bulk/` is a literal route: DELETE there is 405, not invites_destroy with id "bulk" (as DRF routes).
    expect(matcher.match('DELETE', `/api/organizations/${ORG}/invites/bulk/`)).toEqual({
      kind: 'method-not-allowed',
      allowed: ['POST'],
    });
  });

  it('does not match unknown paths, missing trailing slashes or empty params', () => {
    expect(matcher.match('GET', `/api/organizations/${ORG}/invites`)).toEqual({ kind: 'no-match' });
    expect(matcher.match('GET', '/api/organizations//invites/')).toEqual({ kind: 'no-match' });
    expect(matcher.match('GET', '/healthz')).toEqual({ kind: 'no-match' });
  });

  it('hasPath checks the concrete path for any method', () => {
    expect(matcher.hasPath(`/api/organizations/${ORG}/invites/bulk/`)).toBe(true);
    expect(matcher.hasPath(`/api/organizations/${ORG}/invites/bulk`)).toBe(false);
    expect(matcher.hasPath('/api/nope/')).toBe(false);
  });
});
