import { describe, expect, it } from 'vitest';
import { isObject, listOperations, loadSpec, successStatuses } from './spec-document.js';

const doc = loadSpec();
const operations = listOperations(doc);
const P = '/api/organizations/{organization_id}/';

/** [method, path, operationId, success status, required scope] — the table, verbatim. */
const EXPECTED = [
  ['post', `${P}invites/bulk/`, 'invites_bulk_create', '201', 'organization_member:write'],
  ['post', `${P}invites/delegate/`, 'invites_delegate_create', '201', 'organization_member:write'],
  ['get', `${P}invites/`, 'invites_list', '200', 'organization_member:read'],
  ['post', `${P}invites/`, 'invites_create', '201', 'organization_member:write'],
  ['delete', `${P}invites/{id}/`, 'invites_destroy', '204', 'organization_member:write'],
  ['get', `${P}legal_documents/`, 'legal_documents_list', '200', 'legal_document:read'],
  ['post', `${P}legal_documents/`, 'legal_documents_create', '201', 'legal_document:write'],
  ['get', `${P}legal_documents/{id}/`, 'legal_documents_retrieve', '200', 'legal_document:read'],
  ['delete', `${P}legal_documents/{id}/`, 'legal_documents_destroy', '204', 'legal_document:write'],
  [
    'get',
    `${P}legal_documents/{id}/download/`,
    'legal_documents_download_retrieve',
    '302',
    'legal_document:read',
  ],
  ['get', `${P}members/`, 'members_list', '200', 'organization_member:read'],
  ['patch', `${P}members/{user__uuid}/`, 'members_partial_update', '200', 'organization_member:write'],
  ['delete', `${P}members/{user__uuid}/`, 'members_destroy', '204', 'organization_member:write'],
  [
    'get',
    `${P}members/{user__uuid}/github_login/`,
    'members_github_login_retrieve',
    '200',
    'organization_member:read',
  ],
  [
    'get',
    `${P}members/{user__uuid}/scoped_api_keys/`,
    'members_scoped_api_keys_retrieve',
    '200',
    'organization_member:read',
  ],
  ['get', `${P}oauth_applications/`, 'oauth_applications_list', '200', 'organization:read'],
  ['get', `${P}projects/`, 'organizations_projects_list', '200', 'project:read'],
  ['post', `${P}projects/`, 'organizations_projects_create', '201', 'project:write'],
  ['get', `${P}projects/{id}/`, 'organizations_projects_retrieve', '200', 'project:read'],
  ['patch', `${P}projects/{id}/`, 'organizations_projects_partial_update', '200', 'project:write'],
  ['delete', `${P}projects/{id}/`, 'organizations_projects_destroy', '204', 'project:write'],
];

/** The one scope of an operation's single security requirement, or a description of what is wrong. */
function requiredScope(operation: Record<string, unknown>): string {
  const security = operation.security;
  if (!Array.isArray(security) || security.length !== 1) return `expected one requirement, got ${security}`;
  const requirement: unknown = security[0];
  if (!isObject(requirement)) return 'requirement is not an object';
  const keys = Object.keys(requirement);
  const scopes = requirement.PersonalAPIKeyAuth;
  if (keys.length !== 1 || !Array.isArray(scopes) || scopes.length !== 1)
    return `unexpected ${keys} / ${scopes}`;
  return String(scopes[0]);
}

describe('operation table', () => {
  it('has exactly the 21 operations of the issue, with their success status and scope', () => {
    const actual = operations.map(({ method, path, operationId, operation }) => [
      method,
      path,
      operationId,
      successStatuses(operation).join(','),
      requiredScope(operation),
    ]);
    expect(actual).toEqual(EXPECTED);
  });

  it('gives every operation one tag (a declared tag with a description), a summary and a description', () => {
    const tags = new Map(
      (Array.isArray(doc.tags) ? doc.tags : []).filter(isObject).map((tag) => [tag.name, tag.description]),
    );
    expect([...tags.keys()]).toEqual([
      'Invites',
      'Legal documents',
      'Members',
      'OAuth applications',
      'Projects',
    ]);
    for (const [name, description] of tags) expect(description, `tag ${name}`).toMatch(/\w{3,}/);
    for (const { operationId, operation } of operations) {
      expect(operation.tags, operationId).toHaveLength(1);
      expect(tags.has((operation.tags as unknown[])[0]), operationId).toBe(true);
      expect(operation.summary, operationId).toMatch(/^\S.{5,}$/);
      expect(operation.description, operationId).toMatch(/\w{3,}.*\w{3,}/s);
    }
  });

  it('has unique summaries (the docs test looks them up by text)', () => {
    const summaries = operations.map(({ operation }) => operation.summary);
    expect(new Set(summaries).size).toBe(21);
  });

  it('declares the bearer scheme for phx_ personal API keys', () => {
    const components = doc.components as Record<string, Record<string, Record<string, unknown>>>;
    const scheme = components.securitySchemes?.PersonalAPIKeyAuth;
    expect(scheme).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(scheme?.description).toContain('phx_');
  });

  it('is OpenAPI 3.1.0 with the reference and upstream servers', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect((doc.servers as { url: string }[]).map((server) => server.url)).toEqual([
      'http://localhost:8000',
      'https://us.posthog.com',
      'https://eu.posthog.com',
    ]);
  });
});
