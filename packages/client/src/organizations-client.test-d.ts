import { describe, expectTypeOf, it } from 'vitest';
import type { components } from './generated/openapi.gen.js';
import { createOrganizationsClient, type RequestSchema, type Schema } from './organizations-client.js';
import { collectAll, type PaginatedPath, paginate } from './paginate.js';
import { unwrap } from './unwrap.js';

// Type-level only: vitest type-checks this file and never runs it.
const client = createOrganizationsClient({ baseUrl: 'http://localhost:8000', apiKey: 'phx_key' });
type Client = typeof client;
const path = { organization_id: '@current' };
const member = { organization_id: '@current', user__uuid: '@me' };

const MEMBERS = '/api/organizations/{organization_id}/members/' as const;
const MEMBER = '/api/organizations/{organization_id}/members/{user__uuid}/' as const;
const INVITES = '/api/organizations/{organization_id}/invites/' as const;

type UserBasic = {
  id: number;
  uuid: string;
  distinct_id?: string | null;
  first_name?: string;
  last_name?: string;
  email: string;
  is_email_verified?: boolean | null;
  hedgehog_config: Record<string, unknown> | null;
  role_at_organization?: components['schemas']['RoleAtOrganizationEnum'] | '' | null;
};
type Member = {
  id: string;
  user: UserBasic;
  level?: 1 | 8 | 15;
  joined_at: string;
  updated_at: string;
  is_2fa_enabled: boolean;
  has_social_auth: boolean;
  last_login: string | null;
  search_match_type: 'exact' | 'similar' | null;
};
type ErrorBody = components['schemas']['ErrorResponse'];

describe('paths', () => {
  it('accepts the spec paths, trailing slash included, and nothing else', () => {
    client.GET(MEMBERS, { params: { path } });
    // @ts-expect-error the spec path ends with a slash
    client.GET('/api/organizations/{organization_id}/members', { params: { path } });
    // @ts-expect-error no such path
    client.GET('/api/organizations/{organization_id}/teams/', { params: { path } });
    // @ts-expect-error members/ has no POST
    client.POST(MEMBERS, { params: { path } });
    // @ts-expect-error an expanded path is not a spec path
    client.GET('/api/organizations/@current/members/');
  });

  it('requires every path parameter', () => {
    client.DELETE(MEMBER, { params: { path: member } });
    // @ts-expect-error user__uuid is missing
    client.DELETE(MEMBER, { params: { path } });
    // @ts-expect-error params are required
    client.DELETE(MEMBER);
    const PROJECT = '/api/organizations/{organization_id}/projects/{id}/' as const;
    client.GET(PROJECT, { params: { path: { ...path, id: 42 } } });
    // @ts-expect-error a project id is an integer or @current
    client.GET(PROJECT, { params: { path: { ...path, id: 'x' } } });
  });

  it('types query parameters', () => {
    client.GET(MEMBERS, {
      params: { path, query: { limit: 10, offset: 20, order: 'joined_at', search: 'ada' } },
    });
    // @ts-expect-error order is -joined_at or joined_at
    client.GET(MEMBERS, { params: { path, query: { order: 'email' } } });
    // @ts-expect-error limit is a number
    client.GET(MEMBERS, { params: { path, query: { limit: '10' } } });
  });
});

describe('request bodies', () => {
  it('accepts a level of 1, 8 or 15 only', () => {
    client.PATCH(MEMBER, { params: { path: member }, body: { level: 8 } });
    // @ts-expect-error 3 is not a membership level
    client.PATCH(MEMBER, { params: { path: member }, body: { level: 3 } });
    // @ts-expect-error levels are integers, not strings
    client.PATCH(MEMBER, { params: { path: member }, body: { level: '8' } });
  });

  it('rejects readOnly fields', () => {
    // @ts-expect-error id is readOnly
    client.PATCH(MEMBER, { params: { path: member }, body: { level: 8, id: 'x' } });
    // @ts-expect-error joined_at is readOnly
    client.PATCH(MEMBER, { params: { path: member }, body: { joined_at: '2026-01-01T00:00:00Z' } });
    // @ts-expect-error is_expired is readOnly
    client.POST(INVITES, { params: { path }, body: { target_email: 'a@b.co', is_expired: false } });
  });

  it('takes writeOnly fields and leaves fields with defaults optional', () => {
    client.POST(INVITES, { params: { path }, body: { target_email: 'a@b.co' } });
    client.POST(INVITES, {
      params: { path },
      body: { target_email: 'a@b.co', send_email: false, level: 15 },
    });
    // @ts-expect-error target_email is required
    client.POST(INVITES, { params: { path }, body: { level: 1 } });
    expectTypeOf<RequestSchema<'OrganizationInviteRequest'>>().toHaveProperty('send_email');
  });
});

