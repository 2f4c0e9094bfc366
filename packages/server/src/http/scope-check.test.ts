import { describe, expect, it } from 'vitest';
import { checkScopedOrganizations, checkScopedTeams, checkScopes } from './scope-check.js';

describe('checkScopes', () => {
  it.each([
    ['legacy key (no scopes) passes everything', [], ['project:write'], null],
    ['legacy key passes scope-less operations', [], [], null],
    ['* passes', ['*'], ['organization_member:write'], null],
    [
      '* does not pass a scope-less operation',
      ['*'],
      [],
      'This action does not support Personal API Key access',
    ],
    ['exact scope', ['project:read'], ['project:read'], null],
    ['write satisfies read', ['project:write'], ['project:read'], null],
    [
      'read does not satisfy write',
      ['project:read'],
      ['project:write'],
      "API key missing required scope 'project:write'",
    ],
    [
      'other object',
      ['user:read'],
      ['organization:read'],
      "API key missing required scope 'organization:read'",
    ],
    [
      'first missing of several',
      ['organization:read'],
      ['organization:read', 'project:read'],
      "API key missing required scope 'project:read'",
    ],
    [
      'prefix is not a match',
      ['organization:write'],
      ['organization_member:read'],
      "API key missing required scope 'organization_member:read'",
    ],
  ])('%s', (_name, keyScopes, required, expected) => {
    expect(checkScopes(keyScopes, required)).toBe(expected);
  });
});

describe('checkScopedTeams', () => {
  const ORG = '/api/organizations/{organization_id}';
  it.each([
    ['no restriction', null, `${ORG}/members/`, {}, null],
    ['empty restriction', [], `${ORG}/members/`, {}, null],
    [
      'non-project endpoint',
      [1],
      `${ORG}/members/`,
      {},
      'API keys with scoped projects are only supported on project-based endpoints.',
    ],
    ['projects list', [1], `${ORG}/projects/`, {}, null],
    ['scoped project', [1, 2], `${ORG}/projects/{id}/`, { id: '2' }, null],
    [
      'other project',
      [1],
      `${ORG}/projects/{id}/`,
      { id: '3' },
      'API key does not have access to the requested project: ID 3.',
    ],
    [
      '@current project',
      [1],
      `${ORG}/projects/{id}/`,
      { id: '@current' },
      'API key does not have access to the requested project: ID @current.',
    ],
  ])('%s', (_name, scopedTeams, path, params, expected) => {
    expect(checkScopedTeams({ scoped_teams: scopedTeams }, path, params)).toBe(expected);
  });
});

describe('checkScopedOrganizations', () => {
  const A = '0b7f2c6e-5a5e-4a55-8f3a-111111111111';
  const B = '0b7f2c6e-5a5e-4a55-8f3a-222222222222';
  it.each([
    [null, A, null],
    [[], A, null],
    [[A], A, null],
    [[A.toUpperCase()], A, null],
    [[A], B, `API key does not have access to the requested organization: ID ${B}.`],
  ])('%j → %s', (scoped, org, expected) => {
    expect(checkScopedOrganizations({ scoped_organizations: scoped }, org)).toBe(expected);
  });
});
