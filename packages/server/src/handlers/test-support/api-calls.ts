import type { RequestSchema } from '@org-api/client';
import type { ApiClient, HandlerHarness, SeededOrg } from './handler-harness.js';

/** Paths of the operations under test, exactly as the generated client spells them. */
export const PATHS = {
  invites: '/api/organizations/{organization_id}/invites/',
  invite: '/api/organizations/{organization_id}/invites/{id}/',
  bulk: '/api/organizations/{organization_id}/invites/bulk/',
  delegate: '/api/organizations/{organization_id}/invites/delegate/',
  members: '/api/organizations/{organization_id}/members/',
  member: '/api/organizations/{organization_id}/members/{user__uuid}/',
  githubLogin: '/api/organizations/{organization_id}/members/{user__uuid}/github_login/',
  scopedApiKeys: '/api/organizations/{organization_id}/members/{user__uuid}/scoped_api_keys/',
  oauthApplications: '/api/organizations/{organization_id}/oauth_applications/',
} as const;

export const ISO_DATETIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

/** Upstream error bodies. */
export const NOT_FOUND = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };
export const denied = (detail: string) => ({
  type: 'authentication_error',
  code: 'permission_denied',
  detail,
  attr: null,
});
export const invalid = (detail: string, attr: string | null) => ({
  type: 'validation_error',
  code: 'invalid_input',
  detail,
  attr,
});

/** A body of `POST invites/` (and one item of `invites/bulk/`). */
export type InviteRequest = RequestSchema<'OrganizationInviteRequest'>;

const orgPath = (org: SeededOrg) => ({ organization_id: org.organization.id });

/** Typed calls of the invite endpoints through the generated client (`harness` is read when mail is checked). */
export function inviteCalls(harness: () => HandlerHarness) {
  const list = (client: ApiClient, org: SeededOrg, query: { limit?: number; offset?: number } = {}) =>
    client.GET(PATHS.invites, { params: { path: orgPath(org), query } });
  return {
    list,
    create: (client: ApiClient, org: SeededOrg, body: InviteRequest) =>
      client.POST(PATHS.invites, { params: { path: orgPath(org) }, body }),
    bulk: (client: ApiClient, org: SeededOrg, body: InviteRequest[]) =>
      client.POST(PATHS.bulk, { params: { path: orgPath(org) }, body }),
    delegate: (client: ApiClient, org: SeededOrg, body: RequestSchema<'OrganizationInviteDelegate'>) =>
      client.POST(PATHS.delegate, { params: { path: orgPath(org) }, body }),
    remove: (client: ApiClient, org: SeededOrg, id: string) =>
      client.DELETE(PATHS.invite, { params: { path: { ...orgPath(org), id } } }),
    /** The addresses of the organization's invites, newest first (as the owner sees them). */
    listedEmails: async (org: SeededOrg) =>
      (await list(org.owner.client, org)).data?.results.map((invite) => invite.target_email),
    /** The messages sent while `action` runs. */
    mailsDuring: async (action: () => Promise<unknown>) => {
      const { mailer } = harness();
      const before = mailer.sent.length;
      await action();
      return mailer.sent.slice(before);
    },
  };
}

/** Typed calls of the member endpoints through the generated client. */
export function memberCalls() {
  const memberPath = (org: SeededOrg, uuid: string) => ({ ...orgPath(org), user__uuid: uuid });
  return {
    list: (client: ApiClient, org: SeededOrg, query: Record<string, string | number> = {}) =>
      client.GET(PATHS.members, { params: { path: orgPath(org), query } }),
    patch: (
      client: ApiClient,
      org: SeededOrg,
      uuid: string,
      body: RequestSchema<'PatchedOrganizationMember'>,
    ) => client.PATCH(PATHS.member, { params: { path: memberPath(org, uuid) }, body }),
    remove: (client: ApiClient, org: SeededOrg, uuid: string) =>
      client.DELETE(PATHS.member, { params: { path: memberPath(org, uuid) } }),
    githubLogin: (client: ApiClient, org: SeededOrg, uuid: string) =>
      client.GET(PATHS.githubLogin, { params: { path: memberPath(org, uuid) } }),
    scopedApiKeys: (client: ApiClient, org: SeededOrg, uuid: string) =>
      client.GET(PATHS.scopedApiKeys, { params: { path: memberPath(org, uuid) } }),
    /** The member emails of a list response, in order. */
    emailsOf: (data: { results: Array<{ user: { email: string } }> } | undefined) =>
      data?.results.map((row) => row.user.email),
  };
}
