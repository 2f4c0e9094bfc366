// generated from openapi/organizations.yaml by @org-api/codegen — do not edit
/** Every operation: HTTP method, OpenAPI path, required scopes, success status. */
export const operations = {
  invites_bulk_create: { method: 'post', path: '/api/organizations/{organization_id}/invites/bulk/', scopes: ['organization_member:write'], successStatus: 201 },
  invites_delegate_create: { method: 'post', path: '/api/organizations/{organization_id}/invites/delegate/', scopes: ['organization_member:write'], successStatus: 201 },
  invites_list: { method: 'get', path: '/api/organizations/{organization_id}/invites/', scopes: ['organization_member:read'], successStatus: 200 },
  invites_create: { method: 'post', path: '/api/organizations/{organization_id}/invites/', scopes: ['organization_member:write'], successStatus: 201 },
  invites_destroy: { method: 'delete', path: '/api/organizations/{organization_id}/invites/{id}/', scopes: ['organization_member:write'], successStatus: 204 },
  legal_documents_list: { method: 'get', path: '/api/organizations/{organization_id}/legal_documents/', scopes: ['legal_document:read'], successStatus: 200 },
  legal_documents_create: { method: 'post', path: '/api/organizations/{organization_id}/legal_documents/', scopes: ['legal_document:write'], successStatus: 201 },
  legal_documents_retrieve: { method: 'get', path: '/api/organizations/{organization_id}/legal_documents/{id}/', scopes: ['legal_document:read'], successStatus: 200 },
  legal_documents_destroy: { method: 'delete', path: '/api/organizations/{organization_id}/legal_documents/{id}/', scopes: ['legal_document:write'], successStatus: 204 },
  legal_documents_download_retrieve: { method: 'get', path: '/api/organizations/{organization_id}/legal_documents/{id}/download/', scopes: ['legal_document:read'], successStatus: 302 },
  members_list: { method: 'get', path: '/api/organizations/{organization_id}/members/', scopes: ['organization_member:read'], successStatus: 200 },
  members_partial_update: { method: 'patch', path: '/api/organizations/{organization_id}/members/{user__uuid}/', scopes: ['organization_member:write'], successStatus: 200 },
  members_destroy: { method: 'delete', path: '/api/organizations/{organization_id}/members/{user__uuid}/', scopes: ['organization_member:write'], successStatus: 204 },
  members_github_login_retrieve: { method: 'get', path: '/api/organizations/{organization_id}/members/{user__uuid}/github_login/', scopes: ['organization_member:read'], successStatus: 200 },
  members_scoped_api_keys_retrieve: { method: 'get', path: '/api/organizations/{organization_id}/members/{user__uuid}/scoped_api_keys/', scopes: ['organization_member:read'], successStatus: 200 },
  oauth_applications_list: { method: 'get', path: '/api/organizations/{organization_id}/oauth_applications/', scopes: ['organization:read'], successStatus: 200 },
  organizations_projects_list: { method: 'get', path: '/api/organizations/{organization_id}/projects/', scopes: ['project:read'], successStatus: 200 },
  organizations_projects_create: { method: 'post', path: '/api/organizations/{organization_id}/projects/', scopes: ['project:write'], successStatus: 201 },
  organizations_projects_retrieve: { method: 'get', path: '/api/organizations/{organization_id}/projects/{id}/', scopes: ['project:read'], successStatus: 200 },
  organizations_projects_partial_update: { method: 'patch', path: '/api/organizations/{organization_id}/projects/{id}/', scopes: ['project:write'], successStatus: 200 },
  organizations_projects_destroy: { method: 'delete', path: '/api/organizations/{organization_id}/projects/{id}/', scopes: ['project:write'], successStatus: 204 },
} as const;

/** An operationId of the document. */
export type OperationId = keyof typeof operations;
