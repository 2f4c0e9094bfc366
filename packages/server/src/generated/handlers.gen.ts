// generated from openapi/organizations.yaml by @org-api/codegen — do not edit
import type { OpenAPIHono, RouteHandler, z } from '@hono/zod-openapi';
import { type RegisterOptions, registerApi, strictResponse } from '@org-api/runtime';
import type { Env } from 'hono';
import type { OperationId } from './operations.gen.js';
import { routes, securitySchemes } from './routes.gen.js';
import { componentSchemas } from './schemas.gen.js';

/** One handler per operation; a missing operation, an undeclared status or a wrong field type fails to compile. */
export type Handlers<E extends Env = Env> = { [K in OperationId]: RouteHandler<(typeof routes)[K], E> };

/**
 * Registers every component schema, security scheme and route on the app, each route once: published and
 * validated as declared (`registerApi` of @org-api/runtime). Throws, naming them, when operations have no handler.
 */
export function registerRoutes<E extends Env>(
  app: OpenAPIHono<E>,
  handlers: Handlers<E>,
  options?: RegisterOptions,
): void {
  registerApi(app, { componentSchemas, securitySchemes, routes }, handlers, options);
}

/** operationId → status → strict response schema (an undeclared property anywhere fails); null: no JSON body. */
export const responseValidators: Record<OperationId, Record<string, z.ZodType | null>> = {
  invites_bulk_create: {
    201: strictResponse(routes.invites_bulk_create.responses[201].content['application/json'].schema),
    400: strictResponse(routes.invites_bulk_create.responses[400].content['application/json'].schema),
    401: strictResponse(routes.invites_bulk_create.responses[401].content['application/json'].schema),
    403: strictResponse(routes.invites_bulk_create.responses[403].content['application/json'].schema),
    404: strictResponse(routes.invites_bulk_create.responses[404].content['application/json'].schema),
    413: strictResponse(routes.invites_bulk_create.responses[413].content['application/json'].schema),
    415: strictResponse(routes.invites_bulk_create.responses[415].content['application/json'].schema),
    429: strictResponse(routes.invites_bulk_create.responses[429].content['application/json'].schema),
  },
  invites_delegate_create: {
    201: strictResponse(routes.invites_delegate_create.responses[201].content['application/json'].schema),
    400: strictResponse(routes.invites_delegate_create.responses[400].content['application/json'].schema),
    401: strictResponse(routes.invites_delegate_create.responses[401].content['application/json'].schema),
    403: strictResponse(routes.invites_delegate_create.responses[403].content['application/json'].schema),
    404: strictResponse(routes.invites_delegate_create.responses[404].content['application/json'].schema),
    413: strictResponse(routes.invites_delegate_create.responses[413].content['application/json'].schema),
    415: strictResponse(routes.invites_delegate_create.responses[415].content['application/json'].schema),
    429: strictResponse(routes.invites_delegate_create.responses[429].content['application/json'].schema),
  },
  invites_list: {
    200: strictResponse(routes.invites_list.responses[200].content['application/json'].schema),
    400: strictResponse(routes.invites_list.responses[400].content['application/json'].schema),
    401: strictResponse(routes.invites_list.responses[401].content['application/json'].schema),
    403: strictResponse(routes.invites_list.responses[403].content['application/json'].schema),
    404: strictResponse(routes.invites_list.responses[404].content['application/json'].schema),
    429: strictResponse(routes.invites_list.responses[429].content['application/json'].schema),
  },
  invites_create: {
    201: strictResponse(routes.invites_create.responses[201].content['application/json'].schema),
    400: strictResponse(routes.invites_create.responses[400].content['application/json'].schema),
    401: strictResponse(routes.invites_create.responses[401].content['application/json'].schema),
    403: strictResponse(routes.invites_create.responses[403].content['application/json'].schema),
    404: strictResponse(routes.invites_create.responses[404].content['application/json'].schema),
    413: strictResponse(routes.invites_create.responses[413].content['application/json'].schema),
    415: strictResponse(routes.invites_create.responses[415].content['application/json'].schema),
    429: strictResponse(routes.invites_create.responses[429].content['application/json'].schema),
  },
  invites_destroy: {
    204: null,
    400: strictResponse(routes.invites_destroy.responses[400].content['application/json'].schema),
    401: strictResponse(routes.invites_destroy.responses[401].content['application/json'].schema),
    403: strictResponse(routes.invites_destroy.responses[403].content['application/json'].schema),
    404: strictResponse(routes.invites_destroy.responses[404].content['application/json'].schema),
    429: strictResponse(routes.invites_destroy.responses[429].content['application/json'].schema),
  },
  legal_documents_list: {
    200: strictResponse(routes.legal_documents_list.responses[200].content['application/json'].schema),
    400: strictResponse(routes.legal_documents_list.responses[400].content['application/json'].schema),
    401: strictResponse(routes.legal_documents_list.responses[401].content['application/json'].schema),
    403: strictResponse(routes.legal_documents_list.responses[403].content['application/json'].schema),
    404: strictResponse(routes.legal_documents_list.responses[404].content['application/json'].schema),
    429: strictResponse(routes.legal_documents_list.responses[429].content['application/json'].schema),
  },
  legal_documents_create: {
    201: strictResponse(routes.legal_documents_create.responses[201].content['application/json'].schema),
    400: strictResponse(routes.legal_documents_create.responses[400].content['application/json'].schema),
    401: strictResponse(routes.legal_documents_create.responses[401].content['application/json'].schema),
    403: strictResponse(routes.legal_documents_create.responses[403].content['application/json'].schema),
    404: strictResponse(routes.legal_documents_create.responses[404].content['application/json'].schema),
    413: strictResponse(routes.legal_documents_create.responses[413].content['application/json'].schema),
    415: strictResponse(routes.legal_documents_create.responses[415].content['application/json'].schema),
    429: strictResponse(routes.legal_documents_create.responses[429].content['application/json'].schema),
  },
  legal_documents_retrieve: {
    200: strictResponse(routes.legal_documents_retrieve.responses[200].content['application/json'].schema),
    400: strictResponse(routes.legal_documents_retrieve.responses[400].content['application/json'].schema),
    401: strictResponse(routes.legal_documents_retrieve.responses[401].content['application/json'].schema),
    403: strictResponse(routes.legal_documents_retrieve.responses[403].content['application/json'].schema),
    404: strictResponse(routes.legal_documents_retrieve.responses[404].content['application/json'].schema),
    429: strictResponse(routes.legal_documents_retrieve.responses[429].content['application/json'].schema),
  },
  legal_documents_destroy: {
    204: null,
    400: strictResponse(routes.legal_documents_destroy.responses[400].content['application/json'].schema),
    401: strictResponse(routes.legal_documents_destroy.responses[401].content['application/json'].schema),
    403: strictResponse(routes.legal_documents_destroy.responses[403].content['application/json'].schema),
    404: strictResponse(routes.legal_documents_destroy.responses[404].content['application/json'].schema),
    429: strictResponse(routes.legal_documents_destroy.responses[429].content['application/json'].schema),
  },
  legal_documents_download_retrieve: {
    302: null,
    400: strictResponse(routes.legal_documents_download_retrieve.responses[400].content['application/json'].schema),
    401: strictResponse(routes.legal_documents_download_retrieve.responses[401].content['application/json'].schema),
    403: strictResponse(routes.legal_documents_download_retrieve.responses[403].content['application/json'].schema),
    404: strictResponse(routes.legal_documents_download_retrieve.responses[404].content['application/json'].schema),
    429: strictResponse(routes.legal_documents_download_retrieve.responses[429].content['application/json'].schema),
  },
  members_list: {
    200: strictResponse(routes.members_list.responses[200].content['application/json'].schema),
    400: strictResponse(routes.members_list.responses[400].content['application/json'].schema),
    401: strictResponse(routes.members_list.responses[401].content['application/json'].schema),
    403: strictResponse(routes.members_list.responses[403].content['application/json'].schema),
    404: strictResponse(routes.members_list.responses[404].content['application/json'].schema),
    429: strictResponse(routes.members_list.responses[429].content['application/json'].schema),
  },
  members_partial_update: {
    200: strictResponse(routes.members_partial_update.responses[200].content['application/json'].schema),
    400: strictResponse(routes.members_partial_update.responses[400].content['application/json'].schema),
    401: strictResponse(routes.members_partial_update.responses[401].content['application/json'].schema),
    403: strictResponse(routes.members_partial_update.responses[403].content['application/json'].schema),
    404: strictResponse(routes.members_partial_update.responses[404].content['application/json'].schema),
    413: strictResponse(routes.members_partial_update.responses[413].content['application/json'].schema),
    415: strictResponse(routes.members_partial_update.responses[415].content['application/json'].schema),
    429: strictResponse(routes.members_partial_update.responses[429].content['application/json'].schema),
  },
  members_destroy: {
    204: null,
    400: strictResponse(routes.members_destroy.responses[400].content['application/json'].schema),
    401: strictResponse(routes.members_destroy.responses[401].content['application/json'].schema),
    403: strictResponse(routes.members_destroy.responses[403].content['application/json'].schema),
    404: strictResponse(routes.members_destroy.responses[404].content['application/json'].schema),
    429: strictResponse(routes.members_destroy.responses[429].content['application/json'].schema),
  },
  members_github_login_retrieve: {
    200: strictResponse(routes.members_github_login_retrieve.responses[200].content['application/json'].schema),
    400: strictResponse(routes.members_github_login_retrieve.responses[400].content['application/json'].schema),
    401: strictResponse(routes.members_github_login_retrieve.responses[401].content['application/json'].schema),
    403: strictResponse(routes.members_github_login_retrieve.responses[403].content['application/json'].schema),
    404: strictResponse(routes.members_github_login_retrieve.responses[404].content['application/json'].schema),
    429: strictResponse(routes.members_github_login_retrieve.responses[429].content['application/json'].schema),
  },
  members_scoped_api_keys_retrieve: {
    200: strictResponse(routes.members_scoped_api_keys_retrieve.responses[200].content['application/json'].schema),
    400: strictResponse(routes.members_scoped_api_keys_retrieve.responses[400].content['application/json'].schema),
    401: strictResponse(routes.members_scoped_api_keys_retrieve.responses[401].content['application/json'].schema),
    403: strictResponse(routes.members_scoped_api_keys_retrieve.responses[403].content['application/json'].schema),
    404: strictResponse(routes.members_scoped_api_keys_retrieve.responses[404].content['application/json'].schema),
    429: strictResponse(routes.members_scoped_api_keys_retrieve.responses[429].content['application/json'].schema),
  },
  oauth_applications_list: {
    200: strictResponse(routes.oauth_applications_list.responses[200].content['application/json'].schema),
    400: strictResponse(routes.oauth_applications_list.responses[400].content['application/json'].schema),
    401: strictResponse(routes.oauth_applications_list.responses[401].content['application/json'].schema),
    403: strictResponse(routes.oauth_applications_list.responses[403].content['application/json'].schema),
    404: strictResponse(routes.oauth_applications_list.responses[404].content['application/json'].schema),
    429: strictResponse(routes.oauth_applications_list.responses[429].content['application/json'].schema),
  },
  organizations_projects_list: {
    200: strictResponse(routes.organizations_projects_list.responses[200].content['application/json'].schema),
    400: strictResponse(routes.organizations_projects_list.responses[400].content['application/json'].schema),
    401: strictResponse(routes.organizations_projects_list.responses[401].content['application/json'].schema),
    403: strictResponse(routes.organizations_projects_list.responses[403].content['application/json'].schema),
    404: strictResponse(routes.organizations_projects_list.responses[404].content['application/json'].schema),
    429: strictResponse(routes.organizations_projects_list.responses[429].content['application/json'].schema),
  },
  organizations_projects_create: {
    201: strictResponse(routes.organizations_projects_create.responses[201].content['application/json'].schema),
    400: strictResponse(routes.organizations_projects_create.responses[400].content['application/json'].schema),
    401: strictResponse(routes.organizations_projects_create.responses[401].content['application/json'].schema),
    403: strictResponse(routes.organizations_projects_create.responses[403].content['application/json'].schema),
    404: strictResponse(routes.organizations_projects_create.responses[404].content['application/json'].schema),
    413: strictResponse(routes.organizations_projects_create.responses[413].content['application/json'].schema),
    415: strictResponse(routes.organizations_projects_create.responses[415].content['application/json'].schema),
    429: strictResponse(routes.organizations_projects_create.responses[429].content['application/json'].schema),
  },
  organizations_projects_retrieve: {
    200: strictResponse(routes.organizations_projects_retrieve.responses[200].content['application/json'].schema),
    400: strictResponse(routes.organizations_projects_retrieve.responses[400].content['application/json'].schema),
    401: strictResponse(routes.organizations_projects_retrieve.responses[401].content['application/json'].schema),
    403: strictResponse(routes.organizations_projects_retrieve.responses[403].content['application/json'].schema),
    404: strictResponse(routes.organizations_projects_retrieve.responses[404].content['application/json'].schema),
    429: strictResponse(routes.organizations_projects_retrieve.responses[429].content['application/json'].schema),
  },
  organizations_projects_partial_update: {
    200: strictResponse(routes.organizations_projects_partial_update.responses[200].content['application/json'].schema),
    400: strictResponse(routes.organizations_projects_partial_update.responses[400].content['application/json'].schema),
    401: strictResponse(routes.organizations_projects_partial_update.responses[401].content['application/json'].schema),
    403: strictResponse(routes.organizations_projects_partial_update.responses[403].content['application/json'].schema),
    404: strictResponse(routes.organizations_projects_partial_update.responses[404].content['application/json'].schema),
    413: strictResponse(routes.organizations_projects_partial_update.responses[413].content['application/json'].schema),
    415: strictResponse(routes.organizations_projects_partial_update.responses[415].content['application/json'].schema),
    429: strictResponse(routes.organizations_projects_partial_update.responses[429].content['application/json'].schema),
  },
  organizations_projects_destroy: {
    204: null,
    400: strictResponse(routes.organizations_projects_destroy.responses[400].content['application/json'].schema),
    401: strictResponse(routes.organizations_projects_destroy.responses[401].content['application/json'].schema),
    403: strictResponse(routes.organizations_projects_destroy.responses[403].content['application/json'].schema),
    404: strictResponse(routes.organizations_projects_destroy.responses[404].content['application/json'].schema),
    429: strictResponse(routes.organizations_projects_destroy.responses[429].content['application/json'].schema),
  },
};