describe('free-form JSON fields', () => {
  it('take any keys in requests and can be read in responses', async () => {
    const PROJECT = '/api/organizations/{organization_id}/projects/{id}/' as const;
    const params = { path: { ...path, id: 1 } };
    const events = [{ eventName: 'purchase', revenueProperty: 'amount' }];
    const project = await unwrap(
      client.PATCH(PROJECT, { params, body: { revenue_analytics_config: { events } } }),
    );
    expectTypeOf(project.default_modifiers).toEqualTypeOf<Record<string, unknown>>();
  });
});

describe('responses', () => {
  it('types the members page exactly', async () => {
    const { data, error } = await client.GET(MEMBERS, { params: { path } });
    expectTypeOf(data).toEqualTypeOf<
      { count: number; next: string | null; previous: string | null; results: Member[] } | undefined
    >();
    expectTypeOf(error).toEqualTypeOf<ErrorBody | undefined>();
    expectTypeOf<Schema<'OrganizationMember'>>().toEqualTypeOf<Member>();
  });

  it('types small responses exactly', async () => {
    const login = await unwrap(client.GET(`${MEMBER}github_login/`, { params: { path: member } }));
    expectTypeOf(login).toEqualTypeOf<{ github_login: string | null }>();
    const keys = await unwrap(client.GET(`${MEMBER}scoped_api_keys/`, { params: { path: member } }));
    expectTypeOf(keys).toEqualTypeOf<{
      has_keys: boolean;
      has_keys_active_last_week: boolean;
      keys: { name: string; last_used_at: string | null }[];
    }>();
  });

  it('leaves writeOnly fields out of responses', async () => {
    const invite = await unwrap(client.POST(INVITES, { params: { path }, body: { target_email: 'a@b.co' } }));
    expectTypeOf(invite).not.toHaveProperty('send_email');
    expectTypeOf(invite).not.toHaveProperty('combine_pending_invites');
    expectTypeOf(invite.id).toEqualTypeOf<string>();
    expectTypeOf(invite.level).toEqualTypeOf<1 | 8 | 15>();
  });

  it('has no data for a 204', async () => {
    const data = await unwrap(client.DELETE(MEMBER, { params: { path: member } }));
    expectTypeOf(data).toEqualTypeOf<undefined>();
  });
});

describe('pagination', () => {
  it('accepts the paginated lists only and yields their items', async () => {
    expectTypeOf<PaginatedPath<Client>>().toEqualTypeOf<
      | '/api/organizations/{organization_id}/invites/'
      | '/api/organizations/{organization_id}/legal_documents/'
      | '/api/organizations/{organization_id}/members/'
      | '/api/organizations/{organization_id}/oauth_applications/'
      | '/api/organizations/{organization_id}/projects/'
    >();
    for await (const item of paginate(client, MEMBERS, { params: { path }, pageSize: 50 })) {
      expectTypeOf(item).toEqualTypeOf<Member>();
    }
    const projects = await collectAll(client, '/api/organizations/{organization_id}/projects/', {
      params: { path },
    });
    expectTypeOf(projects).toEqualTypeOf<Schema<'ProjectBackwardCompatBasic'>[]>();
    // @ts-expect-error github_login/ is not a list
    paginate(client, `${MEMBER}github_login/`, { params: { path: member } });
    // @ts-expect-error the path parameters are still required
    paginate(client, MEMBERS, { pageSize: 10 });
  });
});
