import type { OperationTable } from '../operation-table.js';

const ORG = '/api/organizations/{organization_id}';

/** A literal slice of the generated operations table, used by the http tests (independent of codegen output). */
export const fixtureOperations = {
  invites_list: {
    method: 'get',
    path: `${ORG}/invites/`,
    scopes: ['organization_member:read'],
    successStatus: 200,
  },
  invites_create: {
    method: 'post',
    path: `${ORG}/invites/`,
    scopes: ['organization_member:write'],
    successStatus: 201,
  },
  invites_destroy: {
    method: 'delete',
    path: `${ORG}/invites/{id}/`,
    scopes: ['organization_member:write'],
    successStatus: 204,
  },
  invites_bulk_create: {
    method: 'post',
    path: `${ORG}/invites/bulk/`,
    scopes: ['organization_member:write'],
    successStatus: 201,
  },
  members_list: {
    method: 'get',
    path: `${ORG}/members/`,
    scopes: ['organization_member:read'],
    successStatus: 200,
  },
  members_partial_update: {
    method: 'patch',
    path: `${ORG}/members/{user__uuid}/`,
    scopes: ['organization_member:write'],
    successStatus: 200,
  },
  members_scoped_api_keys_retrieve: {
    method: 'get',
    path: `${ORG}/members/{user__uuid}/scoped_api_keys/`,
    scopes: [],
    successStatus: 200,
  },
  organizations_projects_list: {
    method: 'get',
    path: `${ORG}/projects/`,
    scopes: ['project:read'],
    successStatus: 200,
  },
  organizations_projects_retrieve: {
    method: 'get',
    path: `${ORG}/projects/{id}/`,
    scopes: ['project:read'],
    successStatus: 200,
  },
  organizations_projects_partial_update: {
    method: 'patch',
    path: `${ORG}/projects/{id}/`,
    scopes: ['project:write'],
    successStatus: 200,
  },
} as const satisfies OperationTable;
