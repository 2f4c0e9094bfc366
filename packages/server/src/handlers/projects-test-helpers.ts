import type { ApiClient, HandlerHarness, SeededOrg } from './test-support/handler-harness.js';

/* Shared by the projects handler tests: typed calls of the five operations and fast store-side set-up. */

export const PROJECTS = '/api/organizations/{organization_id}/projects/';
export const PROJECT = '/api/organizations/{organization_id}/projects/{id}/';
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const NOT_FOUND = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };

/** A 403 permission_denied body. */
export const denied = (detail: string) => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
});

/** A 400 validation_error body. */
export const invalid = (code: string, detail: string, attr: string | null) => ({
  type: 'validation_error',
  code,
  detail,
  attr,
});

/** A request body as plain JSON (tests send invalid or read-only values on purpose). */
export type ProjectBody = Record<string, unknown>;

/** The projects calls of a harness (a getter: harnesses are built in `beforeAll`). */
export function projectCalls(harness: () => HandlerHarness) {
  const orgPath = (org: SeededOrg) => ({ organization_id: org.organization.id });
  const list = (
    client: ApiClient,
    org: SeededOrg,
    query: { search?: string; limit?: number; offset?: number } = {},
  ) => client.GET(PROJECTS, { params: { path: orgPath(org), query } });
  return {
    create: (client: ApiClient, org: SeededOrg, body?: ProjectBody) =>
      client.POST(PROJECTS, { params: { path: orgPath(org) }, ...(body ? { body: body as never } : {}) }),
    list,
    get: (client: ApiClient, org: SeededOrg, id: number | '@current') =>
      client.GET(PROJECT, { params: { path: { ...orgPath(org), id } } }),
    patch: (client: ApiClient, org: SeededOrg, id: number, body: ProjectBody) =>
      client.PATCH(PROJECT, { params: { path: { ...orgPath(org), id } }, body: body as never }),
    destroy: (client: ApiClient, org: SeededOrg, id: number) =>
      client.DELETE(PROJECT, { params: { path: { ...orgPath(org), id } } }),
    /** Names of the listed projects. */
    listedNames: async (client: ApiClient, org: SeededOrg, query = {}) =>
      (await list(client, org, query)).data?.results.map((project) => project.name),
    /** A project created directly in the store (fast set-up). */
    seedProject: async (org: SeededOrg, name: string, extra: { access_control?: boolean } = {}) => {
      const created = await harness().store.createProject({
        organization_id: org.organization.id,
        name,
        ...extra,
      });
      if (!created.ok) throw new Error('seedProject: limit reached');
      return created.project;
    },
  };
}
