// generated from openapi/organizations.yaml by @org-api/codegen — do not edit
import { createRoute, type RouteConfig, z } from '@hono/zod-openapi';
import { pathInteger, queryNumber } from '@org-api/runtime';
import * as s from './schemas.gen.js';

/** `#/components/parameters/OrganizationId` */
const OrganizationId_parameter = z.union([z.guid(), z.literal('@current')]).openapi({ param: { name: 'organization_id', in: 'path', description: 'Organization id (UUID), or `@current` for the organization the API key\'s user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization\'s id used here is 404.', example: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f', 'x-tenant': true } });

/** `#/components/responses/Unauthorized` */
const Unauthorized_response = {
  description: 'Missing or invalid personal API key.',
  headers: { 'WWW-Authenticate': { description: 'Authentication scheme to use.', schema: { type: 'string' }, example: 'Bearer realm="api"' } },
  content: {
    'application/json': {
      schema: s.ErrorResponse,
      examples: { not_authenticated: { summary: 'No credentials', value: { type: 'authentication_error', code: 'not_authenticated', detail: 'Authentication credentials were not provided.', attr: null } }, invalid_key: { summary: 'Unknown or revoked key', value: { type: 'authentication_error', code: 'authentication_failed', detail: 'Personal API key found in request Authorization header is invalid.', attr: null } } },
    },
  },
} satisfies RouteConfig['responses'][string];

/** `#/components/responses/NotFound` */
const NotFound_response = {
  description: 'No such organization or resource (or it is not visible to the caller).',
  content: {
    'application/json': {
      schema: s.ErrorResponse,
      examples: { not_found: { summary: 'Unknown id', value: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } } },
    },
  },
} satisfies RouteConfig['responses'][string];

/** `#/components/responses/PayloadTooLarge` */
const PayloadTooLarge_response = {
  description: 'The request body is larger than the server accepts.',
  content: {
    'application/json': {
      schema: s.ErrorResponse,
      examples: { too_large: { summary: 'Body too large', value: { type: 'invalid_request', code: 'request_too_large', detail: 'Request body is too large.', attr: null } } },
    },
  },
} satisfies RouteConfig['responses'][string];

/** `#/components/responses/UnsupportedMediaType` */
const UnsupportedMediaType_response = {
  description: 'The request body is not JSON or form-encoded.',
  content: {
    'application/json': {
      schema: s.ErrorResponse,
      examples: { unsupported: { summary: 'Wrong content type', value: { type: 'invalid_request', code: 'unsupported_media_type', detail: 'Unsupported media type "text/plain" in request.', attr: null } } },
    },
  },
} satisfies RouteConfig['responses'][string];

/** `#/components/responses/TooManyRequests` */
const TooManyRequests_response = {
  description: 'Rate limited, as upstream: every operation is throttled per personal API key by upstream\'s `BurstRateThrottle` (480 requests a minute) and `SustainedRateThrottle` (4800 requests an hour) from `posthog/rate_limit.py`, the `DEFAULT_THROTTLE_CLASSES` of `posthog/settings/web.py`. Requests refused by authentication (401) or by the key, organization and membership checks (403) are not counted; a request refused by one throttle still counts in the other, and refused requests do not count in the throttle that refused them (Django REST framework\'s `SimpleRateThrottle`). `Retry-After` and `detail` give the wait in whole seconds, rounded up (the longer wait when both refuse). Deviation: upstream keeps the timestamp of every admitted request of the last period; this server keeps two counts per key and throttle (the current fixed window and the previous one, weighted by its share still inside the last period), so when requests were not spread evenly over the previous window it may admit a request earlier, or refuse one later, than upstream. A 405 answer is not counted (upstream counts it). The reference server\'s rates are configurable (`RATE_LIMIT`, `RATE_LIMIT_BURST`, `RATE_LIMIT_SUSTAINED`).',
  headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', required: true, schema: { type: 'integer', minimum: 0 }, example: 17 } },
  content: {
    'application/json': {
      schema: s.ErrorResponse,
      examples: { throttled: { summary: 'Too many requests', value: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled. Expected available in 17 seconds.', attr: null } } },
    },
  },
} satisfies RouteConfig['responses'][string];

/** `#/components/parameters/Limit` */
const Limit_parameter = z.preprocess(queryNumber, z.int('A valid integer is required.').min(1).max(1000)).default(100).openapi({ param: { name: 'limit', in: 'query', description: 'Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.', example: 100 } });

/** `#/components/parameters/Offset` */
const Offset_parameter = z.preprocess(queryNumber, z.int('A valid integer is required.').min(0)).default(0).openapi({ param: { name: 'offset', in: 'query', description: 'The initial index from which to return the results.', example: 0 } });

/** `#/components/parameters/InviteId` */
const InviteId_parameter = z.guid().openapi({ param: { name: 'id', in: 'path', description: 'Invite id.', example: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d' } });

/** `#/components/responses/BadRequest` */
const BadRequest_response = {
  description: 'Invalid input.',
  content: {
    'application/json': {
      schema: s.ErrorResponse,
      examples: { invalid_input: { summary: 'Invalid input', value: { type: 'validation_error', code: 'invalid_input', detail: 'Invalid input.', attr: null } } },
    },
  },
} satisfies RouteConfig['responses'][string];

/** `#/components/parameters/LegalDocumentId` */
const LegalDocumentId_parameter = z.guid().openapi({ param: { name: 'id', in: 'path', description: 'Legal document id. A value that is not a UUID is a 404.', example: '0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a' } });

/** `#/components/parameters/MembersOrder` */
const MembersOrder_parameter = z.enum(['-joined_at', 'joined_at']).default('-joined_at').openapi({ param: { name: 'order', in: 'query', description: 'Sort order by join time: `-joined_at` (newest first, the default) or `joined_at`. Ignored when `search` is given (results are then ordered by relevance, then first name). Upstream silently falls back to the default on any other value; this API rejects it with 400. Each value names the member field to sort by, `-` first for descending (`x-ordering`).', example: '-joined_at', 'x-ordering': true } });

/** `#/components/parameters/MembersSearch` */
const MembersSearch_parameter = z.string().max(200).optional().openapi({ param: { name: 'search', in: 'query', description: 'Find members by first name, last name or email. NUL bytes are stripped and surrounding whitespace trimmed; an empty value means no search. Two tiers: if any member matches *exactly* (case-insensitive substring of any of the three fields) only those are returned, with `search_match_type: exact`; otherwise members matching *similarly* (trigram word-similarity above 0.3) are returned with `search_match_type: similar`. Results are ordered by relevance, then first name. At most 200 characters (400 otherwise). Fields and matching: `x-search`.', example: 'grace', 'x-search': { fields: ['user.first_name', 'user.last_name', 'user.email'], match: 'contains-ignoring-case', fallback: 'similar' } } });

/** `#/components/parameters/MemberUserUuid` */
const MemberUserUuid_parameter = z.union([z.guid(), z.literal('@me')]).openapi({ param: { name: 'user__uuid', in: 'path', description: 'The member\'s user uuid (not the membership id), or `@me` for the API key\'s own user.', example: '01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f' } });

/** `#/components/parameters/ProjectsSearch` */
const ProjectsSearch_parameter = z.string().max(200).optional().openapi({ param: { name: 'search', in: 'query', description: 'Only projects whose name contains this text (case-insensitive, `x-search`). At most 200 characters (upstream sets no limit; this API answers 400 above it).', example: 'web', 'x-search': { fields: ['name'], match: 'contains-ignoring-case' } } });

/** `#/components/parameters/ProjectId` */
const ProjectId_parameter = z.union([z.preprocess(pathInteger, z.int('A valid integer is required.')).openapi({ format: 'int64' }), z.literal('@current')]).openapi({ param: { name: 'id', in: 'path', description: 'Project id, or `@current` for the API key\'s user\'s current project.', example: 2 } });

export const invites_bulk_create_route = createRoute({
  method: 'post',
  path: '/api/organizations/{organization_id}/invites/bulk/',
  operationId: 'invites_bulk_create',
  tags: ['Invites'],
  summary: 'Create invites in bulk',
  description: 'Create up to 20 invites at once. The body is a JSON array of invite objects (the writable fields of `OrganizationInvite`); the response is the array of created invites in the same order. All items are checked before any is created (`x-all-or-nothing`): one invalid item (400), one item for the address of an existing member (400), or one item whose `level` exceeds the inviter\'s (403) rejects the whole batch and creates nothing.\n\nEach address may appear once per request, compared case-insensitively: the first item repeating an earlier one is refused with 400 on its `target_email` (`attr` `<index>__target_email`, e.g. "This email address is already invited by item 0 of this request.") and nothing is created. Deliberate deviation from upstream, which stores every item (each replacing the earlier invites for its address) and answers 201 with ids of which only the last exists.\n\nUpstream\'s generated schema documents a single invite in and `200` with no body out; this follows the real behaviour. The body is JSON only (an array cannot be form-encoded).',
  'x-all-or-nothing': true,
  security: [{ PersonalAPIKeyAuth: ['organization_member:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: z.array(s.OrganizationInviteRequest).min(1).max(20).openapi({ description: 'One to 20 invites.' }),
          example: [{ target_email: 'margaret@hogflix.com', first_name: 'Margaret', level: 1 }, { target_email: 'katherine@hogflix.com', first_name: 'Katherine', level: 8, send_email: true }],
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'The invites were created.',
      content: {
        'application/json': {
          schema: z.array(s.OrganizationInvite),
          example: [{ id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d', target_email: 'margaret@hogflix.com', first_name: 'Margaret', emailing_attempt_made: true, level: 1, is_expired: false, created_by: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, created_at: '2026-11-27T09:30:00Z', updated_at: '2026-11-27T09:30:00Z', message: null, private_project_access: null }, { id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4e', target_email: 'katherine@hogflix.com', first_name: 'Katherine', emailing_attempt_made: true, level: 8, is_expired: false, created_by: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, created_at: '2026-11-27T09:30:00Z', updated_at: '2026-11-27T09:30:00Z', message: null, private_project_access: null }],
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { too_many: { summary: 'More than 20 invites', value: { type: 'validation_error', code: 'max_length', detail: 'A maximum of 20 invites can be sent in a single request.', attr: null } }, not_an_array: { summary: 'Body is not an array', value: { type: 'validation_error', code: 'invalid_input', detail: 'This endpoint needs an array of data for bulk invite creation.', attr: null } }, repeated_address: { summary: 'Two items name one address (nothing was created)', value: { type: 'validation_error', code: 'invalid_input', detail: 'This email address is already invited by item 0 of this request.', attr: '2__target_email' } }, invalid_item: { summary: 'An item is invalid (nothing was created)', value: { type: 'validation_error', code: 'invalid_input', detail: 'Enter a valid email address.', attr: 'target_email' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, level_too_high: { summary: 'An item\'s level is above the inviter\'s', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You cannot invite a user with a higher permission level than your own.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const invites_delegate_create_route = createRoute({
  method: 'post',
  path: '/api/organizations/{organization_id}/invites/delegate/',
  operationId: 'invites_delegate_create',
  tags: ['Invites'],
  summary: 'Delegate organization setup',
  description: 'Create an onboarding delegation invite: an admin-level (8) invite flagged as a setup delegation. Sends a single dedicated delegation email and records the inviting user as having delegated. Earlier invites for the same address are replaced, as with `POST invites/`. Returns 201 (the invite row is persisted); upstream\'s generated schema says 200.',
  security: [{ PersonalAPIKeyAuth: ['organization_member:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: s.OrganizationInviteDelegate,
          example: { target_email: 'cto@hogflix.com', message: 'Could you finish setting up PostHog for us? You know the codebase best.', step_at_delegation: 'install_snippet' },
        },
        'application/x-www-form-urlencoded': {
          schema: s.OrganizationInviteDelegate,
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'The delegation invite was created.',
      content: {
        'application/json': {
          schema: s.OrganizationInvite,
          example: { id: '0193a5c0-2d4e-7f61-9b3a-4c5d6e7f8a9b', target_email: 'cto@hogflix.com', first_name: '', emailing_attempt_made: true, level: 8, is_expired: false, created_by: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, created_at: '2026-11-27T10:02:11Z', updated_at: '2026-11-27T10:02:11Z', message: 'Could you finish setting up PostHog for us? You know the codebase best.', private_project_access: null },
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_email: { summary: '`target_email` missing', value: { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'target_email' } }, message_too_long: { summary: '`message` over 1000 characters', value: { type: 'validation_error', code: 'max_length', detail: 'Ensure this field has no more than 1000 characters.', attr: 'message' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const invites_list_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/invites/',
  operationId: 'invites_list',
  tags: ['Invites'],
  summary: 'List invites',
  description: 'List the organization\'s invites, newest first (`-created_at`, `x-default-order`), expired ones included. Any member may list.',
  'x-default-order': '-created_at',
  security: [{ PersonalAPIKeyAuth: ['organization_member:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    query: z.object({
      limit: Limit_parameter,
      offset: Offset_parameter,
    }),
  },
  responses: {
    200: {
      description: 'A page of invites.',
      content: {
        'application/json': {
          schema: s.PaginatedOrganizationInviteList,
          example: { count: 2, next: null, previous: null, results: [{ id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d', target_email: 'margaret@hogflix.com', first_name: 'Margaret', emailing_attempt_made: true, level: 1, is_expired: false, created_by: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, created_at: '2026-11-27T09:30:00Z', updated_at: '2026-11-27T09:30:00Z', message: 'Welcome aboard! Your first dashboard is waiting.', private_project_access: [{ id: 2, level: 'member' }] }, { id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4e', target_email: 'katherine@hogflix.com', first_name: 'Katherine', emailing_attempt_made: true, level: 8, is_expired: false, created_by: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, created_at: '2026-11-27T09:30:00Z', updated_at: '2026-11-27T09:30:00Z', message: null, private_project_access: null }] },
        },
      },
    },
    400: {
      description: 'Invalid pagination parameter.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_offset: { summary: 'Negative `offset`', value: { type: 'validation_error', code: 'min_value', detail: 'Ensure this value is greater than or equal to 0.', attr: 'offset' } }, invalid_limit: { summary: '`limit` out of range', value: { type: 'validation_error', code: 'max_value', detail: 'Ensure this value is less than or equal to 1000.', attr: 'limit' } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const invites_create_route = createRoute({
  method: 'post',
  path: '/api/organizations/{organization_id}/invites/',
  operationId: 'invites_create',
  tags: ['Invites'],
  summary: 'Create an invite',
  description: 'Invite an email address to the organization. Admins and owners may always invite; members only when the organization allows members to invite. The invite\'s `level` cannot exceed the inviter\'s level (403). Every earlier invite for the same address in this organization is deleted first, so re-inviting refreshes the 3-day validity window; with `combine_pending_invites` the new invite also inherits the highest level and the project access of the pending ones. Addresses compare without case (`x-unique`), so `Ada@Example.com` replaces an invite for `ada@example.com`.',
  'x-unique': { fields: ['target_email'], 'ignore-case': true, 'on-conflict': 'replace' },
  security: [{ PersonalAPIKeyAuth: ['organization_member:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: s.OrganizationInviteRequest,
          example: { target_email: 'margaret@hogflix.com', first_name: 'Margaret', level: 1, message: 'Welcome aboard! Your first dashboard is waiting.', private_project_access: [{ id: 2, level: 'member' }], send_email: true },
        },
        'application/x-www-form-urlencoded': {
          schema: s.OrganizationInviteRequest,
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'The invite was created.',
      content: {
        'application/json': {
          schema: s.OrganizationInvite,
          example: { id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d', target_email: 'margaret@hogflix.com', first_name: 'Margaret', emailing_attempt_made: true, level: 1, is_expired: false, created_by: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, created_at: '2026-11-27T09:30:00Z', updated_at: '2026-11-27T09:30:00Z', message: 'Welcome aboard! Your first dashboard is waiting.', private_project_access: [{ id: 2, level: 'member' }] },
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_email: { summary: '`target_email` missing', value: { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'target_email' } }, invalid_email: { summary: '`target_email` is not an email address', value: { type: 'validation_error', code: 'invalid_input', detail: 'Enter a valid email address.', attr: 'target_email' } }, already_member: { summary: 'Address already belongs to a member', value: { type: 'validation_error', code: 'invalid_input', detail: 'A user with this email address already belongs to the organization.', attr: null } }, unknown_project: { summary: 'Project not in this organization', value: { type: 'validation_error', code: 'invalid_input', detail: 'Project does not exist on this organization, or it is private and you do not have access to it.', attr: 'private_project_access' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, level_too_high: { summary: 'Invite level above the inviter\'s', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You cannot invite a user with a higher permission level than your own.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const invites_destroy_route = createRoute({
  method: 'delete',
  path: '/api/organizations/{organization_id}/invites/{id}/',
  operationId: 'invites_destroy',
  tags: ['Invites'],
  summary: 'Delete an invite',
  description: 'Delete (revoke) an invite. Any member of the organization may delete any of its invites.',
  security: [{ PersonalAPIKeyAuth: ['organization_member:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: InviteId_parameter,
    }),
  },
  responses: {
    204: {
      description: 'Deleted. No response body.',
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const legal_documents_list_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/legal_documents/',
  operationId: 'legal_documents_list',
  tags: ['Legal documents'],
  summary: 'List legal documents',
  description: 'List the organization\'s legal documents (BAA, DPA), newest first (`-created_at`, `x-default-order`). Admins and owners only.',
  'x-default-order': '-created_at',
  security: [{ PersonalAPIKeyAuth: ['legal_document:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    query: z.object({
      limit: Limit_parameter,
      offset: Offset_parameter,
    }),
  },
  responses: {
    200: {
      description: 'A page of legal documents.',
      content: {
        'application/json': {
          schema: s.PaginatedLegalDocumentDTOList,
          example: { count: 2, next: null, previous: null, results: [{ id: '0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a', document_type: 'DPA', company_name: 'Hogflix Ltd', representative_email: 'legal@hogflix.com', status: 'submitted_for_signature', created_by: { first_name: 'Ada', email: 'ada@hogflix.com' }, created_at: '2026-11-27T10:15:00Z' }, { id: '0192f0a1-1b2c-7d3e-8f4a-5b6c7d8e9f0a', document_type: 'BAA', company_name: 'Hogflix Ltd', representative_email: 'legal@hogflix.com', status: 'signed', created_by: { first_name: 'Ada', email: 'ada@hogflix.com' }, created_at: '2026-10-02T14:00:00Z' }] },
        },
      },
    },
    400: {
      description: 'Invalid pagination parameter.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_offset: { summary: 'Negative `offset`', value: { type: 'validation_error', code: 'min_value', detail: 'Ensure this value is greater than or equal to 0.', attr: 'offset' } }, invalid_limit: { summary: '`limit` out of range', value: { type: 'validation_error', code: 'max_value', detail: 'Ensure this value is less than or equal to 1000.', attr: 'limit' } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'Missing scope, or the caller is not an admin or owner of the organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'legal_document:read\'', attr: null } }, not_admin: { summary: 'Caller is not an organization admin or owner', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null } } },
        },
      },
    },
    404: {
      description: 'No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members).',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { not_found: { summary: 'Unknown document', value: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } } },
        },
      },
    },
    429: TooManyRequests_response,
  },
});

export const legal_documents_create_route = createRoute({
  method: 'post',
  path: '/api/organizations/{organization_id}/legal_documents/',
  operationId: 'legal_documents_create',
  tags: ['Legal documents'],
  summary: 'Create a legal document',
  description: 'Generate a BAA or DPA for the organization and send it to `representative_email` for signature. The document starts as `submitted_for_signature`. An organization can hold one document per type (400 otherwise, `x-unique`; deleting the document frees the type). A BAA requires a Boost, Scale or Enterprise add-on (403). Admins and owners only.',
  'x-unique': { fields: ['document_type'], 'on-conflict': 'reject' },
  security: [{ PersonalAPIKeyAuth: ['legal_document:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: s.CreateLegalDocument,
          example: { document_type: 'DPA', company_name: 'Hogflix Ltd', company_address: '2 Hedgehog Lane, London N1 9GU, United Kingdom', representative_email: 'legal@hogflix.com' },
        },
        'application/x-www-form-urlencoded': {
          schema: s.CreateLegalDocument,
        },
      },
      required: true,
    },
  },
  responses: {
    201: {
      description: 'The document was created and sent for signature.',
      content: {
        'application/json': {
          schema: s.LegalDocumentDTO,
          example: { id: '0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a', document_type: 'DPA', company_name: 'Hogflix Ltd', representative_email: 'legal@hogflix.com', status: 'submitted_for_signature', created_by: { first_name: 'Ada', email: 'ada@hogflix.com' }, created_at: '2026-11-27T10:15:00Z' },
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { duplicate_type: { summary: 'The organization already has a document of that type', value: { type: 'validation_error', code: 'invalid_input', detail: 'Your organization already has a DPA. Contact support if you need a new one.', attr: 'document_type' } }, invalid_type: { summary: 'Unknown `document_type`', value: { type: 'validation_error', code: 'invalid_choice', detail: '"NDA" is not a valid choice.', attr: 'document_type' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'Missing scope, or the caller is not an admin or owner of the organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'legal_document:write\'', attr: null } }, not_admin: { summary: 'Caller is not an organization admin or owner', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null } }, baa_needs_addon: { summary: 'BAA without a qualifying add-on', value: { type: 'authentication_error', code: 'permission_denied', detail: 'A Boost, Scale, or Enterprise add-on is required to generate a BAA.', attr: null } } },
        },
      },
    },
    404: {
      description: 'No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members).',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { not_found: { summary: 'Unknown document', value: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } } },
        },
      },
    },
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const legal_documents_retrieve_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/legal_documents/{id}/',
  operationId: 'legal_documents_retrieve',
  tags: ['Legal documents'],
  summary: 'Retrieve a legal document',
  description: 'Retrieve one legal document. Admins and owners only.',
  security: [{ PersonalAPIKeyAuth: ['legal_document:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: LegalDocumentId_parameter,
    }),
  },
  responses: {
    200: {
      description: 'The legal document.',
      content: {
        'application/json': {
          schema: s.LegalDocumentDTO,
          example: { id: '0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a', document_type: 'DPA', company_name: 'Hogflix Ltd', representative_email: 'legal@hogflix.com', status: 'submitted_for_signature', created_by: { first_name: 'Ada', email: 'ada@hogflix.com' }, created_at: '2026-11-27T10:15:00Z' },
        },
      },
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'Missing scope, or the caller is not an admin or owner of the organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'legal_document:read\'', attr: null } }, not_admin: { summary: 'Caller is not an organization admin or owner', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null } } },
        },
      },
    },
    404: {
      description: 'No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members).',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { not_found: { summary: 'Unknown document', value: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } } },
        },
      },
    },
    429: TooManyRequests_response,
  },
});

export const legal_documents_destroy_route = createRoute({
  method: 'delete',
  path: '/api/organizations/{organization_id}/legal_documents/{id}/',
  operationId: 'legal_documents_destroy',
  tags: ['Legal documents'],
  summary: 'Delete a legal document',
  description: 'Delete a legal document that is not signed yet (its signature request is voided), which frees its type for a new document. Signed documents cannot be deleted (403). Admins and owners only.',
  security: [{ PersonalAPIKeyAuth: ['legal_document:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: LegalDocumentId_parameter,
    }),
  },
  responses: {
    204: {
      description: 'Deleted. No response body.',
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'Missing scope, or the caller is not an admin or owner of the organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'legal_document:write\'', attr: null } }, not_admin: { summary: 'Caller is not an organization admin or owner', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null } }, signed: { summary: 'The document is signed', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Signed legal documents cannot be deleted.', attr: null } } },
        },
      },
    },
    404: {
      description: 'No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members).',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { not_found: { summary: 'Unknown document', value: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } } },
        },
      },
    },
    429: TooManyRequests_response,
  },
});

export const legal_documents_download_retrieve_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/legal_documents/{id}/download/',
  operationId: 'legal_documents_download_retrieve',
  tags: ['Legal documents'],
  summary: 'Download a signed legal document',
  description: 'Redirect (302) to a short-lived URL of the signed PDF: it expires 60 seconds after it was issued (then 410 `link_expired`), and a URL whose expiry lies more than 65 seconds ahead (the 60-second lifetime plus 5 seconds of clock skew between processes) is refused like a forged one (403 `permission_denied`, "This download link is invalid."). The URL is signed with HMAC-SHA256 under the server\'s `FILE_SIGNING_KEY`, else under a random key generated when the database was first migrated and shared by every process (never derived from the database URL). 404 while the document is not signed yet. Admins and owners only.',
  security: [{ PersonalAPIKeyAuth: ['legal_document:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: LegalDocumentId_parameter,
    }),
  },
  responses: {
    302: {
      description: 'Redirect to the signed PDF. No response body.',
      headers: { Location: { description: 'Short-lived URL of the signed PDF.', required: true, schema: { type: 'string', format: 'uri' }, example: 'http://localhost:8000/legal-document-files/0192f0a0-5b1c-7d2e-8f3a-4b5c6d7e8f90/0192f0a1-1b2c-7d3e-8f4a-5b6c7d8e9f0a?expires=1764238860&signature=6234c094d097d1ac283c2288c11fb68ddfdcee7448c8924a51c625f472b95207' } },
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'Missing scope, or the caller is not an admin or owner of the organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'legal_document:read\'', attr: null } }, not_admin: { summary: 'Caller is not an organization admin or owner', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null } } },
        },
      },
    },
    404: {
      description: 'No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members).',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { not_found: { summary: 'Unknown document', value: { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null } }, not_signed: { summary: 'The document is not signed yet', value: { type: 'invalid_request', code: 'not_found', detail: 'The signed document is not available yet.', attr: null } } },
        },
      },
    },
    429: TooManyRequests_response,
  },
});

export const members_list_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/members/',
  operationId: 'members_list',
  tags: ['Members'],
  summary: 'List members',
  description: 'List the organization\'s members (inactive users and internal bot users excluded). Ordered by `order` (default newest first, `-joined_at`, `x-default-order`), or by search relevance when `search` is given.',
  'x-default-order': '-joined_at',
  security: [{ PersonalAPIKeyAuth: ['organization_member:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    query: z.object({
      limit: Limit_parameter,
      offset: Offset_parameter,
      order: MembersOrder_parameter,
      search: MembersSearch_parameter,
    }),
  },
  responses: {
    200: {
      description: 'A page of members.',
      content: {
        'application/json': {
          schema: s.PaginatedOrganizationMemberList,
          example: { count: 2, next: null, previous: null, results: [{ id: '01890e2f-1d3b-7c02-b4c5-d6e7f8a9b0c1', user: { id: 1077, uuid: '01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f', distinct_id: 'kP2mN8qR4sT6uV0wX3yZ5aB7cD9eF1gH2iJ4kL6mN8o', first_name: 'Grace', last_name: 'Hopper', email: 'grace@hogflix.com', is_email_verified: true, hedgehog_config: { use_as_profile: true, color: 'blue', accessories: ['beret'] }, role_at_organization: 'leadership' }, level: 8, joined_at: '2024-02-14T16:20:00Z', updated_at: '2026-11-20T11:00:00Z', is_2fa_enabled: false, has_social_auth: true, last_login: '2026-11-26T17:41:03Z', search_match_type: null }, { id: '01890e1d-8c12-7d01-a3b4-c5d6e7f8a9b0', user: { id: 1042, uuid: '01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61', distinct_id: 'Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z', first_name: 'Ada', last_name: 'Lovelace', email: 'ada@hogflix.com', is_email_verified: true, hedgehog_config: null, role_at_organization: 'engineering' }, level: 15, joined_at: '2023-07-01T08:00:00Z', updated_at: '2023-07-01T08:00:00Z', is_2fa_enabled: true, has_social_auth: false, last_login: '2026-11-27T08:12:45Z', search_match_type: null }] },
        },
      },
    },
    400: {
      description: 'Invalid query parameter.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_offset: { summary: 'Negative `offset`', value: { type: 'validation_error', code: 'min_value', detail: 'Ensure this value is greater than or equal to 0.', attr: 'offset' } }, invalid_limit: { summary: '`limit` out of range', value: { type: 'validation_error', code: 'max_value', detail: 'Ensure this value is less than or equal to 1000.', attr: 'limit' } }, search_too_long: { summary: '`search` over 200 characters', value: { type: 'validation_error', code: 'invalid_input', detail: 'Search query must be 200 characters or fewer.', attr: 'search' } }, invalid_order: { summary: 'Unknown `order`', value: { type: 'validation_error', code: 'invalid_choice', detail: '"name" is not a valid choice.', attr: 'order' } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const members_partial_update_route = createRoute({
  method: 'patch',
  path: '/api/organizations/{organization_id}/members/{user__uuid}/',
  operationId: 'members_partial_update',
  tags: ['Members'],
  summary: 'Update a member\'s level',
  description: 'Change another member\'s `level` (the only writable field). Rules, all 403: nobody can change their own level; only admins and owners can edit others, and only others with a level lower or equal to their own; a new level can be at most the requester\'s own, and only an owner can make someone an owner (several owners are allowed; the requester keeps their level). The full table of cases, with the exact `detail` of each refusal, is `x-level-rules`. The rules are decided on both memberships as they are when the change is written, so a concurrent change (an owner promoting the member an admin is demoting) is taken into account.',
  'x-level-rules': [{ as: 'member', target: 'owner', level: 1, status: 403, detail: 'You can only edit others if you are an admin.' }, { as: 'member', target: 'admin', level: 1, status: 403, detail: 'You can only edit others if you are an admin.' }, { as: 'member', target: 'self', level: 8, status: 403, detail: 'You can\'t change your own access level.' }, { as: 'admin', target: 'owner', level: 8, status: 403, detail: 'You can only edit others with level lower or equal to you.' }, { as: 'admin', target: 'member', level: 15, status: 403, detail: 'You can only make another member owner if you\'re this organization\'s owner.' }, { as: 'admin', target: 'self', level: 15, status: 403, detail: 'You can\'t change your own access level.' }, { as: 'admin', target: 'member', level: 8, status: 200 }, { as: 'owner', target: 'member', level: 8, status: 200 }, { as: 'owner', target: 'admin', level: 1, status: 200 }, { as: 'owner', target: 'member', level: 15, status: 200 }, { as: 'only-owner', target: 'self', level: 8, status: 403, detail: 'You can\'t change your own access level.' }],
  security: [{ PersonalAPIKeyAuth: ['organization_member:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      user__uuid: MemberUserUuid_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: s.PatchedOrganizationMember,
          example: { level: 1 },
        },
        'application/x-www-form-urlencoded': {
          schema: s.PatchedOrganizationMember,
        },
      },
      required: false,
    },
  },
  responses: {
    200: {
      description: 'The updated membership.',
      content: {
        'application/json': {
          schema: s.OrganizationMember,
          example: { id: '01890e2f-1d3b-7c02-b4c5-d6e7f8a9b0c1', user: { id: 1077, uuid: '01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f', distinct_id: 'kP2mN8qR4sT6uV0wX3yZ5aB7cD9eF1gH2iJ4kL6mN8o', first_name: 'Grace', last_name: 'Hopper', email: 'grace@hogflix.com', is_email_verified: true, hedgehog_config: { use_as_profile: true, color: 'blue', accessories: ['beret'] }, role_at_organization: 'leadership' }, level: 1, joined_at: '2024-02-14T16:20:00Z', updated_at: '2026-11-27T10:40:00Z', is_2fa_enabled: false, has_social_auth: true, last_login: '2026-11-26T17:41:03Z', search_match_type: null },
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_level: { summary: '`level` not one of 1, 8, 15', value: { type: 'validation_error', code: 'invalid_choice', detail: '"3" is not a valid choice.', attr: 'level' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, own_level: { summary: 'Changing one\'s own level', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can\'t change your own access level.', attr: null } }, not_admin: { summary: 'A member editing someone else', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can only edit others if you are an admin.', attr: null } }, make_owner: { summary: 'A non-owner making someone owner', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can only make another member owner if you\'re this organization\'s owner.', attr: null } }, level_above_own: { summary: 'New level above the requester\'s own', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can only change access level of others to lower or equal to your current one.', attr: null } }, higher_target: { summary: 'Editing someone with a higher level', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can only edit others with level lower or equal to you.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const members_destroy_route = createRoute({
  method: 'delete',
  path: '/api/organizations/{organization_id}/members/{user__uuid}/',
  operationId: 'members_destroy',
  tags: ['Members'],
  summary: 'Remove a member',
  description: 'Remove a member from the organization, or leave it by passing your own uuid (or `@me`). Admins may remove members and admins; only owners may remove owners. The last owner cannot leave (400). Every case, with the exact `detail` of each refusal, is in `x-level-rules`.',
  'x-level-rules': [{ as: 'member', target: 'admin', status: 403, detail: 'You can only edit others if you are an admin.' }, { as: 'member', target: 'owner', status: 403, detail: 'You can only edit others if you are an admin.' }, { as: 'admin', target: 'owner', status: 403, detail: 'You can only edit others with level lower or equal to you.' }, { as: 'admin', target: 'member', status: 204 }, { as: 'only-owner', target: 'self', status: 400, detail: 'You can\'t leave the organization as its only owner. Make someone else an owner first.' }],
  security: [{ PersonalAPIKeyAuth: ['organization_member:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      user__uuid: MemberUserUuid_parameter,
    }),
  },
  responses: {
    204: {
      description: 'Deleted. No response body.',
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { last_owner: { summary: 'The only owner tries to leave', value: { type: 'validation_error', code: 'invalid_input', detail: 'You can\'t leave the organization as its only owner. Make someone else an owner first.', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, not_admin: { summary: 'A member editing someone else', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can only edit others if you are an admin.', attr: null } }, higher_target: { summary: 'Editing someone with a higher level', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You can only edit others with level lower or equal to you.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const members_github_login_retrieve_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/members/{user__uuid}/github_login/',
  operationId: 'members_github_login_retrieve',
  tags: ['Members'],
  summary: 'Retrieve a member\'s GitHub login',
  description: 'The member\'s GitHub username, from their linked GitHub integration or GitHub sign-in; null when none is linked.',
  security: [{ PersonalAPIKeyAuth: ['organization_member:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      user__uuid: MemberUserUuid_parameter,
    }),
  },
  responses: {
    200: {
      description: 'The GitHub login.',
      content: {
        'application/json': {
          schema: s.OrganizationMemberGithubLogin,
          example: { github_login: 'adalovelace' },
        },
      },
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const members_scoped_api_keys_retrieve_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/members/{user__uuid}/scoped_api_keys/',
  operationId: 'members_scoped_api_keys_retrieve',
  tags: ['Members'],
  summary: 'Retrieve a member\'s scoped API keys',
  description: 'Summarise the member\'s personal API keys that can reach this organization (keys scoped to it, to one of its projects, or unscoped): names and last use, never secrets.\n\n**Deliberate deviation from upstream:** upstream declares no scope for this action, so every scoped personal API key gets 403 "This action does not support Personal API Key access" there (only legacy unscoped keys pass). This API requires `organization_member:read` instead.',
  security: [{ PersonalAPIKeyAuth: ['organization_member:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      user__uuid: MemberUserUuid_parameter,
    }),
  },
  responses: {
    200: {
      description: 'The member\'s keys.',
      content: {
        'application/json': {
          schema: s.OrganizationMemberScopedApiKeys,
          example: { has_keys: true, has_keys_active_last_week: true, keys: [{ name: 'CI deploy key', last_used_at: '2026-11-26T22:03:17Z' }, { name: 'Old laptop', last_used_at: null }] },
        },
      },
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization_member:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const oauth_applications_list_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/oauth_applications/',
  operationId: 'oauth_applications_list',
  tags: ['OAuth applications'],
  summary: 'List OAuth applications',
  description: 'List the OAuth applications owned by the organization, newest first (`-created`, `x-default-order`; read-only).',
  'x-default-order': '-created',
  security: [{ PersonalAPIKeyAuth: ['organization:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    query: z.object({
      limit: Limit_parameter,
      offset: Offset_parameter,
    }),
  },
  responses: {
    200: {
      description: 'A page of OAuth applications.',
      content: {
        'application/json': {
          schema: s.PaginatedOrganizationOAuthApplicationList,
          example: { count: 1, next: null, previous: null, results: [{ id: '0192c7d8-3e4f-7a5b-8c6d-9e0f1a2b3c4d', name: 'Hogflix data sync', client_id: 'Zq8xK2mV5nB7cR1tY4uP6wE9aS3dF0gH', redirect_uris_list: ['https://sync.hogflix.com/oauth/callback', 'http://localhost:3000/oauth/callback'], is_verified: false, created: '2025-03-10T12:00:00Z', updated: '2025-06-02T09:15:00Z' }] },
        },
      },
    },
    400: {
      description: 'Invalid pagination parameter.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_offset: { summary: 'Negative `offset`', value: { type: 'validation_error', code: 'min_value', detail: 'Ensure this value is greater than or equal to 0.', attr: 'offset' } }, invalid_limit: { summary: '`limit` out of range', value: { type: 'validation_error', code: 'max_value', detail: 'Ensure this value is less than or equal to 1000.', attr: 'limit' } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'organization:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const organizations_projects_list_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/projects/',
  operationId: 'organizations_projects_list',
  tags: ['Projects'],
  summary: 'List projects',
  description: 'List the projects of the organization that the caller can access (private projects only with access), ordered by id (`x-default-order`). Projects pending deletion are not listed nor counted.',
  'x-default-order': 'id',
  security: [{ PersonalAPIKeyAuth: ['project:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    query: z.object({
      limit: Limit_parameter,
      offset: Offset_parameter,
      search: ProjectsSearch_parameter,
    }),
  },
  responses: {
    200: {
      description: 'A page of projects.',
      content: {
        'application/json': {
          schema: s.PaginatedProjectBackwardCompatBasicList,
          example: { count: 2, next: null, previous: null, results: [{ id: 2, uuid: '01890e1e-0a1b-7c2d-8e3f-4a5b6c7d8e9f', organization: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f', project_id: 2, api_token: 'phc_Wq3Ym8Zr2Kx5Nv7Bt9Lp4Hs6Jd1Fg0Ac3Ek5Gm7Pn9', name: 'Hogflix web', completed_snippet_onboarding: true, has_completed_onboarding_for: { product_analytics: true, session_replay: true }, ingested_event: true, is_demo: false, timezone: 'Europe/London', access_control: false, tags: ['production', 'web'] }, { id: 5, uuid: '0191b2c3-d4e5-7f60-8a1b-2c3d4e5f6a7b', organization: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f', project_id: 5, api_token: 'phc_Rt5Yu7Io9Pa2Sd4Fg6Hj8Kl1Zx3Cv5Bn7Mq9Wa2Es4', name: 'Hogflix mobile', completed_snippet_onboarding: false, has_completed_onboarding_for: null, ingested_event: false, is_demo: false, timezone: 'America/New_York', access_control: true, tags: [] }] },
        },
      },
    },
    400: {
      description: 'Invalid query parameter.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_offset: { summary: 'Negative `offset`', value: { type: 'validation_error', code: 'min_value', detail: 'Ensure this value is greater than or equal to 0.', attr: 'offset' } }, invalid_limit: { summary: '`limit` out of range', value: { type: 'validation_error', code: 'max_value', detail: 'Ensure this value is less than or equal to 1000.', attr: 'limit' } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'project:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const organizations_projects_create_route = createRoute({
  method: 'post',
  path: '/api/organizations/{organization_id}/projects/',
  operationId: 'organizations_projects_create',
  tags: ['Projects'],
  summary: 'Create a project',
  description: 'Create a project in the organization. Every field is optional; without `name` a default name not yet used in the organization is picked. Admins and owners may create projects (members too when the organization allows it); a demo project (`is_demo: true`) needs only membership, one per organization. Plan limits apply (403).',
  security: [{ PersonalAPIKeyAuth: ['project:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: s.ProjectBackwardCompatRequest,
          example: { name: 'Hogflix staging', timezone: 'Europe/Berlin', week_start_day: 1, tags: ['staging'], data_attributes: ['data-attr'] },
        },
        'application/x-www-form-urlencoded': {
          schema: s.ProjectBackwardCompatRequest,
        },
      },
      required: false,
    },
  },
  responses: {
    201: {
      description: 'The project was created.',
      content: {
        'application/json': {
          schema: s.ProjectBackwardCompat,
          example: { id: 7, organization: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f', name: 'Hogflix staging', product_description: null, tags: ['staging'], created_at: '2026-11-27T10:30:00Z', effective_membership_level: 15, has_group_types: false, group_types: [], live_events_token: null, updated_at: '2026-11-27T10:30:00Z', uuid: '0193a7f0-5e6d-7c8b-9a0f-1e2d3c4b5a69', api_token: 'phc_Nb4Vc6Xz8Lk1Jh3Gf5Ds7Aq9Wp2Oe4Iu6Yt8Rm0Qs3', app_urls: [], anonymize_ips: false, completed_snippet_onboarding: false, ingested_event: false, test_account_filters: [], test_account_filters_default_checked: true, path_cleaning_filters: null, is_demo: false, timezone: 'Europe/Berlin', data_attributes: ['data-attr'], person_display_name_properties: null, correlation_config: null, autocapture_opt_out: false, autocapture_exceptions_opt_in: true, autocapture_web_vitals_opt_in: true, autocapture_web_vitals_allowed_metrics: null, autocapture_exceptions_errors_to_ignore: [], capture_console_log_opt_in: true, capture_performance_opt_in: true, session_recording_opt_in: false, session_recording_sample_rate: null, session_recording_minimum_duration_milliseconds: null, session_recording_linked_flag: null, session_recording_network_payload_capture_config: null, session_recording_masking_config: null, session_recording_url_trigger_config: [], session_recording_url_blocklist_config: [], session_recording_event_trigger_config: [], session_recording_trigger_match_type_config: null, session_recording_trigger_groups: null, session_recording_retention_period: '30d', session_replay_config: null, survey_config: null, access_control: false, week_start_day: 1, primary_dashboard: null, live_events_columns: null, recording_domains: null, person_on_events_querying_enabled: true, inject_web_apps: false, extra_settings: null, modifiers: null, default_modifiers: { personsOnEventsMode: 'person_id_override_properties_on_events' }, has_completed_onboarding_for: null, surveys_opt_in: null, heatmaps_opt_in: null, product_intents: [], flags_persistence_default: false, secret_api_token: null, secret_api_token_backup: null, heatmaps_screenshot_secret: null, receive_org_level_activity_logs: false, business_model: null, conversations_enabled: null, conversations_settings: null, logs_settings: null, proactive_tasks_enabled: null, available_setup_task_ids: ['ingest_first_event', 'set_up_reverse_proxy'], is_pending_deletion: false, deletion_scheduled_at: null, project_id: 7, user_access_level: 'admin', managed_viewsets: { revenue_analytics: false }, revenue_analytics_config: { base_currency: 'USD', events: [], goals: [], filter_test_accounts: false }, marketing_analytics_config: { sources_map: {}, conversion_goals: [], attribution_window_days: 30, attribution_mode: 'last_touch', filter_test_accounts: false, campaign_name_mappings: {}, custom_source_mappings: {}, campaign_field_preferences: {} }, customer_analytics_config: { activity_event: null, signup_pageview_event: null, signup_event: null, subscription_event: null, payment_event: null, account_group_type_index: 0 }, workflows_config: { capture_workflows_engagement_events: true, email_tracking_consent_mode: 'off', workflow_task_rate_limit_per_day: null, workflow_task_team_rate_limit_per_day: null }, feature_flag_policy_config: { require_tags: false }, base_currency: 'USD', capture_dead_clicks: null, cookieless_server_hash_mode: 0, human_friendly_comparison_periods: false, feature_flag_confirmation_enabled: false, feature_flag_confirmation_message: null, default_evaluation_contexts_enabled: false, require_evaluation_contexts: false, default_data_theme: null, onboarding_tasks: null, web_analytics_pre_aggregated_tables_enabled: null },
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { name_too_long: { summary: '`name` over 200 characters', value: { type: 'validation_error', code: 'max_length', detail: 'Ensure this field has no more than 200 characters.', attr: 'name' } }, invalid_timezone: { summary: 'Unknown `timezone`', value: { type: 'validation_error', code: 'invalid_choice', detail: '"Mars/Olympus_Mons" is not a valid choice.', attr: 'timezone' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'project:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, not_admin: { summary: 'Members may not create projects in this organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'Your organization access level is insufficient.', attr: null } }, plan_limit: { summary: 'Project limit of the plan reached', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You have reached the maximum limit of allowed projects for your current plan. Upgrade your plan to be able to create and manage more projects.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const organizations_projects_retrieve_route = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/projects/{id}/',
  operationId: 'organizations_projects_retrieve',
  tags: ['Projects'],
  summary: 'Retrieve a project',
  description: 'Retrieve a project and its settings. Needs access to the project.',
  security: [{ PersonalAPIKeyAuth: ['project:read'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: ProjectId_parameter,
    }),
  },
  responses: {
    200: {
      description: 'The project.',
      content: {
        'application/json': {
          schema: s.ProjectBackwardCompat,
          example: { id: 2, organization: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f', name: 'Hogflix web', product_description: 'Video streaming site for hedgehog documentaries.', tags: ['production', 'web'], created_at: '2023-07-01T08:00:05Z', effective_membership_level: 15, has_group_types: true, group_types: [{ group_type: 'company', group_type_index: 0, name_singular: 'company', name_plural: 'companies' }], live_events_token: null, updated_at: '2026-11-27T10:20:00Z', uuid: '01890e1e-0a1b-7c2d-8e3f-4a5b6c7d8e9f', api_token: 'phc_Wq3Ym8Zr2Kx5Nv7Bt9Lp4Hs6Jd1Fg0Ac3Ek5Gm7Pn9', app_urls: ['https://hogflix.com', 'https://www.hogflix.com'], anonymize_ips: false, completed_snippet_onboarding: true, ingested_event: true, test_account_filters: [{ key: 'email', value: '@hogflix.com', operator: 'not_icontains', type: 'person' }], test_account_filters_default_checked: true, path_cleaning_filters: [{ alias: '<id>', regex: '\\/\\d+' }], is_demo: false, timezone: 'Europe/London', data_attributes: ['data-attr'], person_display_name_properties: ['email', 'name', 'username'], correlation_config: {}, autocapture_opt_out: false, autocapture_exceptions_opt_in: true, autocapture_web_vitals_opt_in: true, autocapture_web_vitals_allowed_metrics: ['LCP', 'CLS', 'INP'], autocapture_exceptions_errors_to_ignore: [], capture_console_log_opt_in: true, capture_performance_opt_in: true, session_recording_opt_in: true, session_recording_sample_rate: '0.50', session_recording_minimum_duration_milliseconds: 2000, session_recording_linked_flag: null, session_recording_network_payload_capture_config: { recordHeaders: false, recordBody: false }, session_recording_masking_config: { maskAllInputs: true }, session_recording_url_trigger_config: [], session_recording_url_blocklist_config: [{ url: '/admin', matching: 'regex' }], session_recording_event_trigger_config: ['checkout_started'], session_recording_trigger_match_type_config: 'any', session_recording_trigger_groups: null, session_recording_retention_period: '90d', session_replay_config: { record_canvas: false }, survey_config: null, access_control: false, week_start_day: 1, primary_dashboard: 31, live_events_columns: null, recording_domains: ['https://hogflix.com'], person_on_events_querying_enabled: true, inject_web_apps: false, extra_settings: null, modifiers: null, default_modifiers: { personsOnEventsMode: 'person_id_override_properties_on_events' }, has_completed_onboarding_for: { product_analytics: true, session_replay: true }, surveys_opt_in: null, heatmaps_opt_in: true, product_intents: [{ product_type: 'session_replay', created_at: '2023-07-01T08:10:00Z', onboarding_completed_at: '2023-07-01T08:40:00Z', updated_at: '2023-07-01T08:40:00Z' }], flags_persistence_default: false, secret_api_token: null, secret_api_token_backup: null, heatmaps_screenshot_secret: null, receive_org_level_activity_logs: false, business_model: 'b2c', conversations_enabled: null, conversations_settings: null, logs_settings: null, proactive_tasks_enabled: null, available_setup_task_ids: ['ingest_first_event', 'create_first_insight', 'setup_session_recordings'], is_pending_deletion: false, deletion_scheduled_at: null, project_id: 2, user_access_level: 'admin', managed_viewsets: { revenue_analytics: false }, revenue_analytics_config: { base_currency: 'GBP', events: [], goals: [], filter_test_accounts: true }, marketing_analytics_config: { sources_map: {}, conversion_goals: [], attribution_window_days: 30, attribution_mode: 'last_touch', filter_test_accounts: false, campaign_name_mappings: {}, custom_source_mappings: {}, campaign_field_preferences: {} }, customer_analytics_config: { activity_event: null, signup_pageview_event: null, signup_event: null, subscription_event: null, payment_event: null, account_group_type_index: 0 }, workflows_config: { capture_workflows_engagement_events: true, email_tracking_consent_mode: 'off', workflow_task_rate_limit_per_day: null, workflow_task_team_rate_limit_per_day: null }, feature_flag_policy_config: { require_tags: false }, base_currency: 'GBP', capture_dead_clicks: true, cookieless_server_hash_mode: 0, human_friendly_comparison_periods: false, feature_flag_confirmation_enabled: false, feature_flag_confirmation_message: null, default_evaluation_contexts_enabled: false, require_evaluation_contexts: false, default_data_theme: null, onboarding_tasks: null, web_analytics_pre_aggregated_tables_enabled: null },
        },
      },
    },
    400: BadRequest_response,
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'project:read\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, no_project_access: { summary: 'No access to the (private) project', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You don\'t have sufficient permissions in the project.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

export const organizations_projects_partial_update_route = createRoute({
  method: 'patch',
  path: '/api/organizations/{organization_id}/projects/{id}/',
  operationId: 'organizations_projects_partial_update',
  tags: ['Projects'],
  summary: 'Update a project',
  description: 'Update one or more of a project\'s settings. Only the fields included in the request body are changed; `survey_config`, `modifiers` and `conversations_settings` are merged with the stored value.\n\nAn organization has at most one demo project (`is_demo`), also through PATCH: `is_demo: true` while another project is the demo project is a 403 with upstream\'s plan-limit message, and nothing is changed. Upstream\'s newest version checks this on create and PUT only (its older ones on PATCH too); patching the demo project itself with `is_demo: true` is accepted here, upstream refuses it.',
  security: [{ PersonalAPIKeyAuth: ['project:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: ProjectId_parameter,
    }),
    body: {
      content: {
        'application/json': {
          schema: s.PatchedProjectBackwardCompat,
          example: { name: 'Hogflix website', session_recording_sample_rate: '0.25' },
        },
        'application/x-www-form-urlencoded': {
          schema: s.PatchedProjectBackwardCompat,
        },
      },
      required: false,
    },
  },
  responses: {
    200: {
      description: 'The updated project.',
      content: {
        'application/json': {
          schema: s.ProjectBackwardCompat,
          example: { id: 2, organization: '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f', name: 'Hogflix website', product_description: 'Video streaming site for hedgehog documentaries.', tags: ['production', 'web'], created_at: '2023-07-01T08:00:05Z', effective_membership_level: 15, has_group_types: true, group_types: [{ group_type: 'company', group_type_index: 0, name_singular: 'company', name_plural: 'companies' }], live_events_token: null, updated_at: '2026-11-27T10:45:00Z', uuid: '01890e1e-0a1b-7c2d-8e3f-4a5b6c7d8e9f', api_token: 'phc_Wq3Ym8Zr2Kx5Nv7Bt9Lp4Hs6Jd1Fg0Ac3Ek5Gm7Pn9', app_urls: ['https://hogflix.com', 'https://www.hogflix.com'], anonymize_ips: false, completed_snippet_onboarding: true, ingested_event: true, test_account_filters: [{ key: 'email', value: '@hogflix.com', operator: 'not_icontains', type: 'person' }], test_account_filters_default_checked: true, path_cleaning_filters: [{ alias: '<id>', regex: '\\/\\d+' }], is_demo: false, timezone: 'Europe/London', data_attributes: ['data-attr'], person_display_name_properties: ['email', 'name', 'username'], correlation_config: {}, autocapture_opt_out: false, autocapture_exceptions_opt_in: true, autocapture_web_vitals_opt_in: true, autocapture_web_vitals_allowed_metrics: ['LCP', 'CLS', 'INP'], autocapture_exceptions_errors_to_ignore: [], capture_console_log_opt_in: true, capture_performance_opt_in: true, session_recording_opt_in: true, session_recording_sample_rate: '0.25', session_recording_minimum_duration_milliseconds: 2000, session_recording_linked_flag: null, session_recording_network_payload_capture_config: { recordHeaders: false, recordBody: false }, session_recording_masking_config: { maskAllInputs: true }, session_recording_url_trigger_config: [], session_recording_url_blocklist_config: [{ url: '/admin', matching: 'regex' }], session_recording_event_trigger_config: ['checkout_started'], session_recording_trigger_match_type_config: 'any', session_recording_trigger_groups: null, session_recording_retention_period: '90d', session_replay_config: { record_canvas: false }, survey_config: null, access_control: false, week_start_day: 1, primary_dashboard: 31, live_events_columns: null, recording_domains: ['https://hogflix.com'], person_on_events_querying_enabled: true, inject_web_apps: false, extra_settings: null, modifiers: null, default_modifiers: { personsOnEventsMode: 'person_id_override_properties_on_events' }, has_completed_onboarding_for: { product_analytics: true, session_replay: true }, surveys_opt_in: null, heatmaps_opt_in: true, product_intents: [{ product_type: 'session_replay', created_at: '2023-07-01T08:10:00Z', onboarding_completed_at: '2023-07-01T08:40:00Z', updated_at: '2023-07-01T08:40:00Z' }], flags_persistence_default: false, secret_api_token: null, secret_api_token_backup: null, heatmaps_screenshot_secret: null, receive_org_level_activity_logs: false, business_model: 'b2c', conversations_enabled: null, conversations_settings: null, logs_settings: null, proactive_tasks_enabled: null, available_setup_task_ids: ['ingest_first_event', 'create_first_insight', 'setup_session_recordings'], is_pending_deletion: false, deletion_scheduled_at: null, project_id: 2, user_access_level: 'admin', managed_viewsets: { revenue_analytics: false }, revenue_analytics_config: { base_currency: 'GBP', events: [], goals: [], filter_test_accounts: true }, marketing_analytics_config: { sources_map: {}, conversion_goals: [], attribution_window_days: 30, attribution_mode: 'last_touch', filter_test_accounts: false, campaign_name_mappings: {}, custom_source_mappings: {}, campaign_field_preferences: {} }, customer_analytics_config: { activity_event: null, signup_pageview_event: null, signup_event: null, subscription_event: null, payment_event: null, account_group_type_index: 0 }, workflows_config: { capture_workflows_engagement_events: true, email_tracking_consent_mode: 'off', workflow_task_rate_limit_per_day: null, workflow_task_team_rate_limit_per_day: null }, feature_flag_policy_config: { require_tags: false }, base_currency: 'GBP', capture_dead_clicks: true, cookieless_server_hash_mode: 0, human_friendly_comparison_periods: false, feature_flag_confirmation_enabled: false, feature_flag_confirmation_message: null, default_evaluation_contexts_enabled: false, require_evaluation_contexts: false, default_data_theme: null, onboarding_tasks: null, web_analytics_pre_aggregated_tables_enabled: null },
        },
      },
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { invalid_sample_rate: { summary: '`session_recording_sample_rate` malformed', value: { type: 'validation_error', code: 'invalid_input', detail: 'This value does not match the required pattern.', attr: 'session_recording_sample_rate' } }, invalid_retention: { summary: 'Unknown retention period', value: { type: 'validation_error', code: 'invalid_choice', detail: '"2y" is not a valid choice.', attr: 'session_recording_retention_period' } }, malformed_body: { summary: 'Body is not valid JSON', value: { type: 'invalid_request', code: 'parse_error', detail: 'JSON parse error - Expecting value: line 1 column 1 (char 0)', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'project:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, no_project_access: { summary: 'No access to the (private) project', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You don\'t have sufficient permissions in the project.', attr: null } }, second_demo_project: { summary: 'Another project is already the organization\'s demo project', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You have reached the maximum limit of allowed projects for your current plan. Upgrade your plan to be able to create and manage more projects.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    413: PayloadTooLarge_response,
    415: UnsupportedMediaType_response,
    429: TooManyRequests_response,
  },
});

export const organizations_projects_destroy_route = createRoute({
  method: 'delete',
  path: '/api/organizations/{organization_id}/projects/{id}/',
  operationId: 'organizations_projects_destroy',
  tags: ['Projects'],
  summary: 'Delete a project',
  description: 'Delete a project. Needs admin level (8) or above in the project. Deletion is asynchronous: the project is marked `is_pending_deletion` and its data is removed in the background; the response is 204 right away. Deleting a project already being deleted is a 400.',
  security: [{ PersonalAPIKeyAuth: ['project:write'] }],
  request: {
    params: z.object({
      organization_id: OrganizationId_parameter,
      id: ProjectId_parameter,
    }),
  },
  responses: {
    204: {
      description: 'Deleted. No response body.',
    },
    400: {
      description: 'Invalid input.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { already_deleting: { summary: 'Deletion already in progress', value: { type: 'validation_error', code: 'invalid_input', detail: 'This project is already being deleted.', attr: null } } },
        },
      },
    },
    401: Unauthorized_response,
    403: {
      description: 'The API key lacks the scope, or the caller may not do this in this organization.',
      content: {
        'application/json': {
          schema: s.ErrorResponse,
          examples: { missing_scope: { summary: 'API key lacks the required scope', value: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope \'project:write\'', attr: null } }, not_a_member: { summary: 'Not a member of the organization', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You do not have permission to perform this action.', attr: null } }, not_admin: { summary: 'Caller is below admin in the project', value: { type: 'authentication_error', code: 'permission_denied', detail: 'You don\'t have sufficient permissions in the project.', attr: null } } },
        },
      },
    },
    404: NotFound_response,
    429: TooManyRequests_response,
  },
});

/** The type of `routes`: operationId → its route. */
export type Routes = {
  invites_bulk_create: typeof invites_bulk_create_route;
  invites_delegate_create: typeof invites_delegate_create_route;
  invites_list: typeof invites_list_route;
  invites_create: typeof invites_create_route;
  invites_destroy: typeof invites_destroy_route;
  legal_documents_list: typeof legal_documents_list_route;
  legal_documents_create: typeof legal_documents_create_route;
  legal_documents_retrieve: typeof legal_documents_retrieve_route;
  legal_documents_destroy: typeof legal_documents_destroy_route;
  legal_documents_download_retrieve: typeof legal_documents_download_retrieve_route;
  members_list: typeof members_list_route;
  members_partial_update: typeof members_partial_update_route;
  members_destroy: typeof members_destroy_route;
  members_github_login_retrieve: typeof members_github_login_retrieve_route;
  members_scoped_api_keys_retrieve: typeof members_scoped_api_keys_retrieve_route;
  oauth_applications_list: typeof oauth_applications_list_route;
  organizations_projects_list: typeof organizations_projects_list_route;
  organizations_projects_create: typeof organizations_projects_create_route;
  organizations_projects_retrieve: typeof organizations_projects_retrieve_route;
  organizations_projects_partial_update: typeof organizations_projects_partial_update_route;
  organizations_projects_destroy: typeof organizations_projects_destroy_route;
};

/** One route per operation, keyed by operationId, in document order. */
export const routes: Routes = {
  invites_bulk_create: invites_bulk_create_route,
  invites_delegate_create: invites_delegate_create_route,
  invites_list: invites_list_route,
  invites_create: invites_create_route,
  invites_destroy: invites_destroy_route,
  legal_documents_list: legal_documents_list_route,
  legal_documents_create: legal_documents_create_route,
  legal_documents_retrieve: legal_documents_retrieve_route,
  legal_documents_destroy: legal_documents_destroy_route,
  legal_documents_download_retrieve: legal_documents_download_retrieve_route,
  members_list: members_list_route,
  members_partial_update: members_partial_update_route,
  members_destroy: members_destroy_route,
  members_github_login_retrieve: members_github_login_retrieve_route,
  members_scoped_api_keys_retrieve: members_scoped_api_keys_retrieve_route,
  oauth_applications_list: oauth_applications_list_route,
  organizations_projects_list: organizations_projects_list_route,
  organizations_projects_create: organizations_projects_create_route,
  organizations_projects_retrieve: organizations_projects_retrieve_route,
  organizations_projects_partial_update: organizations_projects_partial_update_route,
  organizations_projects_destroy: organizations_projects_destroy_route,
};

/** `components.securitySchemes` of the source document. */
export const securitySchemes: Record<string, Record<string, unknown>> = { PersonalAPIKeyAuth: { type: 'http', scheme: 'bearer', description: 'A personal API key (`phx_…`, created in your account settings) sent as `Authorization: Bearer phx_…`. Keys carry scopes such as `organization_member:read`; each operation lists the scope it requires. A key with `*` has every scope; `<object>:write` also grants `<object>:read`. A key without the scope gets 403 "API key missing required scope \'<scope>\'" (`x-scope-rules`).', 'x-scope-rules': { wildcard: '*', implies: { write: 'read' }, 'missing-scope-detail': 'API key missing required scope \'{scope}\'' } } };

/** Document-level fields of the source document: `app.getOpenAPI31Document(documentConfig)`. */
export const documentConfig = { openapi: '3.1.0', info: { title: 'PostHog Organizations API', version: '2.0.0', summary: 'Invites, members, legal documents, OAuth applications and projects of an organization.', description: 'Manage a PostHog organization\'s invites, members, legal documents, OAuth applications and projects.\n\nThis API reproduces the organization endpoints of PostHog\'s REST API\n(`/api/organizations/{organization_id}/…`) and their real behaviour. Where upstream\'s generated schema\ndisagrees with what upstream actually does, this document follows the behaviour and says so in the\noperation\'s description (bulk invites, delegation status, scoped API keys, legal document download).\n\n**Authentication.** Send a personal API key as a bearer token: `Authorization: Bearer phx_…`. Each\noperation names the one scope it needs; a key with the `:write` scope of an object also satisfies its\n`:read`, and a key with `*` satisfies every scope.\n\n**Errors.** Every error body is an `ErrorResponse` `{type, code, detail, attr}` describing the first\nproblem found.\n\n**Pagination.** Lists use `limit`/`offset` and return `{count, next, previous, results}`.\n\n**Deliberate deviations from upstream**, each also stated where it applies:\n\n- `limit` is capped at 1000 (upstream has no cap); members `order` and over-long `search` values are\n  rejected with 400 instead of being ignored.\n- A query parameter given more than once (`?limit=5&limit=1`) is refused with 400 for that parameter;\n  upstream reads the last value.\n- A method a path does not have, `OPTIONS` included, is answered 405 `method_not_allowed` with `Allow`\n  (after authentication, as upstream); upstream answers `OPTIONS` with Django REST framework metadata.\n- `members/{user__uuid}/scoped_api_keys/` requires `organization_member:read`; upstream declares no scope,\n  so every scoped personal API key is refused there.\n- Responses follow upstream\'s real behaviour where its generated schema is wrong: bulk invites take and\n  return arrays (201), delegation returns 201, downloads redirect (302), deletes return 204 without a body,\n  and fields upstream can return as null (`created_by`, `last_login`, `effective_membership_level`) are\n  nullable.\n- Request bodies are accepted as `application/json` and `application/x-www-form-urlencoded`\n  (not `multipart/form-data`).\n- A bulk invite request naming one address twice (any case) is refused with 400; upstream creates both and\n  returns an id that no longer exists.\n\n**Input rules common to every operation.** A NUL character (`\\u0000`) in any text value is refused with\n400 `null_characters_not_allowed` "Null characters are not allowed." (`attr` names the field); a JSON string\nholding a lone UTF-16 surrogate (`"\\ud800"`), in any field, known or not, or in a key, is refused with 400\n`surrogate_characters_not_allowed` "Surrogate characters are not allowed: U+D800." (`attr` names the field),\nas upstream\'s text fields do (deviation: upstream\'s JSON fields such as `tags` or `extra_settings` let it reach\nthe database, which fails); a JSON body\nnested deeper than 128 levels is refused with 400 `parse_error`; a path id of the wrong form (not a UUID,\nnot an integer) is a 404, as upstream.\n\n**Size of stored values.** Every text field has a `maxLength` and every list a `maxItems`; where upstream\nsets none, the field\'s description says so (a deviation). Besides, each field of a request body (each\nfield of each item of a bulk body) may take at most 16 KiB (16384 bytes) once serialized as JSON: this\nbounds the free-form JSON settings, which JSON Schema cannot size. A larger value is refused with 400\n`max_length` naming the field in `attr`. Together with `limit` ≤ 1000 this bounds every list page.\n\n**Trailing slash.** Every path ends in `/`. A request for a path without its trailing slash is redirected\nwith 308 (which keeps the method and the body) to the same URL with the slash, query string unchanged\n(`x-trailing-slash-redirect`).\n\n**Behaviour rules (`x-` extensions).** Rules that JSON Schema cannot express are stated twice: in the\ndescription where they apply, and as a specification extension that tools read (the contract runner of\nthis repository checks every one of them):\n\n- `x-trailing-slash-redirect` (here, in `info`): the status of the redirect above.\n- `x-scope-rules` (security scheme): which scope satisfies which (`*` every scope, `<object>:write` also\n  `<object>:read`) and the exact 403 `detail` for a missing scope.\n- `x-tenant` (path parameter `organization_id`): the organization every id below it belongs to. An id of\n  another organization\'s resource used through this organization\'s path is 404 for every read, update\n  and delete, and the other organization\'s resource is left untouched.\n- `x-default-order` (list operation): the order of the list when no `order` parameter is given, as an\n  item field, `-` first for descending (`-created_at` is newest first).\n- `x-ordering` (query parameter `order`): each value names the item field to sort by, `-` first for\n  descending.\n- `x-search` (query parameter `search`): the item fields searched and how (`contains-ignoring-case`: a\n  case-insensitive substring of any of them). With `fallback: similar`, items that merely look similar are\n  returned only when no item contains the text.\n- `x-unique` (create operation): the fields that identify an item within the organization (`ignore-case`\n  when they compare without case) and what a create with the same values does: `replace` the earlier\n  item, or `reject` it with 400.\n- `x-all-or-nothing` (bulk operation): one item that is invalid or breaks a rule rejects the whole batch;\n  nothing is created.\n- `x-level-rules` (members operations): the membership level rules, one row per case: `as` the caller\n  (`member`, `admin`, `owner`, or `only-owner`: the only owner of an organization), `target` the member\n  acted on (`self`, or another member of that level), `level` the new level (PATCH), and the answer:\n  `status` and, for refusals, the exact `detail`.\n- `readOnly` properties sent in a create or a PATCH are ignored (never applied).\n- Deleted resources leave every list and its `count` at once (projects pending deletion included).\n', 'x-trailing-slash-redirect': 308, license: { name: 'MIT', identifier: 'MIT' } }, servers: [{ url: 'http://localhost:8000', description: 'Reference server of this repository (local).' }, { url: 'https://us.posthog.com', description: 'PostHog Cloud US (upstream).' }, { url: 'https://eu.posthog.com', description: 'PostHog Cloud EU (upstream).' }], tags: [{ name: 'Invites', description: 'Invitations to join the organization by email, one at a time, in bulk (up to 20) or as an onboarding delegation. Invites expire after 3 days.' }, { name: 'Legal documents', description: 'Business Associate Agreements (BAA) and Data Processing Agreements (DPA) generated for the organization and signed electronically. One per type; admins and owners only. Deviation from upstream, which answers callers who are not members of the organization with 404 "Organization not found." on these operations; this API answers 403 as on every other resource.' }, { name: 'Members', description: 'Memberships of users in the organization: levels member (1), admin (8) and owner (15), removal, and per-member GitHub login and API key summaries.' }, { name: 'OAuth applications', description: 'OAuth applications owned by the organization (read-only).' }, { name: 'Projects', description: 'Projects of the organization and their settings.' }] };
