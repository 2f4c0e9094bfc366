// generated from openapi/organizations.yaml by @org-api/codegen — do not edit
export type $Read<T> = {
  readonly $read: T;
};
export type $Write<T> = {
  readonly $write: T;
};
export type Readable<T> = T extends $Write<any> ? never : T extends $Read<infer U> ? Readable<U> : T extends (infer E)[] ? Readable<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Write<any> ? never : K]: Readable<T[K]>;
} : T;
export type Writable<T> = T extends $Read<any> ? never : T extends $Write<infer U> ? Writable<U> : T extends (infer E)[] ? Writable<E>[] : T extends object ? {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? never : K]: Writable<T[K]>;
} & {
  [K in keyof T as NonNullable<T[K]> extends $Read<any> ? K : never]?: never;
} : T;
export interface paths {
  "/api/organizations/{organization_id}/invites/bulk/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create invites in bulk
     * @description Create up to 20 invites at once. The body is a JSON array of invite objects (the writable fields of `OrganizationInvite`); the response is the array of created invites in the same order. All items are checked before any is created (`x-all-or-nothing`): one invalid item (400), one item for the address of an existing member (400), or one item whose `level` exceeds the inviter's (403) rejects the whole batch and creates nothing.
     *
     *     Each address may appear once per request, compared case-insensitively: the first item repeating an earlier one is refused with 400 on its `target_email` (`attr` `<index>__target_email`, e.g. "This email address is already invited by item 0 of this request.") and nothing is created. Deliberate deviation from upstream, which stores every item (each replacing the earlier invites for its address) and answers 201 with ids of which only the last exists.
     *
     *     Upstream's generated schema documents a single invite in and `200` with no body out; this follows the real behaviour. The body is JSON only (an array cannot be form-encoded).
     */
    post: operations["invites_bulk_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/invites/delegate/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Delegate organization setup
     * @description Create an onboarding delegation invite: an admin-level (8) invite flagged as a setup delegation. Sends a single dedicated delegation email and records the inviting user as having delegated. Earlier invites for the same address are replaced, as with `POST invites/`. Returns 201 (the invite row is persisted); upstream's generated schema says 200.
     */
    post: operations["invites_delegate_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/invites/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List invites
     * @description List the organization's invites, newest first (`-created_at`, `x-default-order`), expired ones included. Any member may list.
     */
    get: operations["invites_list"];
    put?: never;
    /**
     * Create an invite
     * @description Invite an email address to the organization. Admins and owners may always invite; members only when the organization allows members to invite. The invite's `level` cannot exceed the inviter's level (403). Every earlier invite for the same address in this organization is deleted first, so re-inviting refreshes the 3-day validity window; with `combine_pending_invites` the new invite also inherits the highest level and the project access of the pending ones. Addresses compare without case (`x-unique`), so `Ada@Example.com` replaces an invite for `ada@example.com`.
     */
    post: operations["invites_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/invites/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Delete an invite
     * @description Delete (revoke) an invite. Any member of the organization may delete any of its invites.
     */
    delete: operations["invites_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/legal_documents/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List legal documents
     * @description List the organization's legal documents (BAA, DPA), newest first (`-created_at`, `x-default-order`). Admins and owners only.
     */
    get: operations["legal_documents_list"];
    put?: never;
    /**
     * Create a legal document
     * @description Generate a BAA or DPA for the organization and send it to `representative_email` for signature. The document starts as `submitted_for_signature`. An organization can hold one document per type (400 otherwise, `x-unique`; deleting the document frees the type). A BAA requires a Boost, Scale or Enterprise add-on (403). Admins and owners only.
     */
    post: operations["legal_documents_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/legal_documents/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve a legal document
     * @description Retrieve one legal document. Admins and owners only.
     */
    get: operations["legal_documents_retrieve"];
    put?: never;
    post?: never;
    /**
     * Delete a legal document
     * @description Delete a legal document that is not signed yet (its signature request is voided), which frees its type for a new document. Signed documents cannot be deleted (403). Admins and owners only.
     */
    delete: operations["legal_documents_destroy"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/legal_documents/{id}/download/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a signed legal document
     * @description Redirect (302) to a short-lived URL of the signed PDF: it expires 60 seconds after it was issued (then 410 `link_expired`), and a URL whose expiry lies more than 65 seconds ahead (the 60-second lifetime plus 5 seconds of clock skew between processes) is refused like a forged one (403 `permission_denied`, "This download link is invalid."). The URL is signed with HMAC-SHA256 under the server's `FILE_SIGNING_KEY`, else under a random key generated when the database was first migrated and shared by every process (never derived from the database URL). 404 while the document is not signed yet. Admins and owners only.
     */
    get: operations["legal_documents_download_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/members/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List members
     * @description List the organization's members (inactive users and internal bot users excluded). Ordered by `order` (default newest first, `-joined_at`, `x-default-order`), or by search relevance when `search` is given.
     */
    get: operations["members_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/members/{user__uuid}/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * Remove a member
     * @description Remove a member from the organization, or leave it by passing your own uuid (or `@me`). Admins may remove members and admins; only owners may remove owners. The last owner cannot leave (400). Every case, with the exact `detail` of each refusal, is in `x-level-rules`.
     */
    delete: operations["members_destroy"];
    options?: never;
    head?: never;
    /**
     * Update a member's level
     * @description Change another member's `level` (the only writable field). Rules, all 403: nobody can change their own level; only admins and owners can edit others, and only others with a level lower or equal to their own; a new level can be at most the requester's own, and only an owner can make someone an owner (several owners are allowed; the requester keeps their level). The full table of cases, with the exact `detail` of each refusal, is `x-level-rules`. The rules are decided on both memberships as they are when the change is written, so a concurrent change (an owner promoting the member an admin is demoting) is taken into account.
     */
    patch: operations["members_partial_update"];
    trace?: never;
  };
  "/api/organizations/{organization_id}/members/{user__uuid}/github_login/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve a member's GitHub login
     * @description The member's GitHub username, from their linked GitHub integration or GitHub sign-in; null when none is linked.
     */
    get: operations["members_github_login_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/members/{user__uuid}/scoped_api_keys/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve a member's scoped API keys
     * @description Summarise the member's personal API keys that can reach this organization (keys scoped to it, to one of its projects, or unscoped): names and last use, never secrets.
     *
     *     **Deliberate deviation from upstream:** upstream declares no scope for this action, so every scoped personal API key gets 403 "This action does not support Personal API Key access" there (only legacy unscoped keys pass). This API requires `organization_member:read` instead.
     */
    get: operations["members_scoped_api_keys_retrieve"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/oauth_applications/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List OAuth applications
     * @description List the OAuth applications owned by the organization, newest first (`-created`, `x-default-order`; read-only).
     */
    get: operations["oauth_applications_list"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/projects/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List projects
     * @description List the projects of the organization that the caller can access (private projects only with access), ordered by id (`x-default-order`). Projects pending deletion are not listed nor counted.
     */
    get: operations["organizations_projects_list"];
    put?: never;
    /**
     * Create a project
     * @description Create a project in the organization. Every field is optional; without `name` a default name not yet used in the organization is picked. Admins and owners may create projects (members too when the organization allows it); a demo project (`is_demo: true`) needs only membership, one per organization. Plan limits apply (403).
     */
    post: operations["organizations_projects_create"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/api/organizations/{organization_id}/projects/{id}/": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Retrieve a project
     * @description Retrieve a project and its settings. Needs access to the project.
     */
    get: operations["organizations_projects_retrieve"];
    put?: never;
    post?: never;
    /**
     * Delete a project
     * @description Delete a project. Needs admin level (8) or above in the project. Deletion is asynchronous: the project is marked `is_pending_deletion` and its data is removed in the background; the response is 204 right away. Deleting a project already being deleted is a 400.
     */
    delete: operations["organizations_projects_destroy"];
    options?: never;
    head?: never;
    /**
     * Update a project
     * @description Update one or more of a project's settings. Only the fields included in the request body are changed; `survey_config`, `modifiers` and `conversations_settings` are merged with the stored value.
     *
     *     An organization has at most one demo project (`is_demo`), also through PATCH: `is_demo: true` while another project is the demo project is a 403 with upstream's plan-limit message, and nothing is changed. Upstream's newest version checks this on create and PUT only (its older ones on PATCH too); patching the demo project itself with `is_demo: true` is accepted here, upstream refuses it.
     */
    patch: operations["organizations_projects_partial_update"];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /** @description The one error body of this API, as upstream (drf-exceptions-hog): the first error only. `type` classifies the failure, `code` is machine-readable, `detail` is the human message and `attr` names the offending field (nested fields joined with `__`) or is null for non-field errors. */
    ErrorResponse: {
      /**
       * @description * `validation_error` - 400, invalid input
       *     * `authentication_error` - 401 and 403 (missing or bad credentials, missing scope, insufficient level)
       *     * `invalid_request` - 404, 405, 413, 415 and unparseable bodies
       *     * `throttled_error` - 429
       *     * `server_error` - 5xx
       * @enum {string}
       */
      type: "validation_error" | "authentication_error" | "invalid_request" | "throttled_error" | "server_error";
      /**
       * @description Error code. Field validation codes are Django REST framework's (`invalid` is renamed `invalid_input`, as upstream; `null_characters_not_allowed` for a NUL character in text and `surrogate_characters_not_allowed` for a lone UTF-16 surrogate, as upstream's text fields); `request_too_large` is this API's code for 413; `disallowed_host` is this API's 400 for a `Host` outside the server's allowed hosts (upstream's Django answers such a request with an HTML 400 page); `error` is the generic server error.
       * @enum {string}
       */
      code: "required" | "null" | "blank" | "invalid_input" | "invalid_choice" | "max_length" | "min_length" | "max_value" | "min_value" | "max_digits" | "max_decimal_places" | "max_whole_digits" | "not_a_list" | "not_a_dict" | "empty" | "unique" | "does_not_exist" | "incorrect_type" | "parse_error" | "authentication_failed" | "not_authenticated" | "permission_denied" | "not_found" | "method_not_allowed" | "not_acceptable" | "unsupported_media_type" | "request_too_large" | "throttled" | "null_characters_not_allowed" | "surrogate_characters_not_allowed" | "disallowed_host" | "error";
      /** @description Human-readable message. */
      detail: string;
      /** @description Offending field, or null. */
      attr: string | null;
    };
    /** @description A user as nested in other resources (inviter, member). Every field is read-only there. */
    UserBasic: {
      /**
       * Format: int64
       * @description Numeric user id.
       */
      id: $Read<number>;
      /**
       * Format: uuid
       * @description Public user id.
       */
      uuid: $Read<string>;
      /** @description The user's own analytics distinct id. */
      distinct_id?: string | null;
      first_name?: string;
      last_name?: string;
      /** Format: email */
      email: string;
      is_email_verified?: boolean | null;
      /** @description Avatar settings. Upstream only exposes the keys `use_as_profile`, `color`, `accessories` (and, in newer versions, `skin`); their values are free-form JSON here. */
      hedgehog_config: $Read<Record<string, unknown> | null>;
      /** @description The user's self-declared role; blank or null when not given. */
      role_at_organization?: components["schemas"]["RoleAtOrganizationEnum"] | components["schemas"]["BlankEnum"] | null;
    };
    /** @description An invitation for an email address to join the organization. Invites expire 3 days after creation (`is_expired`); re-inviting the same address replaces every earlier invite for it. */
    OrganizationInvite: {
      /** Format: uuid */
      id: $Read<string>;
      /**
       * Format: email
       * @description Address to invite. The domain part is lower-cased on input; the local part is kept.
       */
      target_email: string;
      /**
       * @description First name of the invitee, used in the invite email.
       * @default
       */
      first_name: string;
      /** @description True when email sending is configured and `send_email` was true, so an invite email was attempted. */
      emailing_attempt_made: $Read<boolean>;
      /**
       * @description Membership level granted on acceptance. Cannot exceed the inviter's own level.
       * @default 1
       */
      level: components["schemas"]["OrganizationMembershipLevelEnum"];
      /** @description True when the invite is older than 3 days (`INVITE_DAYS_VALIDITY`). */
      is_expired: $Read<boolean>;
      /** @description The inviter; null when the inviting user has since been deleted (upstream's schema says non-null, its database column is nullable). */
      created_by: $Read<components["schemas"]["UserBasic"] | null>;
      /** Format: date-time */
      created_at: $Read<string>;
      /** Format: date-time */
      updated_at: $Read<string>;
      /** @description Optional personal message for the invite email. At most 1000 characters, as upstream's delegation `message`; upstream's invite `message` has no limit (a deviation). */
      message?: string | null;
      /** @description Private projects the invitee gets access to on acceptance (at most 100; upstream sets no limit): a list of `{id, level}` with `level` one of `none`, `member`, `admin` (newest upstream; older versions used the integers 1 and 8). Every `id` must be a project of this organization; an inviter who is not an organization admin cannot grant a level above their own on that project. Null when none was given (stored as null, returned as null). */
      private_project_access?: components["schemas"]["PrivateProjectAccess"][] | null;
      /**
       * @description Send the invite email (when email sending is configured).
       * @default true
       */
      send_email: $Write<boolean>;
      /**
       * @description Merge with the pending (not expired) invites for the same address: the new invite gets the highest level among them and the union of their private project access (highest level per project). Earlier invites for the address are deleted either way.
       * @default false
       */
      combine_pending_invites: $Write<boolean>;
    };
    /** @description An invitation for an email address to join the organization. Invites expire 3 days after creation (`is_expired`); re-inviting the same address replaces every earlier invite for it. */
    OrganizationInviteRequest: {
      /** Format: uuid */
      id: $Read<string>;
      /**
       * Format: email
       * @description Address to invite. The domain part is lower-cased on input; the local part is kept.
       */
      target_email: string;
      /**
       * @description First name of the invitee, used in the invite email.
       * @default
       */
      first_name?: string;
      /** @description True when email sending is configured and `send_email` was true, so an invite email was attempted. */
      emailing_attempt_made: $Read<boolean>;
      /**
       * @description Membership level granted on acceptance. Cannot exceed the inviter's own level.
       * @default 1
       */
      level?: components["schemas"]["OrganizationMembershipLevelEnum"];
      /** @description True when the invite is older than 3 days (`INVITE_DAYS_VALIDITY`). */
      is_expired: $Read<boolean>;
      /** @description The inviter; null when the inviting user has since been deleted (upstream's schema says non-null, its database column is nullable). */
      created_by: $Read<components["schemas"]["UserBasic"] | null>;
      /** Format: date-time */
      created_at: $Read<string>;
      /** Format: date-time */
      updated_at: $Read<string>;
      /** @description Optional personal message for the invite email. At most 1000 characters, as upstream's delegation `message`; upstream's invite `message` has no limit (a deviation). */
      message?: string | null;
      /** @description Private projects the invitee gets access to on acceptance (at most 100; upstream sets no limit): a list of `{id, level}` with `level` one of `none`, `member`, `admin` (newest upstream; older versions used the integers 1 and 8). Every `id` must be a project of this organization; an inviter who is not an organization admin cannot grant a level above their own on that project. Null when none was given (stored as null, returned as null). */
      private_project_access?: components["schemas"]["PrivateProjectAccess"][] | null;
      /**
       * @description Send the invite email (when email sending is configured).
       * @default true
       */
      send_email?: $Write<boolean>;
      /**
       * @description Merge with the pending (not expired) invites for the same address: the new invite gets the highest level among them and the union of their private project access (highest level per project). Earlier invites for the address are deleted either way.
       * @default false
       */
      combine_pending_invites?: $Write<boolean>;
    };
    /** @description Access to one private project granted by an invite. */
    PrivateProjectAccess: {
      /**
       * Format: int64
       * @description Project id (in this organization).
       */
      id: number;
      level: components["schemas"]["PrivateProjectAccessLevelEnum"];
    };
    /** @description One page of invites (limit/offset pagination). */
    PaginatedOrganizationInviteList: {
      /** @description Total number of results across all pages. */
      count: number;
      /**
       * Format: uri
       * @description Absolute URL of the next page (same query, `offset` advanced); null on the last page.
       */
      next: string | null;
      /**
       * Format: uri
       * @description Absolute URL of the previous page; null on the first page.
       */
      previous: string | null;
      results: components["schemas"]["OrganizationInvite"][];
    };
    /** @description Request body of `invites/delegate/`: hand the organization's setup to a teammate. */
    OrganizationInviteDelegate: {
      /**
       * Format: email
       * @description Email of the teammate who should complete setup on the inviter's behalf. Receives a delegation invite granting admin-level membership on accept.
       */
      target_email: string;
      /** @description Optional personal message included in the delegation email (up to 1000 characters). */
      message?: string;
      /** @description Onboarding step key the delegator was on when delegating, for analytics only. */
      step_at_delegation?: string;
    };
    /** @description A user's membership of the organization. */
    OrganizationMember: {
      /**
       * Format: uuid
       * @description Membership id (not the user id; paths use the user's uuid).
       */
      id: $Read<string>;
      user: $Read<components["schemas"]["UserBasic"]>;
      /** @description The only writable field. See the rules on `PATCH members/{user__uuid}/`. */
      level?: components["schemas"]["OrganizationMembershipLevelEnum"];
      /** Format: date-time */
      joined_at: $Read<string>;
      /** Format: date-time */
      updated_at: $Read<string>;
      /** @description True when the user has a confirmed TOTP device, or passkeys for 2FA enabled with at least one verified passkey. */
      is_2fa_enabled: $Read<boolean>;
      /** @description True when the user has signed in with a social (OAuth) provider. */
      has_social_auth: $Read<boolean>;
      /**
       * Format: date-time
       * @description Last login time; null for a user who never logged in (upstream's schema says non-null, its column is nullable).
       */
      last_login: $Read<string | null>;
      /** @description How this row matched the `search` query parameter: `exact` (case-insensitive substring) or `similar` (fuzzy trigram, only when no exact match exists). Null when not filtered by `search`. */
      search_match_type: $Read<components["schemas"]["SearchMatchTypeEnum"] | null>;
    };
    /** @description Partial `OrganizationMember` for PATCH: every field optional; only `level` is writable, the read-only fields are ignored when sent. */
    PatchedOrganizationMember: {
      /**
       * Format: uuid
       * @description Membership id (not the user id; paths use the user's uuid).
       */
      id?: $Read<string>;
      user?: $Read<components["schemas"]["UserBasic"]>;
      /** @description The only writable field. See the rules on `PATCH members/{user__uuid}/`. */
      level?: components["schemas"]["OrganizationMembershipLevelEnum"];
      /** Format: date-time */
      joined_at?: $Read<string>;
      /** Format: date-time */
      updated_at?: $Read<string>;
      /** @description True when the user has a confirmed TOTP device, or passkeys for 2FA enabled with at least one verified passkey. */
      is_2fa_enabled?: $Read<boolean>;
      /** @description True when the user has signed in with a social (OAuth) provider. */
      has_social_auth?: $Read<boolean>;
      /**
       * Format: date-time
       * @description Last login time; null for a user who never logged in (upstream's schema says non-null, its column is nullable).
       */
      last_login?: $Read<string | null>;
      /** @description How this row matched the `search` query parameter: `exact` (case-insensitive substring) or `similar` (fuzzy trigram, only when no exact match exists). Null when not filtered by `search`. */
      search_match_type?: $Read<components["schemas"]["SearchMatchTypeEnum"] | null>;
    };
    /** @description One page of members (limit/offset pagination). */
    PaginatedOrganizationMemberList: {
      /** @description Total number of results across all pages. */
      count: number;
      /**
       * Format: uri
       * @description Absolute URL of the next page (same query, `offset` advanced); null on the last page.
       */
      next: string | null;
      /**
       * Format: uri
       * @description Absolute URL of the previous page; null on the first page.
       */
      previous: string | null;
      results: components["schemas"]["OrganizationMember"][];
    };
    OrganizationMemberGithubLogin: {
      /** @description The member's GitHub username (login), resolved from their linked GitHub integration or OAuth identity. Null when the member has no GitHub identity linked. */
      github_login: string | null;
    };
    /** @description The member's personal API keys that can reach this organization: keys scoped to it, to one of its projects, or not scoped at all. This is what upstream really returns (its generated schema wrongly says `OrganizationMember`). */
    OrganizationMemberScopedApiKeys: {
      /** @description True when `keys` is not empty. */
      has_keys: boolean;
      /** @description True when at least one of the keys was used in the last 7 days. */
      has_keys_active_last_week: boolean;
      keys: components["schemas"]["OrganizationMemberScopedApiKey"][];
    };
    /** @description One personal API key of a member, without its secret value. */
    OrganizationMemberScopedApiKey: {
      /** @description The key's label. */
      name: string;
      /**
       * Format: date-time
       * @description When the key last authenticated a request; null if never.
       */
      last_used_at: string | null;
    };
    /** @description An OAuth application owned by the organization (read-only listing). */
    OrganizationOAuthApplication: {
      /** Format: uuid */
      id: $Read<string>;
      name?: string;
      /** @description OAuth client id (max 2048 in newest upstream; older versions said 100). */
      client_id?: string;
      /** @description Allowed redirect URIs (upstream stores them space-separated). */
      redirect_uris_list: $Read<string[]>;
      /** @description True if this application has been verified by PostHog. */
      is_verified?: boolean;
      /** Format: date-time */
      created: $Read<string>;
      /** Format: date-time */
      updated: $Read<string>;
    };
    /** @description One page of OAuth applications (limit/offset pagination). */
    PaginatedOrganizationOAuthApplicationList: {
      /** @description Total number of results across all pages. */
      count: number;
      /**
       * Format: uri
       * @description Absolute URL of the next page (same query, `offset` advanced); null on the last page.
       */
      next: string | null;
      /**
       * Format: uri
       * @description Absolute URL of the previous page; null on the first page.
       */
      previous: string | null;
      results: components["schemas"]["OrganizationOAuthApplication"][];
    };
    /** @description A project and its settings (upstream `ProjectBackwardCompatSerializer`: a project and its passthrough environment). The same schema is the request body of create, where only the writable fields are read and all of them are optional. */
    ProjectBackwardCompat: {
      /**
       * Format: int64
       * @description Project id (equal to `project_id`).
       */
      id: $Read<number>;
      /**
       * Format: uuid
       * @description Id of the owning organization.
       */
      organization: $Read<string>;
      /** @description Project name. Names need not be unique (as upstream). If omitted on creation, the server picks `Default project`, or `Default project N` with the smallest N ≥ 2 not already taken in the organization (case-insensitive, pending deletions included). */
      name?: string;
      /** @description Short description of what the project is about. This is helpful to give our AI agents context about your project. */
      product_description?: string | null;
      /** @description Labels applied to this project. Names are trimmed and lowercased, and sending this field replaces the project's existing tags. At most 50 tags (upstream sets no limit; larger is refused with 400). */
      tags?: string[];
      /** Format: date-time */
      created_at: $Read<string>;
      /** @description The requesting user's effective level in this project; null when they have none. */
      effective_membership_level: $Read<components["schemas"]["EffectiveMembershipLevelEnum"] | null>;
      /** @description True when the project has at least one group type. */
      has_group_types: $Read<boolean>;
      /** @description Group types of the project (free-form objects here). */
      group_types: $Read<Record<string, unknown>[]>;
      /** @description Short-lived JWT for the live events stream; null when unavailable. */
      live_events_token: $Read<string | null>;
      /** Format: date-time */
      updated_at: $Read<string | null>;
      /** Format: uuid */
      uuid: $Read<string>;
      /** @description Public project token (`phc_…`) used by SDKs to send events. */
      api_token: $Read<string>;
      /** @description URLs of the apps that send events to this project (nulls and empty strings are dropped). At most 100 (upstream sets no limit; larger is refused with 400). */
      app_urls?: (string | null)[];
      /** @description When true, PostHog drops the IP address from every ingested event. */
      anonymize_ips?: boolean;
      /** @description True once the snippet-installation onboarding step is done. */
      completed_snippet_onboarding?: boolean;
      /** @description True once the project has received its first event. */
      ingested_event: $Read<boolean>;
      /** @description Filter groups that identify internal/test traffic to be excluded from insights. Upstream sends a list of property filters. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      test_account_filters?: unknown;
      /** @description When true, new insights default to excluding internal/test users. */
      test_account_filters_default_checked?: boolean | null;
      /** @description Regex rewrite rules that collapse dynamic path segments (e.g. user IDs) before displaying URLs in paths. A list of `{alias, regex}` objects, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      path_cleaning_filters?: unknown;
      /** @description True for a demo project filled with generated data (one per organization). */
      is_demo?: boolean;
      /**
       * @description IANA timezone used for date-based filters and reporting (e.g. `America/Los_Angeles`).
       * @default UTC
       */
      timezone: components["schemas"]["TimezoneEnum"];
      /** @description Element attributes that posthog-js should capture as action identifiers (e.g. `['data-attr']`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      data_attributes?: unknown;
      /** @description Ordered list of person properties used to render a human-friendly display name in the UI. At most 100 (upstream sets no limit; larger is refused with 400). */
      person_display_name_properties?: string[] | null;
      /** @description Correlation analysis settings. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      correlation_config?: unknown;
      /** @description Disables posthog-js autocapture (clicks, page views) when true. */
      autocapture_opt_out?: boolean | null;
      /** @description Enables automatic capture of JavaScript exceptions via the SDK. */
      autocapture_exceptions_opt_in?: boolean | null;
      /** @description Enables automatic capture of Core Web Vitals performance metrics. */
      autocapture_web_vitals_opt_in?: boolean | null;
      /** @description Web vitals metrics to capture (e.g. `["LCP", "CLS"]`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      autocapture_web_vitals_allowed_metrics?: unknown;
      /** @description Exception messages or patterns not to capture. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      autocapture_exceptions_errors_to_ignore?: unknown;
      /** @description Enables capturing browser console logs alongside session replays. */
      capture_console_log_opt_in?: boolean | null;
      /** @description Enables capturing performance timing and network requests. */
      capture_performance_opt_in?: boolean | null;
      /** @description Enables session replay recording for this project. */
      session_recording_opt_in?: boolean;
      /** @description Fraction of sessions to record, as a decimal string between `0.00` and `1.00` (e.g. `0.1` = 10%). Upstream's generated pattern (`^-?\d{0,1}(?:\.\d{0,2})?$`) also admits strings such as `-3.8` or `9.99` that its server then rejects (0 ≤ rate ≤ 1); this pattern states the accepted values exactly. */
      session_recording_sample_rate?: string | null;
      /** @description Skip saving sessions shorter than this many milliseconds. */
      session_recording_minimum_duration_milliseconds?: number | null;
      /** @description Feature flag that gates recording (`{id, key, variant}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_linked_flag?: unknown;
      /** @description Network payload capture settings (`{recordHeaders, recordBody}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_network_payload_capture_config?: unknown;
      /** @description Masking settings for recordings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_masking_config?: unknown;
      /** @description URL patterns that start a recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400). */
      session_recording_url_trigger_config?: unknown[] | null;
      /** @description URL patterns that pause recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400). */
      session_recording_url_blocklist_config?: unknown[] | null;
      /** @description Event names that start a recording. At most 100 names of at most 400 characters (upstream sets no limit; larger is refused with 400). */
      session_recording_event_trigger_config?: (string | null)[] | null;
      /** @description How triggers combine (`all` or `any`). */
      session_recording_trigger_match_type_config?: string | null;
      /** @description V2 trigger groups configuration for session recording. If present, takes precedence over legacy trigger fields. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_trigger_groups?: unknown;
      /**
       * @description How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan).
       * @default 30d
       */
      session_recording_retention_period: components["schemas"]["SessionRecordingRetentionPeriodEnum"];
      /** @description Session replay settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_replay_config?: unknown;
      /** @description Survey appearance settings, or null; merged shallowly on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      survey_config?: unknown;
      /** @description True when the project is private (access controlled). */
      access_control?: boolean;
      /** @description First day of the week for date range filters. 0 = Sunday, 1 = Monday. When omitted on creation it is derived from the caller's country (Monday in Monday-first countries, else Sunday). */
      week_start_day?: components["schemas"]["WeekStartDayEnum"] | null;
      /**
       * Format: int64
       * @description ID of the dashboard shown as the project's default landing dashboard.
       */
      primary_dashboard?: number | null;
      /** @description Columns shown in the live events view. At most 100 columns of at most 400 characters (upstream sets no limit; larger is refused with 400). */
      live_events_columns?: string[] | null;
      /** @description Origins permitted to record session replays and heatmaps. Empty list allows all origins. At most 100 (upstream sets no limit; larger is refused with 400). */
      recording_domains?: (string | null)[] | null;
      /** @description True when queries read person properties stored on events. */
      person_on_events_querying_enabled: $Read<boolean>;
      /** @description Enables site apps injected by posthog-js. */
      inject_web_apps?: boolean | null;
      /** @description Miscellaneous settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      extra_settings?: unknown;
      /** @description Query modifiers overriding `default_modifiers`, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      modifiers?: unknown;
      /** @description Default query modifiers of the instance (free-form object). */
      default_modifiers: $Read<Record<string, unknown>>;
      /** @description Map of product key to onboarding completion, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      has_completed_onboarding_for?: unknown;
      /** @description Enables displaying surveys via posthog-js on allowed origins. */
      surveys_opt_in?: boolean | null;
      /** @description Enables heatmap recording on pages that host posthog-js. */
      heatmaps_opt_in?: boolean | null;
      /** @description Products the team said it intends to use. */
      product_intents: $Read<components["schemas"]["ProjectProductIntent"][]>;
      /** @description Default value for the `persist` option on newly created feature flags. */
      flags_persistence_default?: boolean | null;
      /** @description Secret project token (`phs_…`); null when none was generated. */
      secret_api_token: $Read<string | null>;
      /** @description Previous secret token kept valid during rotation; null when none. */
      secret_api_token_backup: $Read<string | null>;
      /** @description Value heatmap screenshots send as a cookie so bot protection can allow them. Only project admins can read it; null for everyone else and when none has been generated. */
      heatmaps_screenshot_secret: $Read<string | null>;
      /** @description Receive organization-level activity notifications. */
      receive_org_level_activity_logs?: boolean | null;
      /** @description Whether this project serves B2B or B2C customers. Used to optimize default UI layouts. */
      business_model?: components["schemas"]["BusinessModelEnum"] | components["schemas"]["BlankEnum"] | null;
      /** @description Enables the customer conversations / live chat product for this project. */
      conversations_enabled?: boolean | null;
      /** @description Conversations settings, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      conversations_settings?: unknown;
      /** @description Logs product settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      logs_settings?: unknown;
      /** @description Enables proactive AI tasks. */
      proactive_tasks_enabled?: boolean | null;
      /** @description Onboarding setup tasks offered for this project. */
      available_setup_task_ids: $Read<components["schemas"]["AvailableSetupTaskIdsEnum"][]>;
      /** @description Set to True when project deletion has been initiated. Blocks UI access to this project until the async task completes. `DELETE` sets it and returns 204. */
      is_pending_deletion: $Read<boolean | null>;
      /**
       * Format: date-time
       * @description When the scheduled project deletion will run.
       */
      deletion_scheduled_at: $Read<string | null>;
      /**
       * Format: int64
       * @description ID of the project this environment belongs to.
       */
      project_id: $Read<number>;
      /** @description The effective access level the user has for this object (e.g. `none`, `member`, `admin`). */
      user_access_level: $Read<string | null>;
      /** @description Map of managed data-warehouse view set kind to whether it is enabled. */
      managed_viewsets: $Read<{
        [key: string]: boolean;
      }>;
      revenue_analytics_config?: components["schemas"]["TeamRevenueAnalyticsConfig"];
      marketing_analytics_config?: components["schemas"]["TeamMarketingAnalyticsConfig"];
      customer_analytics_config?: components["schemas"]["TeamCustomerAnalyticsConfig"];
      workflows_config?: components["schemas"]["TeamWorkflowsConfig"];
      feature_flag_policy_config?: components["schemas"]["TeamFeatureFlagPolicyConfig"];
      /**
       * @description Currency that revenue is converted to and reported in.
       * @default USD
       */
      base_currency: components["schemas"]["BaseCurrencyEnum"];
      /** @description Enables capturing clicks that had no effect (rage-click detection). */
      capture_dead_clicks?: boolean | null;
      /** @description Cookieless tracking mode; null means disabled. */
      cookieless_server_hash_mode?: components["schemas"]["CookielessServerHashModeEnum"] | null;
      /** @description Compare with calendar-aligned periods in insights. */
      human_friendly_comparison_periods?: boolean | null;
      /** @description Ask for confirmation before saving feature flag changes. */
      feature_flag_confirmation_enabled?: boolean | null;
      /** @description Custom text of that confirmation. At most 1000 characters (upstream sets no limit; larger is refused with 400). */
      feature_flag_confirmation_message?: string | null;
      /** @description Whether to automatically apply default evaluation contexts to new feature flags */
      default_evaluation_contexts_enabled?: boolean | null;
      /** @description Whether to require at least one evaluation context tag when creating new feature flags */
      require_evaluation_contexts?: boolean | null;
      /**
       * Format: int32
       * @description Id of the default data colour theme, or null.
       */
      default_data_theme?: number | null;
      /** @description Onboarding task progress, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      onboarding_tasks?: unknown;
      /** @description Use pre-aggregated tables for web analytics. */
      web_analytics_pre_aggregated_tables_enabled?: boolean | null;
    };
    /** @description A project and its settings (upstream `ProjectBackwardCompatSerializer`: a project and its passthrough environment). The same schema is the request body of create, where only the writable fields are read and all of them are optional. */
    ProjectBackwardCompatRequest: {
      /**
       * Format: int64
       * @description Project id (equal to `project_id`).
       */
      id: $Read<number>;
      /**
       * Format: uuid
       * @description Id of the owning organization.
       */
      organization: $Read<string>;
      /** @description Project name. Names need not be unique (as upstream). If omitted on creation, the server picks `Default project`, or `Default project N` with the smallest N ≥ 2 not already taken in the organization (case-insensitive, pending deletions included). */
      name?: string;
      /** @description Short description of what the project is about. This is helpful to give our AI agents context about your project. */
      product_description?: string | null;
      /** @description Labels applied to this project. Names are trimmed and lowercased, and sending this field replaces the project's existing tags. At most 50 tags (upstream sets no limit; larger is refused with 400). */
      tags?: string[];
      /** Format: date-time */
      created_at: $Read<string>;
      /** @description The requesting user's effective level in this project; null when they have none. */
      effective_membership_level: $Read<components["schemas"]["EffectiveMembershipLevelEnum"] | null>;
      /** @description True when the project has at least one group type. */
      has_group_types: $Read<boolean>;
      /** @description Group types of the project (free-form objects here). */
      group_types: $Read<Record<string, unknown>[]>;
      /** @description Short-lived JWT for the live events stream; null when unavailable. */
      live_events_token: $Read<string | null>;
      /** Format: date-time */
      updated_at: $Read<string | null>;
      /** Format: uuid */
      uuid: $Read<string>;
      /** @description Public project token (`phc_…`) used by SDKs to send events. */
      api_token: $Read<string>;
      /** @description URLs of the apps that send events to this project (nulls and empty strings are dropped). At most 100 (upstream sets no limit; larger is refused with 400). */
      app_urls?: (string | null)[];
      /** @description When true, PostHog drops the IP address from every ingested event. */
      anonymize_ips?: boolean;
      /** @description True once the snippet-installation onboarding step is done. */
      completed_snippet_onboarding?: boolean;
      /** @description True once the project has received its first event. */
      ingested_event: $Read<boolean>;
      /** @description Filter groups that identify internal/test traffic to be excluded from insights. Upstream sends a list of property filters. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      test_account_filters?: unknown;
      /** @description When true, new insights default to excluding internal/test users. */
      test_account_filters_default_checked?: boolean | null;
      /** @description Regex rewrite rules that collapse dynamic path segments (e.g. user IDs) before displaying URLs in paths. A list of `{alias, regex}` objects, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      path_cleaning_filters?: unknown;
      /** @description True for a demo project filled with generated data (one per organization). */
      is_demo?: boolean;
      /**
       * @description IANA timezone used for date-based filters and reporting (e.g. `America/Los_Angeles`).
       * @default UTC
       */
      timezone?: components["schemas"]["TimezoneEnum"];
      /** @description Element attributes that posthog-js should capture as action identifiers (e.g. `['data-attr']`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      data_attributes?: unknown;
      /** @description Ordered list of person properties used to render a human-friendly display name in the UI. At most 100 (upstream sets no limit; larger is refused with 400). */
      person_display_name_properties?: string[] | null;
      /** @description Correlation analysis settings. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      correlation_config?: unknown;
      /** @description Disables posthog-js autocapture (clicks, page views) when true. */
      autocapture_opt_out?: boolean | null;
      /** @description Enables automatic capture of JavaScript exceptions via the SDK. */
      autocapture_exceptions_opt_in?: boolean | null;
      /** @description Enables automatic capture of Core Web Vitals performance metrics. */
      autocapture_web_vitals_opt_in?: boolean | null;
      /** @description Web vitals metrics to capture (e.g. `["LCP", "CLS"]`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      autocapture_web_vitals_allowed_metrics?: unknown;
      /** @description Exception messages or patterns not to capture. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      autocapture_exceptions_errors_to_ignore?: unknown;
      /** @description Enables capturing browser console logs alongside session replays. */
      capture_console_log_opt_in?: boolean | null;
      /** @description Enables capturing performance timing and network requests. */
      capture_performance_opt_in?: boolean | null;
      /** @description Enables session replay recording for this project. */
      session_recording_opt_in?: boolean;
      /** @description Fraction of sessions to record, as a decimal string between `0.00` and `1.00` (e.g. `0.1` = 10%). Upstream's generated pattern (`^-?\d{0,1}(?:\.\d{0,2})?$`) also admits strings such as `-3.8` or `9.99` that its server then rejects (0 ≤ rate ≤ 1); this pattern states the accepted values exactly. */
      session_recording_sample_rate?: string | null;
      /** @description Skip saving sessions shorter than this many milliseconds. */
      session_recording_minimum_duration_milliseconds?: number | null;
      /** @description Feature flag that gates recording (`{id, key, variant}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_linked_flag?: unknown;
      /** @description Network payload capture settings (`{recordHeaders, recordBody}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_network_payload_capture_config?: unknown;
      /** @description Masking settings for recordings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_masking_config?: unknown;
      /** @description URL patterns that start a recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400). */
      session_recording_url_trigger_config?: unknown[] | null;
      /** @description URL patterns that pause recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400). */
      session_recording_url_blocklist_config?: unknown[] | null;
      /** @description Event names that start a recording. At most 100 names of at most 400 characters (upstream sets no limit; larger is refused with 400). */
      session_recording_event_trigger_config?: (string | null)[] | null;
      /** @description How triggers combine (`all` or `any`). */
      session_recording_trigger_match_type_config?: string | null;
      /** @description V2 trigger groups configuration for session recording. If present, takes precedence over legacy trigger fields. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_trigger_groups?: unknown;
      /**
       * @description How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan).
       * @default 30d
       */
      session_recording_retention_period?: components["schemas"]["SessionRecordingRetentionPeriodEnum"];
      /** @description Session replay settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_replay_config?: unknown;
      /** @description Survey appearance settings, or null; merged shallowly on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      survey_config?: unknown;
      /** @description True when the project is private (access controlled). */
      access_control?: boolean;
      /** @description First day of the week for date range filters. 0 = Sunday, 1 = Monday. When omitted on creation it is derived from the caller's country (Monday in Monday-first countries, else Sunday). */
      week_start_day?: components["schemas"]["WeekStartDayEnum"] | null;
      /**
       * Format: int64
       * @description ID of the dashboard shown as the project's default landing dashboard.
       */
      primary_dashboard?: number | null;
      /** @description Columns shown in the live events view. At most 100 columns of at most 400 characters (upstream sets no limit; larger is refused with 400). */
      live_events_columns?: string[] | null;
      /** @description Origins permitted to record session replays and heatmaps. Empty list allows all origins. At most 100 (upstream sets no limit; larger is refused with 400). */
      recording_domains?: (string | null)[] | null;
      /** @description True when queries read person properties stored on events. */
      person_on_events_querying_enabled: $Read<boolean>;
      /** @description Enables site apps injected by posthog-js. */
      inject_web_apps?: boolean | null;
      /** @description Miscellaneous settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      extra_settings?: unknown;
      /** @description Query modifiers overriding `default_modifiers`, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      modifiers?: unknown;
      /** @description Default query modifiers of the instance (free-form object). */
      default_modifiers: $Read<Record<string, unknown>>;
      /** @description Map of product key to onboarding completion, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      has_completed_onboarding_for?: unknown;
      /** @description Enables displaying surveys via posthog-js on allowed origins. */
      surveys_opt_in?: boolean | null;
      /** @description Enables heatmap recording on pages that host posthog-js. */
      heatmaps_opt_in?: boolean | null;
      /** @description Products the team said it intends to use. */
      product_intents: $Read<components["schemas"]["ProjectProductIntent"][]>;
      /** @description Default value for the `persist` option on newly created feature flags. */
      flags_persistence_default?: boolean | null;
      /** @description Secret project token (`phs_…`); null when none was generated. */
      secret_api_token: $Read<string | null>;
      /** @description Previous secret token kept valid during rotation; null when none. */
      secret_api_token_backup: $Read<string | null>;
      /** @description Value heatmap screenshots send as a cookie so bot protection can allow them. Only project admins can read it; null for everyone else and when none has been generated. */
      heatmaps_screenshot_secret: $Read<string | null>;
      /** @description Receive organization-level activity notifications. */
      receive_org_level_activity_logs?: boolean | null;
      /** @description Whether this project serves B2B or B2C customers. Used to optimize default UI layouts. */
      business_model?: components["schemas"]["BusinessModelEnum"] | components["schemas"]["BlankEnum"] | null;
      /** @description Enables the customer conversations / live chat product for this project. */
      conversations_enabled?: boolean | null;
      /** @description Conversations settings, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      conversations_settings?: unknown;
      /** @description Logs product settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      logs_settings?: unknown;
      /** @description Enables proactive AI tasks. */
      proactive_tasks_enabled?: boolean | null;
      /** @description Onboarding setup tasks offered for this project. */
      available_setup_task_ids: $Read<components["schemas"]["AvailableSetupTaskIdsEnum"][]>;
      /** @description Set to True when project deletion has been initiated. Blocks UI access to this project until the async task completes. `DELETE` sets it and returns 204. */
      is_pending_deletion: $Read<boolean | null>;
      /**
       * Format: date-time
       * @description When the scheduled project deletion will run.
       */
      deletion_scheduled_at: $Read<string | null>;
      /**
       * Format: int64
       * @description ID of the project this environment belongs to.
       */
      project_id: $Read<number>;
      /** @description The effective access level the user has for this object (e.g. `none`, `member`, `admin`). */
      user_access_level: $Read<string | null>;
      /** @description Map of managed data-warehouse view set kind to whether it is enabled. */
      managed_viewsets: $Read<{
        [key: string]: boolean;
      }>;
      revenue_analytics_config?: components["schemas"]["TeamRevenueAnalyticsConfig"];
      marketing_analytics_config?: components["schemas"]["TeamMarketingAnalyticsConfig"];
      customer_analytics_config?: components["schemas"]["TeamCustomerAnalyticsConfig"];
      workflows_config?: components["schemas"]["TeamWorkflowsConfig"];
      feature_flag_policy_config?: components["schemas"]["TeamFeatureFlagPolicyConfig"];
      /**
       * @description Currency that revenue is converted to and reported in.
       * @default USD
       */
      base_currency?: components["schemas"]["BaseCurrencyEnum"];
      /** @description Enables capturing clicks that had no effect (rage-click detection). */
      capture_dead_clicks?: boolean | null;
      /** @description Cookieless tracking mode; null means disabled. */
      cookieless_server_hash_mode?: components["schemas"]["CookielessServerHashModeEnum"] | null;
      /** @description Compare with calendar-aligned periods in insights. */
      human_friendly_comparison_periods?: boolean | null;
      /** @description Ask for confirmation before saving feature flag changes. */
      feature_flag_confirmation_enabled?: boolean | null;
      /** @description Custom text of that confirmation. At most 1000 characters (upstream sets no limit; larger is refused with 400). */
      feature_flag_confirmation_message?: string | null;
      /** @description Whether to automatically apply default evaluation contexts to new feature flags */
      default_evaluation_contexts_enabled?: boolean | null;
      /** @description Whether to require at least one evaluation context tag when creating new feature flags */
      require_evaluation_contexts?: boolean | null;
      /**
       * Format: int32
       * @description Id of the default data colour theme, or null.
       */
      default_data_theme?: number | null;
      /** @description Onboarding task progress, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      onboarding_tasks?: unknown;
      /** @description Use pre-aggregated tables for web analytics. */
      web_analytics_pre_aggregated_tables_enabled?: boolean | null;
    };
    /** @description Partial `ProjectBackwardCompat` for PATCH: every field optional and without defaults; only the fields sent are changed; read-only fields are ignored. */
    PatchedProjectBackwardCompat: {
      /**
       * Format: int64
       * @description Project id (equal to `project_id`).
       */
      id?: $Read<number>;
      /**
       * Format: uuid
       * @description Id of the owning organization.
       */
      organization?: $Read<string>;
      /** @description Project name. Names need not be unique (as upstream). If omitted on creation, the server picks `Default project`, or `Default project N` with the smallest N ≥ 2 not already taken in the organization (case-insensitive, pending deletions included). */
      name?: string;
      /** @description Short description of what the project is about. This is helpful to give our AI agents context about your project. */
      product_description?: string | null;
      /** @description Labels applied to this project. Names are trimmed and lowercased, and sending this field replaces the project's existing tags. At most 50 tags (upstream sets no limit; larger is refused with 400). */
      tags?: string[];
      /** Format: date-time */
      created_at?: $Read<string>;
      /** @description The requesting user's effective level in this project; null when they have none. */
      effective_membership_level?: $Read<components["schemas"]["EffectiveMembershipLevelEnum"] | null>;
      /** @description True when the project has at least one group type. */
      has_group_types?: $Read<boolean>;
      /** @description Group types of the project (free-form objects here). */
      group_types?: $Read<Record<string, unknown>[]>;
      /** @description Short-lived JWT for the live events stream; null when unavailable. */
      live_events_token?: $Read<string | null>;
      /** Format: date-time */
      updated_at?: $Read<string | null>;
      /** Format: uuid */
      uuid?: $Read<string>;
      /** @description Public project token (`phc_…`) used by SDKs to send events. */
      api_token?: $Read<string>;
      /** @description URLs of the apps that send events to this project (nulls and empty strings are dropped). At most 100 (upstream sets no limit; larger is refused with 400). */
      app_urls?: (string | null)[];
      /** @description When true, PostHog drops the IP address from every ingested event. */
      anonymize_ips?: boolean;
      /** @description True once the snippet-installation onboarding step is done. */
      completed_snippet_onboarding?: boolean;
      /** @description True once the project has received its first event. */
      ingested_event?: $Read<boolean>;
      /** @description Filter groups that identify internal/test traffic to be excluded from insights. Upstream sends a list of property filters. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      test_account_filters?: unknown;
      /** @description When true, new insights default to excluding internal/test users. */
      test_account_filters_default_checked?: boolean | null;
      /** @description Regex rewrite rules that collapse dynamic path segments (e.g. user IDs) before displaying URLs in paths. A list of `{alias, regex}` objects, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      path_cleaning_filters?: unknown;
      /** @description True for a demo project filled with generated data (one per organization). */
      is_demo?: boolean;
      /** @description IANA timezone used for date-based filters and reporting (e.g. `America/Los_Angeles`). */
      timezone?: components["schemas"]["TimezoneEnum"];
      /** @description Element attributes that posthog-js should capture as action identifiers (e.g. `['data-attr']`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      data_attributes?: unknown;
      /** @description Ordered list of person properties used to render a human-friendly display name in the UI. At most 100 (upstream sets no limit; larger is refused with 400). */
      person_display_name_properties?: string[] | null;
      /** @description Correlation analysis settings. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      correlation_config?: unknown;
      /** @description Disables posthog-js autocapture (clicks, page views) when true. */
      autocapture_opt_out?: boolean | null;
      /** @description Enables automatic capture of JavaScript exceptions via the SDK. */
      autocapture_exceptions_opt_in?: boolean | null;
      /** @description Enables automatic capture of Core Web Vitals performance metrics. */
      autocapture_web_vitals_opt_in?: boolean | null;
      /** @description Web vitals metrics to capture (e.g. `["LCP", "CLS"]`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      autocapture_web_vitals_allowed_metrics?: unknown;
      /** @description Exception messages or patterns not to capture. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      autocapture_exceptions_errors_to_ignore?: unknown;
      /** @description Enables capturing browser console logs alongside session replays. */
      capture_console_log_opt_in?: boolean | null;
      /** @description Enables capturing performance timing and network requests. */
      capture_performance_opt_in?: boolean | null;
      /** @description Enables session replay recording for this project. */
      session_recording_opt_in?: boolean;
      /** @description Fraction of sessions to record, as a decimal string between `0.00` and `1.00` (e.g. `0.1` = 10%). Upstream's generated pattern (`^-?\d{0,1}(?:\.\d{0,2})?$`) also admits strings such as `-3.8` or `9.99` that its server then rejects (0 ≤ rate ≤ 1); this pattern states the accepted values exactly. */
      session_recording_sample_rate?: string | null;
      /** @description Skip saving sessions shorter than this many milliseconds. */
      session_recording_minimum_duration_milliseconds?: number | null;
      /** @description Feature flag that gates recording (`{id, key, variant}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_linked_flag?: unknown;
      /** @description Network payload capture settings (`{recordHeaders, recordBody}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_network_payload_capture_config?: unknown;
      /** @description Masking settings for recordings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_masking_config?: unknown;
      /** @description URL patterns that start a recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400). */
      session_recording_url_trigger_config?: unknown[] | null;
      /** @description URL patterns that pause recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400). */
      session_recording_url_blocklist_config?: unknown[] | null;
      /** @description Event names that start a recording. At most 100 names of at most 400 characters (upstream sets no limit; larger is refused with 400). */
      session_recording_event_trigger_config?: (string | null)[] | null;
      /** @description How triggers combine (`all` or `any`). */
      session_recording_trigger_match_type_config?: string | null;
      /** @description V2 trigger groups configuration for session recording. If present, takes precedence over legacy trigger fields. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_recording_trigger_groups?: unknown;
      /** @description How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan). */
      session_recording_retention_period?: components["schemas"]["SessionRecordingRetentionPeriodEnum"];
      /** @description Session replay settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      session_replay_config?: unknown;
      /** @description Survey appearance settings, or null; merged shallowly on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      survey_config?: unknown;
      /** @description True when the project is private (access controlled). */
      access_control?: boolean;
      /** @description First day of the week for date range filters. 0 = Sunday, 1 = Monday. When omitted on creation it is derived from the caller's country (Monday in Monday-first countries, else Sunday). */
      week_start_day?: components["schemas"]["WeekStartDayEnum"] | null;
      /**
       * Format: int64
       * @description ID of the dashboard shown as the project's default landing dashboard.
       */
      primary_dashboard?: number | null;
      /** @description Columns shown in the live events view. At most 100 columns of at most 400 characters (upstream sets no limit; larger is refused with 400). */
      live_events_columns?: string[] | null;
      /** @description Origins permitted to record session replays and heatmaps. Empty list allows all origins. At most 100 (upstream sets no limit; larger is refused with 400). */
      recording_domains?: (string | null)[] | null;
      /** @description True when queries read person properties stored on events. */
      person_on_events_querying_enabled?: $Read<boolean>;
      /** @description Enables site apps injected by posthog-js. */
      inject_web_apps?: boolean | null;
      /** @description Miscellaneous settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      extra_settings?: unknown;
      /** @description Query modifiers overriding `default_modifiers`, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      modifiers?: unknown;
      /** @description Default query modifiers of the instance (free-form object). */
      default_modifiers?: $Read<Record<string, unknown>>;
      /** @description Map of product key to onboarding completion, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      has_completed_onboarding_for?: unknown;
      /** @description Enables displaying surveys via posthog-js on allowed origins. */
      surveys_opt_in?: boolean | null;
      /** @description Enables heatmap recording on pages that host posthog-js. */
      heatmaps_opt_in?: boolean | null;
      /** @description Products the team said it intends to use. */
      product_intents?: $Read<components["schemas"]["ProjectProductIntent"][]>;
      /** @description Default value for the `persist` option on newly created feature flags. */
      flags_persistence_default?: boolean | null;
      /** @description Secret project token (`phs_…`); null when none was generated. */
      secret_api_token?: $Read<string | null>;
      /** @description Previous secret token kept valid during rotation; null when none. */
      secret_api_token_backup?: $Read<string | null>;
      /** @description Value heatmap screenshots send as a cookie so bot protection can allow them. Only project admins can read it; null for everyone else and when none has been generated. */
      heatmaps_screenshot_secret?: $Read<string | null>;
      /** @description Receive organization-level activity notifications. */
      receive_org_level_activity_logs?: boolean | null;
      /** @description Whether this project serves B2B or B2C customers. Used to optimize default UI layouts. */
      business_model?: components["schemas"]["BusinessModelEnum"] | components["schemas"]["BlankEnum"] | null;
      /** @description Enables the customer conversations / live chat product for this project. */
      conversations_enabled?: boolean | null;
      /** @description Conversations settings, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      conversations_settings?: unknown;
      /** @description Logs product settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      logs_settings?: unknown;
      /** @description Enables proactive AI tasks. */
      proactive_tasks_enabled?: boolean | null;
      /** @description Onboarding setup tasks offered for this project. */
      available_setup_task_ids?: $Read<components["schemas"]["AvailableSetupTaskIdsEnum"][]>;
      /** @description Set to True when project deletion has been initiated. Blocks UI access to this project until the async task completes. `DELETE` sets it and returns 204. */
      is_pending_deletion?: $Read<boolean | null>;
      /**
       * Format: date-time
       * @description When the scheduled project deletion will run.
       */
      deletion_scheduled_at?: $Read<string | null>;
      /**
       * Format: int64
       * @description ID of the project this environment belongs to.
       */
      project_id?: $Read<number>;
      /** @description The effective access level the user has for this object (e.g. `none`, `member`, `admin`). */
      user_access_level?: $Read<string | null>;
      /** @description Map of managed data-warehouse view set kind to whether it is enabled. */
      managed_viewsets?: $Read<{
        [key: string]: boolean;
      }>;
      revenue_analytics_config?: components["schemas"]["TeamRevenueAnalyticsConfig"];
      marketing_analytics_config?: components["schemas"]["TeamMarketingAnalyticsConfig"];
      customer_analytics_config?: components["schemas"]["TeamCustomerAnalyticsConfig"];
      workflows_config?: components["schemas"]["TeamWorkflowsConfig"];
      feature_flag_policy_config?: components["schemas"]["TeamFeatureFlagPolicyConfig"];
      /** @description Currency that revenue is converted to and reported in. */
      base_currency?: components["schemas"]["BaseCurrencyEnum"];
      /** @description Enables capturing clicks that had no effect (rage-click detection). */
      capture_dead_clicks?: boolean | null;
      /** @description Cookieless tracking mode; null means disabled. */
      cookieless_server_hash_mode?: components["schemas"]["CookielessServerHashModeEnum"] | null;
      /** @description Compare with calendar-aligned periods in insights. */
      human_friendly_comparison_periods?: boolean | null;
      /** @description Ask for confirmation before saving feature flag changes. */
      feature_flag_confirmation_enabled?: boolean | null;
      /** @description Custom text of that confirmation. At most 1000 characters (upstream sets no limit; larger is refused with 400). */
      feature_flag_confirmation_message?: string | null;
      /** @description Whether to automatically apply default evaluation contexts to new feature flags */
      default_evaluation_contexts_enabled?: boolean | null;
      /** @description Whether to require at least one evaluation context tag when creating new feature flags */
      require_evaluation_contexts?: boolean | null;
      /**
       * Format: int32
       * @description Id of the default data colour theme, or null.
       */
      default_data_theme?: number | null;
      /** @description Onboarding task progress, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      onboarding_tasks?: unknown;
      /** @description Use pre-aggregated tables for web analytics. */
      web_analytics_pre_aggregated_tables_enabled?: boolean | null;
    };
    /** @description A project as listed (a subset of `ProjectBackwardCompat`; all read-only). */
    ProjectBackwardCompatBasic: {
      /** Format: int64 */
      id: $Read<number>;
      /** Format: uuid */
      uuid: $Read<string>;
      /** Format: uuid */
      organization: $Read<string>;
      /**
       * Format: int64
       * @description ID of the project this environment belongs to.
       */
      project_id: $Read<number>;
      /** @description Public project token (`phc_…`). */
      api_token: $Read<string>;
      name: $Read<string>;
      completed_snippet_onboarding: $Read<boolean>;
      /** @description Map of product key to onboarding completion, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      has_completed_onboarding_for: $Read<unknown>;
      ingested_event: $Read<boolean>;
      is_demo: $Read<boolean>;
      /** @description IANA time zone name. */
      timezone: $Read<string>;
      access_control: $Read<boolean>;
      /** @description Labels applied to this project. */
      tags: $Read<string[]>;
    };
    /** @description One page of projects (limit/offset pagination). */
    PaginatedProjectBackwardCompatBasicList: {
      /** @description Total number of results across all pages. */
      count: number;
      /**
       * Format: uri
       * @description Absolute URL of the next page (same query, `offset` advanced); null on the last page.
       */
      next: string | null;
      /**
       * Format: uri
       * @description Absolute URL of the previous page; null on the first page.
       */
      previous: string | null;
      results: components["schemas"]["ProjectBackwardCompatBasic"][];
    };
    /** @description A product the team intends to use. */
    ProjectProductIntent: {
      /** @description Product key, e.g. `product_analytics`. */
      product_type?: string;
      /** Format: date-time */
      created_at?: string;
      /** Format: date-time */
      onboarding_completed_at?: string | null;
      /** Format: date-time */
      updated_at?: string;
    };
    /** @description Revenue analytics settings. Named keys as on the public docs page; deeper definitions are free-form JSON objects here (upstream types them in more detail). The whole object takes at most 16 KiB of JSON (see the size rule in `info`). */
    TeamRevenueAnalyticsConfig: {
      /** @description Currency revenue is reported in. */
      base_currency?: components["schemas"]["BaseCurrencyEnum"];
      /** @description Revenue events and how to read their amount (free-form objects). At most 100 (upstream sets no limit). */
      events?: Record<string, unknown>[];
      /** @description Revenue goals (free-form objects). Shown on the public docs page; newer upstream schemas no longer list it. At most 100 (upstream sets no limit). */
      goals?: Record<string, unknown>[];
      /** @description Exclude test accounts from revenue. */
      filter_test_accounts?: boolean;
    };
    /** @description Marketing analytics settings. Named keys as on the public docs page; deeper definitions are free-form JSON objects here (upstream types them in more detail). The whole object takes at most 16 KiB of JSON (see the size rule in `info`). */
    TeamMarketingAnalyticsConfig: {
      /** @description Column mapping per external data source, keyed by source id. */
      sources_map?: {
        [key: string]: Record<string, unknown>;
      };
      /** @description Conversion goals in display order; replaces the whole list on write. At most 100 (upstream sets no limit). */
      conversion_goals?: Record<string, unknown>[];
      /** @description How many days back a touchpoint can be credited (1-90). */
      attribution_window_days?: number;
      attribution_mode?: components["schemas"]["AttributionModeEnum"];
      /** @description Drop traffic matching test-account filters. */
      filter_test_accounts?: boolean;
      /** @description Manual campaign name aliases, keyed by integration type. */
      campaign_name_mappings?: {
        [key: string]: Record<string, unknown>;
      };
      /** @description Custom UTM sources folded into an integration, keyed by integration type (at most 100 sources of at most 400 characters per type; upstream sets no limit). */
      custom_source_mappings?: {
        [key: string]: string[];
      };
      /** @description Field campaigns are matched on, per integration type. */
      campaign_field_preferences?: {
        [key: string]: Record<string, unknown>;
      };
    };
    /** @description Customer analytics settings. Named keys as on the public docs page; deeper definitions are free-form JSON objects here (upstream types them in more detail). The whole object takes at most 16 KiB of JSON (see the size rule in `info`). */
    TeamCustomerAnalyticsConfig: {
      /** @description Event used as the activity signal (DAU/WAU/MAU). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      activity_event?: unknown;
      /** @description Event used to count signup pageviews on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      signup_pageview_event?: unknown;
      /** @description Event used to count signups on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      signup_event?: unknown;
      /** @description Event used to count subscriptions on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      subscription_event?: unknown;
      /** @description Event used to count payments on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation). */
      payment_event?: unknown;
      /** @description Index of the group type to treat as an Account in customer analytics. Must reference an existing group type configured for the project. */
      account_group_type_index?: number | null;
    };
    /** @description Workflows settings. */
    TeamWorkflowsConfig: {
      /** @description When enabled, workflows engagement activity (sends, opens, clicks, bounces, ...) is captured as standard PostHog events ($workflows_email_*). */
      capture_workflows_engagement_events?: boolean;
      email_tracking_consent_mode?: components["schemas"]["EmailTrackingConsentModeEnum"];
      /** @description How many AI tasks one workflow can create in a rolling 24 hours. Null uses the default of 100; zero pauses task creation for every workflow in the project. */
      workflow_task_rate_limit_per_day?: number | null;
      /** @description How many AI tasks all workflows in the project can create together in a rolling 24 hours. Null uses the default of 500; zero pauses task creation for the project. */
      workflow_task_team_rate_limit_per_day?: number | null;
    };
    /** @description Feature flag policy settings. */
    TeamFeatureFlagPolicyConfig: {
      /** @description When enabled, a new feature flag needs at least one tag, and a tagged flag cannot lose its last one (survey/experiment/etc. creates exempt). */
      require_tags?: boolean;
    };
    /** @description A BAA or DPA generated for the organization and sent for signature. Response-only. */
    LegalDocumentDTO: {
      /** Format: uuid */
      id: string;
      document_type: components["schemas"]["DocumentTypeEnum"];
      company_name: string;
      /** Format: email */
      representative_email: string;
      status: components["schemas"]["LegalDocumentStatusEnum"];
      /** @description Null when the creating user has since been deleted. */
      created_by: components["schemas"]["LegalDocumentCreator"] | null;
      /** Format: date-time */
      created_at: string;
    };
    /** @description The user who created a legal document. */
    LegalDocumentCreator: {
      first_name: string;
      /** Format: email */
      email: string;
    };
    /** @description Request body for creating a legal document. An organization can hold one document per type. */
    CreateLegalDocument: {
      document_type: components["schemas"]["DocumentTypeEnum"];
      /** @description The customer legal entity entering the agreement (PandaDoc's Client.Company). */
      company_name: string;
      /** @description The customer address (PandaDoc's Client.StreetAddress). */
      company_address: string;
      /**
       * Format: email
       * @description Email the signature request is sent to (PandaDoc's Client.Email).
       */
      representative_email: string;
    };
    /** @description One page of legal documents (limit/offset pagination). */
    PaginatedLegalDocumentDTOList: {
      /** @description Total number of results across all pages. */
      count: number;
      /**
       * Format: uri
       * @description Absolute URL of the next page (same query, `offset` advanced); null on the last page.
       */
      next: string | null;
      /**
       * Format: uri
       * @description Absolute URL of the previous page; null on the first page.
       */
      previous: string | null;
      results: components["schemas"]["LegalDocumentDTO"][];
    };
    /**
     * @description Organization membership level.
     *
     *     * `1` - member
     *     * `8` - administrator (admin)
     *     * `15` - owner
     * @example 1
     * @enum {integer}
     */
    OrganizationMembershipLevelEnum: 1 | 8 | 15;
    /**
     * @description The requesting user's effective level for a project: the organization level, raised by project access control where that grants more.
     *
     *     * `1` - member
     *     * `8` - administrator (admin)
     *     * `15` - owner
     * @example 8
     * @enum {integer}
     */
    EffectiveMembershipLevelEnum: 1 | 8 | 15;
    /**
     * @description The user's self-declared role.
     *
     *     * `engineering` - Engineering
     *     * `data` - Data
     *     * `product` - Product Management
     *     * `founder` - Founder
     *     * `leadership` - Leadership
     *     * `marketing` - Marketing
     *     * `sales` - Sales / Success
     *     * `student` - Student
     *     * `other` - Other
     * @example engineering
     * @enum {string}
     */
    RoleAtOrganizationEnum: "engineering" | "data" | "product" | "founder" | "leadership" | "marketing" | "sales" | "student" | "other";
    /**
     * @description The empty string: upstream lets some choice fields be blank as well as null.
     * @enum {string}
     */
    BlankEnum: "";
    /**
     * @description How a member matched the `search` query parameter.
     *
     *     * `exact` - case-insensitive substring match on first name, last name or email
     *     * `similar` - fuzzy (trigram word-similarity above 0.3) match, returned only when no member matches exactly
     * @example exact
     * @enum {string}
     */
    SearchMatchTypeEnum: "exact" | "similar";
    /**
     * @description Kind of legal document.
     *
     *     * `BAA` - Business Associate Agreement
     *     * `DPA` - Data Processing Agreement
     * @example DPA
     * @enum {string}
     */
    DocumentTypeEnum: "BAA" | "DPA";
    /**
     * @description Signature state of a legal document.
     *
     *     * `submitted_for_signature` - created and sent to the representative for signature (initial state)
     *     * `signed` - signed by all parties; the PDF can be downloaded
     * @example submitted_for_signature
     * @enum {string}
     */
    LegalDocumentStatusEnum: "submitted_for_signature" | "signed";
    /**
     * @description Access-control level granted on a private project.
     *
     *     * `none` - no access
     *     * `member` - member access
     *     * `admin` - admin access
     * @example member
     * @enum {string}
     */
    PrivateProjectAccessLevelEnum: "none" | "member" | "admin";
    /**
     * @description IANA time zone name. The list equals pytz `all_timezones` as shipped upstream (596 names, including legacy aliases such as `US/Pacific` and `Etc/GMT+5`).
     * @example Europe/Berlin
     * @enum {string}
     */
    TimezoneEnum: "Africa/Abidjan" | "Africa/Accra" | "Africa/Addis_Ababa" | "Africa/Algiers" | "Africa/Asmara" | "Africa/Asmera" | "Africa/Bamako" | "Africa/Bangui" | "Africa/Banjul" | "Africa/Bissau" | "Africa/Blantyre" | "Africa/Brazzaville" | "Africa/Bujumbura" | "Africa/Cairo" | "Africa/Casablanca" | "Africa/Ceuta" | "Africa/Conakry" | "Africa/Dakar" | "Africa/Dar_es_Salaam" | "Africa/Djibouti" | "Africa/Douala" | "Africa/El_Aaiun" | "Africa/Freetown" | "Africa/Gaborone" | "Africa/Harare" | "Africa/Johannesburg" | "Africa/Juba" | "Africa/Kampala" | "Africa/Khartoum" | "Africa/Kigali" | "Africa/Kinshasa" | "Africa/Lagos" | "Africa/Libreville" | "Africa/Lome" | "Africa/Luanda" | "Africa/Lubumbashi" | "Africa/Lusaka" | "Africa/Malabo" | "Africa/Maputo" | "Africa/Maseru" | "Africa/Mbabane" | "Africa/Mogadishu" | "Africa/Monrovia" | "Africa/Nairobi" | "Africa/Ndjamena" | "Africa/Niamey" | "Africa/Nouakchott" | "Africa/Ouagadougou" | "Africa/Porto-Novo" | "Africa/Sao_Tome" | "Africa/Timbuktu" | "Africa/Tripoli" | "Africa/Tunis" | "Africa/Windhoek" | "America/Adak" | "America/Anchorage" | "America/Anguilla" | "America/Antigua" | "America/Araguaina" | "America/Argentina/Buenos_Aires" | "America/Argentina/Catamarca" | "America/Argentina/ComodRivadavia" | "America/Argentina/Cordoba" | "America/Argentina/Jujuy" | "America/Argentina/La_Rioja" | "America/Argentina/Mendoza" | "America/Argentina/Rio_Gallegos" | "America/Argentina/Salta" | "America/Argentina/San_Juan" | "America/Argentina/San_Luis" | "America/Argentina/Tucuman" | "America/Argentina/Ushuaia" | "America/Aruba" | "America/Asuncion" | "America/Atikokan" | "America/Atka" | "America/Bahia" | "America/Bahia_Banderas" | "America/Barbados" | "America/Belem" | "America/Belize" | "America/Blanc-Sablon" | "America/Boa_Vista" | "America/Bogota" | "America/Boise" | "America/Buenos_Aires" | "America/Cambridge_Bay" | "America/Campo_Grande" | "America/Cancun" | "America/Caracas" | "America/Catamarca" | "America/Cayenne" | "America/Cayman" | "America/Chicago" | "America/Chihuahua" | "America/Ciudad_Juarez" | "America/Coral_Harbour" | "America/Cordoba" | "America/Costa_Rica" | "America/Creston" | "America/Cuiaba" | "America/Curacao" | "America/Danmarkshavn" | "America/Dawson" | "America/Dawson_Creek" | "America/Denver" | "America/Detroit" | "America/Dominica" | "America/Edmonton" | "America/Eirunepe" | "America/El_Salvador" | "America/Ensenada" | "America/Fort_Nelson" | "America/Fort_Wayne" | "America/Fortaleza" | "America/Glace_Bay" | "America/Godthab" | "America/Goose_Bay" | "America/Grand_Turk" | "America/Grenada" | "America/Guadeloupe" | "America/Guatemala" | "America/Guayaquil" | "America/Guyana" | "America/Halifax" | "America/Havana" | "America/Hermosillo" | "America/Indiana/Indianapolis" | "America/Indiana/Knox" | "America/Indiana/Marengo" | "America/Indiana/Petersburg" | "America/Indiana/Tell_City" | "America/Indiana/Vevay" | "America/Indiana/Vincennes" | "America/Indiana/Winamac" | "America/Indianapolis" | "America/Inuvik" | "America/Iqaluit" | "America/Jamaica" | "America/Jujuy" | "America/Juneau" | "America/Kentucky/Louisville" | "America/Kentucky/Monticello" | "America/Knox_IN" | "America/Kralendijk" | "America/La_Paz" | "America/Lima" | "America/Los_Angeles" | "America/Louisville" | "America/Lower_Princes" | "America/Maceio" | "America/Managua" | "America/Manaus" | "America/Marigot" | "America/Martinique" | "America/Matamoros" | "America/Mazatlan" | "America/Mendoza" | "America/Menominee" | "America/Merida" | "America/Metlakatla" | "America/Mexico_City" | "America/Miquelon" | "America/Moncton" | "America/Monterrey" | "America/Montevideo" | "America/Montreal" | "America/Montserrat" | "America/Nassau" | "America/New_York" | "America/Nipigon" | "America/Nome" | "America/Noronha" | "America/North_Dakota/Beulah" | "America/North_Dakota/Center" | "America/North_Dakota/New_Salem" | "America/Nuuk" | "America/Ojinaga" | "America/Panama" | "America/Pangnirtung" | "America/Paramaribo" | "America/Phoenix" | "America/Port-au-Prince" | "America/Port_of_Spain" | "America/Porto_Acre" | "America/Porto_Velho" | "America/Puerto_Rico" | "America/Punta_Arenas" | "America/Rainy_River" | "America/Rankin_Inlet" | "America/Recife" | "America/Regina" | "America/Resolute" | "America/Rio_Branco" | "America/Rosario" | "America/Santa_Isabel" | "America/Santarem" | "America/Santiago" | "America/Santo_Domingo" | "America/Sao_Paulo" | "America/Scoresbysund" | "America/Shiprock" | "America/Sitka" | "America/St_Barthelemy" | "America/St_Johns" | "America/St_Kitts" | "America/St_Lucia" | "America/St_Thomas" | "America/St_Vincent" | "America/Swift_Current" | "America/Tegucigalpa" | "America/Thule" | "America/Thunder_Bay" | "America/Tijuana" | "America/Toronto" | "America/Tortola" | "America/Vancouver" | "America/Virgin" | "America/Whitehorse" | "America/Winnipeg" | "America/Yakutat" | "America/Yellowknife" | "Antarctica/Casey" | "Antarctica/Davis" | "Antarctica/DumontDUrville" | "Antarctica/Macquarie" | "Antarctica/Mawson" | "Antarctica/McMurdo" | "Antarctica/Palmer" | "Antarctica/Rothera" | "Antarctica/South_Pole" | "Antarctica/Syowa" | "Antarctica/Troll" | "Antarctica/Vostok" | "Arctic/Longyearbyen" | "Asia/Aden" | "Asia/Almaty" | "Asia/Amman" | "Asia/Anadyr" | "Asia/Aqtau" | "Asia/Aqtobe" | "Asia/Ashgabat" | "Asia/Ashkhabad" | "Asia/Atyrau" | "Asia/Baghdad" | "Asia/Bahrain" | "Asia/Baku" | "Asia/Bangkok" | "Asia/Barnaul" | "Asia/Beirut" | "Asia/Bishkek" | "Asia/Brunei" | "Asia/Calcutta" | "Asia/Chita" | "Asia/Choibalsan" | "Asia/Chongqing" | "Asia/Chungking" | "Asia/Colombo" | "Asia/Dacca" | "Asia/Damascus" | "Asia/Dhaka" | "Asia/Dili" | "Asia/Dubai" | "Asia/Dushanbe" | "Asia/Famagusta" | "Asia/Gaza" | "Asia/Harbin" | "Asia/Hebron" | "Asia/Ho_Chi_Minh" | "Asia/Hong_Kong" | "Asia/Hovd" | "Asia/Irkutsk" | "Asia/Istanbul" | "Asia/Jakarta" | "Asia/Jayapura" | "Asia/Jerusalem" | "Asia/Kabul" | "Asia/Kamchatka" | "Asia/Karachi" | "Asia/Kashgar" | "Asia/Kathmandu" | "Asia/Katmandu" | "Asia/Khandyga" | "Asia/Kolkata" | "Asia/Krasnoyarsk" | "Asia/Kuala_Lumpur" | "Asia/Kuching" | "Asia/Kuwait" | "Asia/Macao" | "Asia/Macau" | "Asia/Magadan" | "Asia/Makassar" | "Asia/Manila" | "Asia/Muscat" | "Asia/Nicosia" | "Asia/Novokuznetsk" | "Asia/Novosibirsk" | "Asia/Omsk" | "Asia/Oral" | "Asia/Phnom_Penh" | "Asia/Pontianak" | "Asia/Pyongyang" | "Asia/Qatar" | "Asia/Qostanay" | "Asia/Qyzylorda" | "Asia/Rangoon" | "Asia/Riyadh" | "Asia/Saigon" | "Asia/Sakhalin" | "Asia/Samarkand" | "Asia/Seoul" | "Asia/Shanghai" | "Asia/Singapore" | "Asia/Srednekolymsk" | "Asia/Taipei" | "Asia/Tashkent" | "Asia/Tbilisi" | "Asia/Tehran" | "Asia/Tel_Aviv" | "Asia/Thimbu" | "Asia/Thimphu" | "Asia/Tokyo" | "Asia/Tomsk" | "Asia/Ujung_Pandang" | "Asia/Ulaanbaatar" | "Asia/Ulan_Bator" | "Asia/Urumqi" | "Asia/Ust-Nera" | "Asia/Vientiane" | "Asia/Vladivostok" | "Asia/Yakutsk" | "Asia/Yangon" | "Asia/Yekaterinburg" | "Asia/Yerevan" | "Atlantic/Azores" | "Atlantic/Bermuda" | "Atlantic/Canary" | "Atlantic/Cape_Verde" | "Atlantic/Faeroe" | "Atlantic/Faroe" | "Atlantic/Jan_Mayen" | "Atlantic/Madeira" | "Atlantic/Reykjavik" | "Atlantic/South_Georgia" | "Atlantic/St_Helena" | "Atlantic/Stanley" | "Australia/ACT" | "Australia/Adelaide" | "Australia/Brisbane" | "Australia/Broken_Hill" | "Australia/Canberra" | "Australia/Currie" | "Australia/Darwin" | "Australia/Eucla" | "Australia/Hobart" | "Australia/LHI" | "Australia/Lindeman" | "Australia/Lord_Howe" | "Australia/Melbourne" | "Australia/NSW" | "Australia/North" | "Australia/Perth" | "Australia/Queensland" | "Australia/South" | "Australia/Sydney" | "Australia/Tasmania" | "Australia/Victoria" | "Australia/West" | "Australia/Yancowinna" | "Brazil/Acre" | "Brazil/DeNoronha" | "Brazil/East" | "Brazil/West" | "CET" | "CST6CDT" | "Canada/Atlantic" | "Canada/Central" | "Canada/Eastern" | "Canada/Mountain" | "Canada/Newfoundland" | "Canada/Pacific" | "Canada/Saskatchewan" | "Canada/Yukon" | "Chile/Continental" | "Chile/EasterIsland" | "Cuba" | "EET" | "EST" | "EST5EDT" | "Egypt" | "Eire" | "Etc/GMT" | "Etc/GMT+0" | "Etc/GMT+1" | "Etc/GMT+10" | "Etc/GMT+11" | "Etc/GMT+12" | "Etc/GMT+2" | "Etc/GMT+3" | "Etc/GMT+4" | "Etc/GMT+5" | "Etc/GMT+6" | "Etc/GMT+7" | "Etc/GMT+8" | "Etc/GMT+9" | "Etc/GMT-0" | "Etc/GMT-1" | "Etc/GMT-10" | "Etc/GMT-11" | "Etc/GMT-12" | "Etc/GMT-13" | "Etc/GMT-14" | "Etc/GMT-2" | "Etc/GMT-3" | "Etc/GMT-4" | "Etc/GMT-5" | "Etc/GMT-6" | "Etc/GMT-7" | "Etc/GMT-8" | "Etc/GMT-9" | "Etc/GMT0" | "Etc/Greenwich" | "Etc/UCT" | "Etc/UTC" | "Etc/Universal" | "Etc/Zulu" | "Europe/Amsterdam" | "Europe/Andorra" | "Europe/Astrakhan" | "Europe/Athens" | "Europe/Belfast" | "Europe/Belgrade" | "Europe/Berlin" | "Europe/Bratislava" | "Europe/Brussels" | "Europe/Bucharest" | "Europe/Budapest" | "Europe/Busingen" | "Europe/Chisinau" | "Europe/Copenhagen" | "Europe/Dublin" | "Europe/Gibraltar" | "Europe/Guernsey" | "Europe/Helsinki" | "Europe/Isle_of_Man" | "Europe/Istanbul" | "Europe/Jersey" | "Europe/Kaliningrad" | "Europe/Kiev" | "Europe/Kirov" | "Europe/Kyiv" | "Europe/Lisbon" | "Europe/Ljubljana" | "Europe/London" | "Europe/Luxembourg" | "Europe/Madrid" | "Europe/Malta" | "Europe/Mariehamn" | "Europe/Minsk" | "Europe/Monaco" | "Europe/Moscow" | "Europe/Nicosia" | "Europe/Oslo" | "Europe/Paris" | "Europe/Podgorica" | "Europe/Prague" | "Europe/Riga" | "Europe/Rome" | "Europe/Samara" | "Europe/San_Marino" | "Europe/Sarajevo" | "Europe/Saratov" | "Europe/Simferopol" | "Europe/Skopje" | "Europe/Sofia" | "Europe/Stockholm" | "Europe/Tallinn" | "Europe/Tirane" | "Europe/Tiraspol" | "Europe/Ulyanovsk" | "Europe/Uzhgorod" | "Europe/Vaduz" | "Europe/Vatican" | "Europe/Vienna" | "Europe/Vilnius" | "Europe/Volgograd" | "Europe/Warsaw" | "Europe/Zagreb" | "Europe/Zaporozhye" | "Europe/Zurich" | "GB" | "GB-Eire" | "GMT" | "GMT+0" | "GMT-0" | "GMT0" | "Greenwich" | "HST" | "Hongkong" | "Iceland" | "Indian/Antananarivo" | "Indian/Chagos" | "Indian/Christmas" | "Indian/Cocos" | "Indian/Comoro" | "Indian/Kerguelen" | "Indian/Mahe" | "Indian/Maldives" | "Indian/Mauritius" | "Indian/Mayotte" | "Indian/Reunion" | "Iran" | "Israel" | "Jamaica" | "Japan" | "Kwajalein" | "Libya" | "MET" | "MST" | "MST7MDT" | "Mexico/BajaNorte" | "Mexico/BajaSur" | "Mexico/General" | "NZ" | "NZ-CHAT" | "Navajo" | "PRC" | "PST8PDT" | "Pacific/Apia" | "Pacific/Auckland" | "Pacific/Bougainville" | "Pacific/Chatham" | "Pacific/Chuuk" | "Pacific/Easter" | "Pacific/Efate" | "Pacific/Enderbury" | "Pacific/Fakaofo" | "Pacific/Fiji" | "Pacific/Funafuti" | "Pacific/Galapagos" | "Pacific/Gambier" | "Pacific/Guadalcanal" | "Pacific/Guam" | "Pacific/Honolulu" | "Pacific/Johnston" | "Pacific/Kanton" | "Pacific/Kiritimati" | "Pacific/Kosrae" | "Pacific/Kwajalein" | "Pacific/Majuro" | "Pacific/Marquesas" | "Pacific/Midway" | "Pacific/Nauru" | "Pacific/Niue" | "Pacific/Norfolk" | "Pacific/Noumea" | "Pacific/Pago_Pago" | "Pacific/Palau" | "Pacific/Pitcairn" | "Pacific/Pohnpei" | "Pacific/Ponape" | "Pacific/Port_Moresby" | "Pacific/Rarotonga" | "Pacific/Saipan" | "Pacific/Samoa" | "Pacific/Tahiti" | "Pacific/Tarawa" | "Pacific/Tongatapu" | "Pacific/Truk" | "Pacific/Wake" | "Pacific/Wallis" | "Pacific/Yap" | "Poland" | "Portugal" | "ROC" | "ROK" | "Singapore" | "Turkey" | "UCT" | "US/Alaska" | "US/Aleutian" | "US/Arizona" | "US/Central" | "US/East-Indiana" | "US/Eastern" | "US/Hawaii" | "US/Indiana-Starke" | "US/Michigan" | "US/Mountain" | "US/Pacific" | "US/Samoa" | "UTC" | "Universal" | "W-SU" | "WET" | "Zulu";
    /**
     * @description ISO 4217 currency code (152 codes as upstream, including `BTC` and the legacy `HRK`, `LTL`, `LVL` and `MTL`).
     * @example USD
     * @enum {string}
     */
    BaseCurrencyEnum: "AED" | "AFN" | "ALL" | "AMD" | "ANG" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BGN" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BRL" | "BSD" | "BTC" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHF" | "CLP" | "CNY" | "COP" | "CRC" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HRK" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LTL" | "LVL" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MTL" | "MUR" | "MVR" | "MWK" | "MXN" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SRD" | "SSP" | "STN" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "UYU" | "UZS" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XCD" | "XOF" | "XPF" | "YER" | "ZAR" | "ZMW";
    /**
     * @description Retention period of new session recordings.
     *
     *     * `30d` - 30 Days
     *     * `90d` - 90 Days
     *     * `1y` - 1 Year
     *     * `5y` - 5 Years
     * @example 30d
     * @enum {string}
     */
    SessionRecordingRetentionPeriodEnum: "30d" | "90d" | "1y" | "5y";
    /**
     * @description First day of the week.
     *
     *     * `0` - Sunday
     *     * `1` - Monday
     * @example 1
     * @enum {integer}
     */
    WeekStartDayEnum: 0 | 1;
    /**
     * @description Whom the project sells to.
     *
     *     * `b2b` - B2B
     *     * `b2c` - B2C
     *     * `other` - Other
     * @example b2b
     * @enum {string}
     */
    BusinessModelEnum: "b2b" | "b2c" | "other";
    /**
     * @description Cookieless tracking mode.
     *
     *     * `0` - Disabled
     *     * `1` - Stateless
     *     * `2` - Stateful
     * @example 0
     * @enum {integer}
     */
    CookielessServerHashModeEnum: 0 | 1 | 2;
    /**
     * @description How marketing-analytics credit is split across touchpoints.
     *
     *     * `first_touch` - First Touch
     *     * `last_touch` - Last Touch
     *     * `linear` - Linear
     *     * `time_decay` - Time Decay
     *     * `position_based` - Position Based
     * @example last_touch
     * @enum {string}
     */
    AttributionModeEnum: "first_touch" | "last_touch" | "linear" | "time_decay" | "position_based";
    /**
     * @description Recipient-consent enforcement for open/click tracking in marketing workflow emails.
     *
     *     * `off` - Off
     *     * `opt_out` - Opt Out
     *     * `opt_in` - Opt In
     * @example off
     * @enum {string}
     */
    EmailTrackingConsentModeEnum: "off" | "opt_out" | "opt_in";
    /**
     * @description Identifier of an onboarding setup task offered for the project.
     * @example ingest_first_event
     * @enum {string}
     */
    AvailableSetupTaskIdsEnum: "ingest_first_event" | "set_up_reverse_proxy" | "create_first_insight" | "create_first_dashboard" | "track_custom_events" | "define_actions" | "set_up_cohorts" | "explore_trends_insight" | "create_funnel" | "explore_retention_insight" | "explore_paths_insight" | "explore_stickiness_insight" | "explore_lifecycle_insight" | "add_authorized_domain" | "set_up_web_vitals" | "review_web_analytics_dashboard" | "filter_web_analytics" | "set_up_web_analytics_conversion_goals" | "visit_web_vitals_dashboard" | "setup_session_recordings" | "watch_session_recording" | "configure_recording_settings" | "create_recording_playlist" | "enable_console_logs" | "create_feature_flag" | "implement_flag_in_code" | "update_feature_flag_release_conditions" | "create_multivariate_flag" | "set_up_flag_payloads" | "set_up_flag_evaluation_runtimes" | "create_experiment" | "implement_experiment_variants" | "launch_experiment" | "review_experiment_results" | "create_survey" | "launch_survey" | "collect_survey_responses" | "connect_source" | "run_first_query" | "join_external_data" | "create_saved_view" | "enable_error_tracking" | "upload_source_maps" | "view_first_error" | "resolve_first_error" | "ingest_first_llm_event" | "view_first_trace" | "track_costs" | "set_up_llm_evaluation" | "run_ai_playground" | "enable_log_capture" | "view_first_logs" | "create_first_workflow" | "set_up_first_workflow_channel" | "configure_workflow_trigger" | "add_workflow_action" | "launch_workflow" | "create_first_endpoint" | "configure_endpoint" | "test_endpoint" | "create_early_access_feature" | "update_feature_stage" | "use_posthog_ai" | "use_posthog_code" | "use_posthog_mcp" | "use_posthog_in_slack";
  };
  responses: {
    /** @description Invalid input. */
    BadRequest: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Missing or invalid personal API key. */
    Unauthorized: {
      headers: {
        /**
         * @description Authentication scheme to use.
         * @example Bearer realm="api"
         */
        "WWW-Authenticate"?: string;
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description No such organization or resource (or it is not visible to the caller). */
    NotFound: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The request body is larger than the server accepts. */
    PayloadTooLarge: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description The request body is not JSON or form-encoded. */
    UnsupportedMediaType: {
      headers: {
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
    /** @description Rate limited, as upstream: every operation is throttled per personal API key by upstream's `BurstRateThrottle` (480 requests a minute) and `SustainedRateThrottle` (4800 requests an hour) from `posthog/rate_limit.py`, the `DEFAULT_THROTTLE_CLASSES` of `posthog/settings/web.py`. Requests refused by authentication (401) or by the key, organization and membership checks (403) are not counted; a request refused by one throttle still counts in the other, and refused requests do not count in the throttle that refused them (Django REST framework's `SimpleRateThrottle`). `Retry-After` and `detail` give the wait in whole seconds, rounded up (the longer wait when both refuse). Deviation: upstream keeps the timestamp of every admitted request of the last period; this server keeps two counts per key and throttle (the current fixed window and the previous one, weighted by its share still inside the last period), so when requests were not spread evenly over the previous window it may admit a request earlier, or refuse one later, than upstream. A 405 answer is not counted (upstream counts it). The reference server's rates are configurable (`RATE_LIMIT`, `RATE_LIMIT_BURST`, `RATE_LIMIT_SUSTAINED`). */
    TooManyRequests: {
      headers: {
        "Retry-After": components["headers"]["RetryAfter"];
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorResponse"];
      };
    };
  };
  parameters: {
    /**
     * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
     * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
     */
    OrganizationId: string | "@current";
    /**
     * @description The member's user uuid (not the membership id), or `@me` for the API key's own user.
     * @example 01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f
     */
    MemberUserUuid: string | "@me";
    /**
     * @description Project id, or `@current` for the API key's user's current project.
     * @example 2
     */
    ProjectId: number | "@current";
    /**
     * @description Legal document id. A value that is not a UUID is a 404.
     * @example 0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a
     */
    LegalDocumentId: string;
    /**
     * @description Invite id.
     * @example 0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d
     */
    InviteId: string;
    /**
     * @description Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.
     * @example 100
     */
    Limit: number;
    /**
     * @description The initial index from which to return the results.
     * @example 0
     */
    Offset: number;
    /**
     * @description Sort order by join time: `-joined_at` (newest first, the default) or `joined_at`. Ignored when `search` is given (results are then ordered by relevance, then first name). Upstream silently falls back to the default on any other value; this API rejects it with 400. Each value names the member field to sort by, `-` first for descending (`x-ordering`).
     * @example -joined_at
     */
    MembersOrder: "-joined_at" | "joined_at";
    /**
     * @description Find members by first name, last name or email. NUL bytes are stripped and surrounding whitespace trimmed; an empty value means no search. Two tiers: if any member matches *exactly* (case-insensitive substring of any of the three fields) only those are returned, with `search_match_type: exact`; otherwise members matching *similarly* (trigram word-similarity above 0.3) are returned with `search_match_type: similar`. Results are ordered by relevance, then first name. At most 200 characters (400 otherwise). Fields and matching: `x-search`.
     * @example grace
     */
    MembersSearch: string;
    /**
     * @description Only projects whose name contains this text (case-insensitive, `x-search`). At most 200 characters (upstream sets no limit; this API answers 400 above it).
     * @example web
     */
    ProjectsSearch: string;
  };
  requestBodies: never;
  headers: {
    /**
     * @description Seconds to wait before retrying.
     * @example 17
     */
    RetryAfter: number;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  invites_bulk_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example [
         *       {
         *         "target_email": "margaret@hogflix.com",
         *         "first_name": "Margaret",
         *         "level": 1
         *       },
         *       {
         *         "target_email": "katherine@hogflix.com",
         *         "first_name": "Katherine",
         *         "level": 8,
         *         "send_email": true
         *       }
         *     ]
         */
        "application/json": components["schemas"]["OrganizationInviteRequest"][];
      };
    };
    responses: {
      /** @description The invites were created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example [
           *       {
           *         "id": "0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d",
           *         "target_email": "margaret@hogflix.com",
           *         "first_name": "Margaret",
           *         "emailing_attempt_made": true,
           *         "level": 1,
           *         "is_expired": false,
           *         "created_by": {
           *           "id": 1042,
           *           "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *           "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *           "first_name": "Ada",
           *           "last_name": "Lovelace",
           *           "email": "ada@hogflix.com",
           *           "is_email_verified": true,
           *           "hedgehog_config": null,
           *           "role_at_organization": "engineering"
           *         },
           *         "created_at": "2026-11-27T09:30:00Z",
           *         "updated_at": "2026-11-27T09:30:00Z",
           *         "message": null,
           *         "private_project_access": null
           *       },
           *       {
           *         "id": "0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4e",
           *         "target_email": "katherine@hogflix.com",
           *         "first_name": "Katherine",
           *         "emailing_attempt_made": true,
           *         "level": 8,
           *         "is_expired": false,
           *         "created_by": {
           *           "id": 1042,
           *           "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *           "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *           "first_name": "Ada",
           *           "last_name": "Lovelace",
           *           "email": "ada@hogflix.com",
           *           "is_email_verified": true,
           *           "hedgehog_config": null,
           *           "role_at_organization": "engineering"
           *         },
           *         "created_at": "2026-11-27T09:30:00Z",
           *         "updated_at": "2026-11-27T09:30:00Z",
           *         "message": null,
           *         "private_project_access": null
           *       }
           *     ]
           */
          "application/json": components["schemas"]["OrganizationInvite"][];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  invites_delegate_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target_email": "cto@hogflix.com",
         *       "message": "Could you finish setting up PostHog for us? You know the codebase best.",
         *       "step_at_delegation": "install_snippet"
         *     }
         */
        "application/json": components["schemas"]["OrganizationInviteDelegate"];
        "application/x-www-form-urlencoded": components["schemas"]["OrganizationInviteDelegate"];
      };
    };
    responses: {
      /** @description The delegation invite was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0193a5c0-2d4e-7f61-9b3a-4c5d6e7f8a9b",
           *       "target_email": "cto@hogflix.com",
           *       "first_name": "",
           *       "emailing_attempt_made": true,
           *       "level": 8,
           *       "is_expired": false,
           *       "created_by": {
           *         "id": 1042,
           *         "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *         "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *         "first_name": "Ada",
           *         "last_name": "Lovelace",
           *         "email": "ada@hogflix.com",
           *         "is_email_verified": true,
           *         "hedgehog_config": null,
           *         "role_at_organization": "engineering"
           *       },
           *       "created_at": "2026-11-27T10:02:11Z",
           *       "updated_at": "2026-11-27T10:02:11Z",
           *       "message": "Could you finish setting up PostHog for us? You know the codebase best.",
           *       "private_project_access": null
           *     }
           */
          "application/json": components["schemas"]["OrganizationInvite"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  invites_list: {
    parameters: {
      query?: {
        /**
         * @description Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.
         * @example 100
         */
        limit?: components["parameters"]["Limit"];
        /**
         * @description The initial index from which to return the results.
         * @example 0
         */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of invites. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 2,
           *       "next": null,
           *       "previous": null,
           *       "results": [
           *         {
           *           "id": "0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d",
           *           "target_email": "margaret@hogflix.com",
           *           "first_name": "Margaret",
           *           "emailing_attempt_made": true,
           *           "level": 1,
           *           "is_expired": false,
           *           "created_by": {
           *             "id": 1042,
           *             "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *             "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *             "first_name": "Ada",
           *             "last_name": "Lovelace",
           *             "email": "ada@hogflix.com",
           *             "is_email_verified": true,
           *             "hedgehog_config": null,
           *             "role_at_organization": "engineering"
           *           },
           *           "created_at": "2026-11-27T09:30:00Z",
           *           "updated_at": "2026-11-27T09:30:00Z",
           *           "message": "Welcome aboard! Your first dashboard is waiting.",
           *           "private_project_access": [
           *             {
           *               "id": 2,
           *               "level": "member"
           *             }
           *           ]
           *         },
           *         {
           *           "id": "0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4e",
           *           "target_email": "katherine@hogflix.com",
           *           "first_name": "Katherine",
           *           "emailing_attempt_made": true,
           *           "level": 8,
           *           "is_expired": false,
           *           "created_by": {
           *             "id": 1042,
           *             "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *             "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *             "first_name": "Ada",
           *             "last_name": "Lovelace",
           *             "email": "ada@hogflix.com",
           *             "is_email_verified": true,
           *             "hedgehog_config": null,
           *             "role_at_organization": "engineering"
           *           },
           *           "created_at": "2026-11-27T09:30:00Z",
           *           "updated_at": "2026-11-27T09:30:00Z",
           *           "message": null,
           *           "private_project_access": null
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["PaginatedOrganizationInviteList"];
        };
      };
      /** @description Invalid pagination parameter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  invites_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "target_email": "margaret@hogflix.com",
         *       "first_name": "Margaret",
         *       "level": 1,
         *       "message": "Welcome aboard! Your first dashboard is waiting.",
         *       "private_project_access": [
         *         {
         *           "id": 2,
         *           "level": "member"
         *         }
         *       ],
         *       "send_email": true
         *     }
         */
        "application/json": components["schemas"]["OrganizationInviteRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["OrganizationInviteRequest"];
      };
    };
    responses: {
      /** @description The invite was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d",
           *       "target_email": "margaret@hogflix.com",
           *       "first_name": "Margaret",
           *       "emailing_attempt_made": true,
           *       "level": 1,
           *       "is_expired": false,
           *       "created_by": {
           *         "id": 1042,
           *         "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *         "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *         "first_name": "Ada",
           *         "last_name": "Lovelace",
           *         "email": "ada@hogflix.com",
           *         "is_email_verified": true,
           *         "hedgehog_config": null,
           *         "role_at_organization": "engineering"
           *       },
           *       "created_at": "2026-11-27T09:30:00Z",
           *       "updated_at": "2026-11-27T09:30:00Z",
           *       "message": "Welcome aboard! Your first dashboard is waiting.",
           *       "private_project_access": [
           *         {
           *           "id": 2,
           *           "level": "member"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["OrganizationInvite"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  invites_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Invite id.
         * @example 0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d
         */
        id: components["parameters"]["InviteId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. No response body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  legal_documents_list: {
    parameters: {
      query?: {
        /**
         * @description Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.
         * @example 100
         */
        limit?: components["parameters"]["Limit"];
        /**
         * @description The initial index from which to return the results.
         * @example 0
         */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of legal documents. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 2,
           *       "next": null,
           *       "previous": null,
           *       "results": [
           *         {
           *           "id": "0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a",
           *           "document_type": "DPA",
           *           "company_name": "Hogflix Ltd",
           *           "representative_email": "legal@hogflix.com",
           *           "status": "submitted_for_signature",
           *           "created_by": {
           *             "first_name": "Ada",
           *             "email": "ada@hogflix.com"
           *           },
           *           "created_at": "2026-11-27T10:15:00Z"
           *         },
           *         {
           *           "id": "0192f0a1-1b2c-7d3e-8f4a-5b6c7d8e9f0a",
           *           "document_type": "BAA",
           *           "company_name": "Hogflix Ltd",
           *           "representative_email": "legal@hogflix.com",
           *           "status": "signed",
           *           "created_by": {
           *             "first_name": "Ada",
           *             "email": "ada@hogflix.com"
           *           },
           *           "created_at": "2026-10-02T14:00:00Z"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["PaginatedLegalDocumentDTOList"];
        };
      };
      /** @description Invalid pagination parameter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Missing scope, or the caller is not an admin or owner of the organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
    };
  };
  legal_documents_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        /**
         * @example {
         *       "document_type": "DPA",
         *       "company_name": "Hogflix Ltd",
         *       "company_address": "2 Hedgehog Lane, London N1 9GU, United Kingdom",
         *       "representative_email": "legal@hogflix.com"
         *     }
         */
        "application/json": components["schemas"]["CreateLegalDocument"];
        "application/x-www-form-urlencoded": components["schemas"]["CreateLegalDocument"];
      };
    };
    responses: {
      /** @description The document was created and sent for signature. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a",
           *       "document_type": "DPA",
           *       "company_name": "Hogflix Ltd",
           *       "representative_email": "legal@hogflix.com",
           *       "status": "submitted_for_signature",
           *       "created_by": {
           *         "first_name": "Ada",
           *         "email": "ada@hogflix.com"
           *       },
           *       "created_at": "2026-11-27T10:15:00Z"
           *     }
           */
          "application/json": components["schemas"]["LegalDocumentDTO"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description Missing scope, or the caller is not an admin or owner of the organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  legal_documents_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Legal document id. A value that is not a UUID is a 404.
         * @example 0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a
         */
        id: components["parameters"]["LegalDocumentId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The legal document. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a",
           *       "document_type": "DPA",
           *       "company_name": "Hogflix Ltd",
           *       "representative_email": "legal@hogflix.com",
           *       "status": "submitted_for_signature",
           *       "created_by": {
           *         "first_name": "Ada",
           *         "email": "ada@hogflix.com"
           *       },
           *       "created_at": "2026-11-27T10:15:00Z"
           *     }
           */
          "application/json": components["schemas"]["LegalDocumentDTO"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description Missing scope, or the caller is not an admin or owner of the organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
    };
  };
  legal_documents_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Legal document id. A value that is not a UUID is a 404.
         * @example 0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a
         */
        id: components["parameters"]["LegalDocumentId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. No response body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description Missing scope, or the caller is not an admin or owner of the organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
    };
  };
  legal_documents_download_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Legal document id. A value that is not a UUID is a 404.
         * @example 0193a6e1-9f8e-7d6c-b5a4-3f2e1d0c9b8a
         */
        id: components["parameters"]["LegalDocumentId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Redirect to the signed PDF. No response body. */
      302: {
        headers: {
          /**
           * @description Short-lived URL of the signed PDF.
           * @example http://localhost:8000/legal-document-files/0192f0a0-5b1c-7d2e-8f3a-4b5c6d7e8f90/0192f0a1-1b2c-7d3e-8f4a-5b6c7d8e9f0a?expires=1764238860&signature=6234c094d097d1ac283c2288c11fb68ddfdcee7448c8924a51c625f472b95207
           */
          Location: string;
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description Missing scope, or the caller is not an admin or owner of the organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      /** @description No such document, or the caller is not a member of the organization (legal documents answer 404, not 403, to non-members). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      429: components["responses"]["TooManyRequests"];
    };
  };
  members_list: {
    parameters: {
      query?: {
        /**
         * @description Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.
         * @example 100
         */
        limit?: components["parameters"]["Limit"];
        /**
         * @description The initial index from which to return the results.
         * @example 0
         */
        offset?: components["parameters"]["Offset"];
        /**
         * @description Sort order by join time: `-joined_at` (newest first, the default) or `joined_at`. Ignored when `search` is given (results are then ordered by relevance, then first name). Upstream silently falls back to the default on any other value; this API rejects it with 400. Each value names the member field to sort by, `-` first for descending (`x-ordering`).
         * @example -joined_at
         */
        order?: components["parameters"]["MembersOrder"];
        /**
         * @description Find members by first name, last name or email. NUL bytes are stripped and surrounding whitespace trimmed; an empty value means no search. Two tiers: if any member matches *exactly* (case-insensitive substring of any of the three fields) only those are returned, with `search_match_type: exact`; otherwise members matching *similarly* (trigram word-similarity above 0.3) are returned with `search_match_type: similar`. Results are ordered by relevance, then first name. At most 200 characters (400 otherwise). Fields and matching: `x-search`.
         * @example grace
         */
        search?: components["parameters"]["MembersSearch"];
      };
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of members. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 2,
           *       "next": null,
           *       "previous": null,
           *       "results": [
           *         {
           *           "id": "01890e2f-1d3b-7c02-b4c5-d6e7f8a9b0c1",
           *           "user": {
           *             "id": 1077,
           *             "uuid": "01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f",
           *             "distinct_id": "kP2mN8qR4sT6uV0wX3yZ5aB7cD9eF1gH2iJ4kL6mN8o",
           *             "first_name": "Grace",
           *             "last_name": "Hopper",
           *             "email": "grace@hogflix.com",
           *             "is_email_verified": true,
           *             "hedgehog_config": {
           *               "use_as_profile": true,
           *               "color": "blue",
           *               "accessories": [
           *                 "beret"
           *               ]
           *             },
           *             "role_at_organization": "leadership"
           *           },
           *           "level": 8,
           *           "joined_at": "2024-02-14T16:20:00Z",
           *           "updated_at": "2026-11-20T11:00:00Z",
           *           "is_2fa_enabled": false,
           *           "has_social_auth": true,
           *           "last_login": "2026-11-26T17:41:03Z",
           *           "search_match_type": null
           *         },
           *         {
           *           "id": "01890e1d-8c12-7d01-a3b4-c5d6e7f8a9b0",
           *           "user": {
           *             "id": 1042,
           *             "uuid": "01890e1d-8c11-7a42-b7e5-5c0f3d2a9b61",
           *             "distinct_id": "Fq4xR2bTz8nY1mKv6wPj3sLhC9aDeUo7iGtB0cNrV5Z",
           *             "first_name": "Ada",
           *             "last_name": "Lovelace",
           *             "email": "ada@hogflix.com",
           *             "is_email_verified": true,
           *             "hedgehog_config": null,
           *             "role_at_organization": "engineering"
           *           },
           *           "level": 15,
           *           "joined_at": "2023-07-01T08:00:00Z",
           *           "updated_at": "2023-07-01T08:00:00Z",
           *           "is_2fa_enabled": true,
           *           "has_social_auth": false,
           *           "last_login": "2026-11-27T08:12:45Z",
           *           "search_match_type": null
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["PaginatedOrganizationMemberList"];
        };
      };
      /** @description Invalid query parameter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  members_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description The member's user uuid (not the membership id), or `@me` for the API key's own user.
         * @example 01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f
         */
        user__uuid: components["parameters"]["MemberUserUuid"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. No response body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  members_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description The member's user uuid (not the membership id), or `@me` for the API key's own user.
         * @example 01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f
         */
        user__uuid: components["parameters"]["MemberUserUuid"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "level": 1
         *     }
         */
        "application/json": components["schemas"]["PatchedOrganizationMember"];
        "application/x-www-form-urlencoded": components["schemas"]["PatchedOrganizationMember"];
      };
    };
    responses: {
      /** @description The updated membership. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": "01890e2f-1d3b-7c02-b4c5-d6e7f8a9b0c1",
           *       "user": {
           *         "id": 1077,
           *         "uuid": "01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f",
           *         "distinct_id": "kP2mN8qR4sT6uV0wX3yZ5aB7cD9eF1gH2iJ4kL6mN8o",
           *         "first_name": "Grace",
           *         "last_name": "Hopper",
           *         "email": "grace@hogflix.com",
           *         "is_email_verified": true,
           *         "hedgehog_config": {
           *           "use_as_profile": true,
           *           "color": "blue",
           *           "accessories": [
           *             "beret"
           *           ]
           *         },
           *         "role_at_organization": "leadership"
           *       },
           *       "level": 1,
           *       "joined_at": "2024-02-14T16:20:00Z",
           *       "updated_at": "2026-11-27T10:40:00Z",
           *       "is_2fa_enabled": false,
           *       "has_social_auth": true,
           *       "last_login": "2026-11-26T17:41:03Z",
           *       "search_match_type": null
           *     }
           */
          "application/json": components["schemas"]["OrganizationMember"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  members_github_login_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description The member's user uuid (not the membership id), or `@me` for the API key's own user.
         * @example 01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f
         */
        user__uuid: components["parameters"]["MemberUserUuid"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The GitHub login. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "github_login": "adalovelace"
           *     }
           */
          "application/json": components["schemas"]["OrganizationMemberGithubLogin"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  members_scoped_api_keys_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description The member's user uuid (not the membership id), or `@me` for the API key's own user.
         * @example 01890e2f-1d3a-7b9c-8e4f-2a6b7c8d9e0f
         */
        user__uuid: components["parameters"]["MemberUserUuid"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The member's keys. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "has_keys": true,
           *       "has_keys_active_last_week": true,
           *       "keys": [
           *         {
           *           "name": "CI deploy key",
           *           "last_used_at": "2026-11-26T22:03:17Z"
           *         },
           *         {
           *           "name": "Old laptop",
           *           "last_used_at": null
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["OrganizationMemberScopedApiKeys"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  oauth_applications_list: {
    parameters: {
      query?: {
        /**
         * @description Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.
         * @example 100
         */
        limit?: components["parameters"]["Limit"];
        /**
         * @description The initial index from which to return the results.
         * @example 0
         */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of OAuth applications. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 1,
           *       "next": null,
           *       "previous": null,
           *       "results": [
           *         {
           *           "id": "0192c7d8-3e4f-7a5b-8c6d-9e0f1a2b3c4d",
           *           "name": "Hogflix data sync",
           *           "client_id": "Zq8xK2mV5nB7cR1tY4uP6wE9aS3dF0gH",
           *           "redirect_uris_list": [
           *             "https://sync.hogflix.com/oauth/callback",
           *             "http://localhost:3000/oauth/callback"
           *           ],
           *           "is_verified": false,
           *           "created": "2025-03-10T12:00:00Z",
           *           "updated": "2025-06-02T09:15:00Z"
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["PaginatedOrganizationOAuthApplicationList"];
        };
      };
      /** @description Invalid pagination parameter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  organizations_projects_list: {
    parameters: {
      query?: {
        /**
         * @description Number of results to return per page (default 100). Upstream (Django REST framework `LimitOffsetPagination`) has no maximum; this API caps `limit` at 1000 and answers 400 above it.
         * @example 100
         */
        limit?: components["parameters"]["Limit"];
        /**
         * @description The initial index from which to return the results.
         * @example 0
         */
        offset?: components["parameters"]["Offset"];
        /**
         * @description Only projects whose name contains this text (case-insensitive, `x-search`). At most 200 characters (upstream sets no limit; this API answers 400 above it).
         * @example web
         */
        search?: components["parameters"]["ProjectsSearch"];
      };
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of projects. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "count": 2,
           *       "next": null,
           *       "previous": null,
           *       "results": [
           *         {
           *           "id": 2,
           *           "uuid": "01890e1e-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
           *           "organization": "01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f",
           *           "project_id": 2,
           *           "api_token": "phc_Wq3Ym8Zr2Kx5Nv7Bt9Lp4Hs6Jd1Fg0Ac3Ek5Gm7Pn9",
           *           "name": "Hogflix web",
           *           "completed_snippet_onboarding": true,
           *           "has_completed_onboarding_for": {
           *             "product_analytics": true,
           *             "session_replay": true
           *           },
           *           "ingested_event": true,
           *           "is_demo": false,
           *           "timezone": "Europe/London",
           *           "access_control": false,
           *           "tags": [
           *             "production",
           *             "web"
           *           ]
           *         },
           *         {
           *           "id": 5,
           *           "uuid": "0191b2c3-d4e5-7f60-8a1b-2c3d4e5f6a7b",
           *           "organization": "01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f",
           *           "project_id": 5,
           *           "api_token": "phc_Rt5Yu7Io9Pa2Sd4Fg6Hj8Kl1Zx3Cv5Bn7Mq9Wa2Es4",
           *           "name": "Hogflix mobile",
           *           "completed_snippet_onboarding": false,
           *           "has_completed_onboarding_for": null,
           *           "ingested_event": false,
           *           "is_demo": false,
           *           "timezone": "America/New_York",
           *           "access_control": true,
           *           "tags": []
           *         }
           *       ]
           *     }
           */
          "application/json": components["schemas"]["PaginatedProjectBackwardCompatBasicList"];
        };
      };
      /** @description Invalid query parameter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  organizations_projects_create: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "name": "Hogflix staging",
         *       "timezone": "Europe/Berlin",
         *       "week_start_day": 1,
         *       "tags": [
         *         "staging"
         *       ],
         *       "data_attributes": [
         *         "data-attr"
         *       ]
         *     }
         */
        "application/json": components["schemas"]["ProjectBackwardCompatRequest"];
        "application/x-www-form-urlencoded": components["schemas"]["ProjectBackwardCompatRequest"];
      };
    };
    responses: {
      /** @description The project was created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": 7,
           *       "organization": "01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f",
           *       "name": "Hogflix staging",
           *       "product_description": null,
           *       "tags": [
           *         "staging"
           *       ],
           *       "created_at": "2026-11-27T10:30:00Z",
           *       "effective_membership_level": 15,
           *       "has_group_types": false,
           *       "group_types": [],
           *       "live_events_token": null,
           *       "updated_at": "2026-11-27T10:30:00Z",
           *       "uuid": "0193a7f0-5e6d-7c8b-9a0f-1e2d3c4b5a69",
           *       "api_token": "phc_Nb4Vc6Xz8Lk1Jh3Gf5Ds7Aq9Wp2Oe4Iu6Yt8Rm0Qs3",
           *       "app_urls": [],
           *       "anonymize_ips": false,
           *       "completed_snippet_onboarding": false,
           *       "ingested_event": false,
           *       "test_account_filters": [],
           *       "test_account_filters_default_checked": true,
           *       "path_cleaning_filters": null,
           *       "is_demo": false,
           *       "timezone": "Europe/Berlin",
           *       "data_attributes": [
           *         "data-attr"
           *       ],
           *       "person_display_name_properties": null,
           *       "correlation_config": null,
           *       "autocapture_opt_out": false,
           *       "autocapture_exceptions_opt_in": true,
           *       "autocapture_web_vitals_opt_in": true,
           *       "autocapture_web_vitals_allowed_metrics": null,
           *       "autocapture_exceptions_errors_to_ignore": [],
           *       "capture_console_log_opt_in": true,
           *       "capture_performance_opt_in": true,
           *       "session_recording_opt_in": false,
           *       "session_recording_sample_rate": null,
           *       "session_recording_minimum_duration_milliseconds": null,
           *       "session_recording_linked_flag": null,
           *       "session_recording_network_payload_capture_config": null,
           *       "session_recording_masking_config": null,
           *       "session_recording_url_trigger_config": [],
           *       "session_recording_url_blocklist_config": [],
           *       "session_recording_event_trigger_config": [],
           *       "session_recording_trigger_match_type_config": null,
           *       "session_recording_trigger_groups": null,
           *       "session_recording_retention_period": "30d",
           *       "session_replay_config": null,
           *       "survey_config": null,
           *       "access_control": false,
           *       "week_start_day": 1,
           *       "primary_dashboard": null,
           *       "live_events_columns": null,
           *       "recording_domains": null,
           *       "person_on_events_querying_enabled": true,
           *       "inject_web_apps": false,
           *       "extra_settings": null,
           *       "modifiers": null,
           *       "default_modifiers": {
           *         "personsOnEventsMode": "person_id_override_properties_on_events"
           *       },
           *       "has_completed_onboarding_for": null,
           *       "surveys_opt_in": null,
           *       "heatmaps_opt_in": null,
           *       "product_intents": [],
           *       "flags_persistence_default": false,
           *       "secret_api_token": null,
           *       "secret_api_token_backup": null,
           *       "heatmaps_screenshot_secret": null,
           *       "receive_org_level_activity_logs": false,
           *       "business_model": null,
           *       "conversations_enabled": null,
           *       "conversations_settings": null,
           *       "logs_settings": null,
           *       "proactive_tasks_enabled": null,
           *       "available_setup_task_ids": [
           *         "ingest_first_event",
           *         "set_up_reverse_proxy"
           *       ],
           *       "is_pending_deletion": false,
           *       "deletion_scheduled_at": null,
           *       "project_id": 7,
           *       "user_access_level": "admin",
           *       "managed_viewsets": {
           *         "revenue_analytics": false
           *       },
           *       "revenue_analytics_config": {
           *         "base_currency": "USD",
           *         "events": [],
           *         "goals": [],
           *         "filter_test_accounts": false
           *       },
           *       "marketing_analytics_config": {
           *         "sources_map": {},
           *         "conversion_goals": [],
           *         "attribution_window_days": 30,
           *         "attribution_mode": "last_touch",
           *         "filter_test_accounts": false,
           *         "campaign_name_mappings": {},
           *         "custom_source_mappings": {},
           *         "campaign_field_preferences": {}
           *       },
           *       "customer_analytics_config": {
           *         "activity_event": null,
           *         "signup_pageview_event": null,
           *         "signup_event": null,
           *         "subscription_event": null,
           *         "payment_event": null,
           *         "account_group_type_index": 0
           *       },
           *       "workflows_config": {
           *         "capture_workflows_engagement_events": true,
           *         "email_tracking_consent_mode": "off",
           *         "workflow_task_rate_limit_per_day": null,
           *         "workflow_task_team_rate_limit_per_day": null
           *       },
           *       "feature_flag_policy_config": {
           *         "require_tags": false
           *       },
           *       "base_currency": "USD",
           *       "capture_dead_clicks": null,
           *       "cookieless_server_hash_mode": 0,
           *       "human_friendly_comparison_periods": false,
           *       "feature_flag_confirmation_enabled": false,
           *       "feature_flag_confirmation_message": null,
           *       "default_evaluation_contexts_enabled": false,
           *       "require_evaluation_contexts": false,
           *       "default_data_theme": null,
           *       "onboarding_tasks": null,
           *       "web_analytics_pre_aggregated_tables_enabled": null
           *     }
           */
          "application/json": components["schemas"]["ProjectBackwardCompat"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  organizations_projects_retrieve: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Project id, or `@current` for the API key's user's current project.
         * @example 2
         */
        id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": 2,
           *       "organization": "01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f",
           *       "name": "Hogflix web",
           *       "product_description": "Video streaming site for hedgehog documentaries.",
           *       "tags": [
           *         "production",
           *         "web"
           *       ],
           *       "created_at": "2023-07-01T08:00:05Z",
           *       "effective_membership_level": 15,
           *       "has_group_types": true,
           *       "group_types": [
           *         {
           *           "group_type": "company",
           *           "group_type_index": 0,
           *           "name_singular": "company",
           *           "name_plural": "companies"
           *         }
           *       ],
           *       "live_events_token": null,
           *       "updated_at": "2026-11-27T10:20:00Z",
           *       "uuid": "01890e1e-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
           *       "api_token": "phc_Wq3Ym8Zr2Kx5Nv7Bt9Lp4Hs6Jd1Fg0Ac3Ek5Gm7Pn9",
           *       "app_urls": [
           *         "https://hogflix.com",
           *         "https://www.hogflix.com"
           *       ],
           *       "anonymize_ips": false,
           *       "completed_snippet_onboarding": true,
           *       "ingested_event": true,
           *       "test_account_filters": [
           *         {
           *           "key": "email",
           *           "value": "@hogflix.com",
           *           "operator": "not_icontains",
           *           "type": "person"
           *         }
           *       ],
           *       "test_account_filters_default_checked": true,
           *       "path_cleaning_filters": [
           *         {
           *           "alias": "<id>",
           *           "regex": "\\/\\d+"
           *         }
           *       ],
           *       "is_demo": false,
           *       "timezone": "Europe/London",
           *       "data_attributes": [
           *         "data-attr"
           *       ],
           *       "person_display_name_properties": [
           *         "email",
           *         "name",
           *         "username"
           *       ],
           *       "correlation_config": {},
           *       "autocapture_opt_out": false,
           *       "autocapture_exceptions_opt_in": true,
           *       "autocapture_web_vitals_opt_in": true,
           *       "autocapture_web_vitals_allowed_metrics": [
           *         "LCP",
           *         "CLS",
           *         "INP"
           *       ],
           *       "autocapture_exceptions_errors_to_ignore": [],
           *       "capture_console_log_opt_in": true,
           *       "capture_performance_opt_in": true,
           *       "session_recording_opt_in": true,
           *       "session_recording_sample_rate": "0.50",
           *       "session_recording_minimum_duration_milliseconds": 2000,
           *       "session_recording_linked_flag": null,
           *       "session_recording_network_payload_capture_config": {
           *         "recordHeaders": false,
           *         "recordBody": false
           *       },
           *       "session_recording_masking_config": {
           *         "maskAllInputs": true
           *       },
           *       "session_recording_url_trigger_config": [],
           *       "session_recording_url_blocklist_config": [
           *         {
           *           "url": "/admin",
           *           "matching": "regex"
           *         }
           *       ],
           *       "session_recording_event_trigger_config": [
           *         "checkout_started"
           *       ],
           *       "session_recording_trigger_match_type_config": "any",
           *       "session_recording_trigger_groups": null,
           *       "session_recording_retention_period": "90d",
           *       "session_replay_config": {
           *         "record_canvas": false
           *       },
           *       "survey_config": null,
           *       "access_control": false,
           *       "week_start_day": 1,
           *       "primary_dashboard": 31,
           *       "live_events_columns": null,
           *       "recording_domains": [
           *         "https://hogflix.com"
           *       ],
           *       "person_on_events_querying_enabled": true,
           *       "inject_web_apps": false,
           *       "extra_settings": null,
           *       "modifiers": null,
           *       "default_modifiers": {
           *         "personsOnEventsMode": "person_id_override_properties_on_events"
           *       },
           *       "has_completed_onboarding_for": {
           *         "product_analytics": true,
           *         "session_replay": true
           *       },
           *       "surveys_opt_in": null,
           *       "heatmaps_opt_in": true,
           *       "product_intents": [
           *         {
           *           "product_type": "session_replay",
           *           "created_at": "2023-07-01T08:10:00Z",
           *           "onboarding_completed_at": "2023-07-01T08:40:00Z",
           *           "updated_at": "2023-07-01T08:40:00Z"
           *         }
           *       ],
           *       "flags_persistence_default": false,
           *       "secret_api_token": null,
           *       "secret_api_token_backup": null,
           *       "heatmaps_screenshot_secret": null,
           *       "receive_org_level_activity_logs": false,
           *       "business_model": "b2c",
           *       "conversations_enabled": null,
           *       "conversations_settings": null,
           *       "logs_settings": null,
           *       "proactive_tasks_enabled": null,
           *       "available_setup_task_ids": [
           *         "ingest_first_event",
           *         "create_first_insight",
           *         "setup_session_recordings"
           *       ],
           *       "is_pending_deletion": false,
           *       "deletion_scheduled_at": null,
           *       "project_id": 2,
           *       "user_access_level": "admin",
           *       "managed_viewsets": {
           *         "revenue_analytics": false
           *       },
           *       "revenue_analytics_config": {
           *         "base_currency": "GBP",
           *         "events": [],
           *         "goals": [],
           *         "filter_test_accounts": true
           *       },
           *       "marketing_analytics_config": {
           *         "sources_map": {},
           *         "conversion_goals": [],
           *         "attribution_window_days": 30,
           *         "attribution_mode": "last_touch",
           *         "filter_test_accounts": false,
           *         "campaign_name_mappings": {},
           *         "custom_source_mappings": {},
           *         "campaign_field_preferences": {}
           *       },
           *       "customer_analytics_config": {
           *         "activity_event": null,
           *         "signup_pageview_event": null,
           *         "signup_event": null,
           *         "subscription_event": null,
           *         "payment_event": null,
           *         "account_group_type_index": 0
           *       },
           *       "workflows_config": {
           *         "capture_workflows_engagement_events": true,
           *         "email_tracking_consent_mode": "off",
           *         "workflow_task_rate_limit_per_day": null,
           *         "workflow_task_team_rate_limit_per_day": null
           *       },
           *       "feature_flag_policy_config": {
           *         "require_tags": false
           *       },
           *       "base_currency": "GBP",
           *       "capture_dead_clicks": true,
           *       "cookieless_server_hash_mode": 0,
           *       "human_friendly_comparison_periods": false,
           *       "feature_flag_confirmation_enabled": false,
           *       "feature_flag_confirmation_message": null,
           *       "default_evaluation_contexts_enabled": false,
           *       "require_evaluation_contexts": false,
           *       "default_data_theme": null,
           *       "onboarding_tasks": null,
           *       "web_analytics_pre_aggregated_tables_enabled": null
           *     }
           */
          "application/json": components["schemas"]["ProjectBackwardCompat"];
        };
      };
      400: components["responses"]["BadRequest"];
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  organizations_projects_destroy: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Project id, or `@current` for the API key's user's current project.
         * @example 2
         */
        id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted. No response body. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      429: components["responses"]["TooManyRequests"];
    };
  };
  organizations_projects_partial_update: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /**
         * @description Organization id (UUID), or `@current` for the organization the API key's user currently has selected. Every id below it belongs to this organization (`x-tenant`); another organization's id used here is 404.
         * @example 01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f
         */
        organization_id: components["parameters"]["OrganizationId"];
        /**
         * @description Project id, or `@current` for the API key's user's current project.
         * @example 2
         */
        id: components["parameters"]["ProjectId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        /**
         * @example {
         *       "name": "Hogflix website",
         *       "session_recording_sample_rate": "0.25"
         *     }
         */
        "application/json": components["schemas"]["PatchedProjectBackwardCompat"];
        "application/x-www-form-urlencoded": components["schemas"]["PatchedProjectBackwardCompat"];
      };
    };
    responses: {
      /** @description The updated project. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "id": 2,
           *       "organization": "01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f",
           *       "name": "Hogflix website",
           *       "product_description": "Video streaming site for hedgehog documentaries.",
           *       "tags": [
           *         "production",
           *         "web"
           *       ],
           *       "created_at": "2023-07-01T08:00:05Z",
           *       "effective_membership_level": 15,
           *       "has_group_types": true,
           *       "group_types": [
           *         {
           *           "group_type": "company",
           *           "group_type_index": 0,
           *           "name_singular": "company",
           *           "name_plural": "companies"
           *         }
           *       ],
           *       "live_events_token": null,
           *       "updated_at": "2026-11-27T10:45:00Z",
           *       "uuid": "01890e1e-0a1b-7c2d-8e3f-4a5b6c7d8e9f",
           *       "api_token": "phc_Wq3Ym8Zr2Kx5Nv7Bt9Lp4Hs6Jd1Fg0Ac3Ek5Gm7Pn9",
           *       "app_urls": [
           *         "https://hogflix.com",
           *         "https://www.hogflix.com"
           *       ],
           *       "anonymize_ips": false,
           *       "completed_snippet_onboarding": true,
           *       "ingested_event": true,
           *       "test_account_filters": [
           *         {
           *           "key": "email",
           *           "value": "@hogflix.com",
           *           "operator": "not_icontains",
           *           "type": "person"
           *         }
           *       ],
           *       "test_account_filters_default_checked": true,
           *       "path_cleaning_filters": [
           *         {
           *           "alias": "<id>",
           *           "regex": "\\/\\d+"
           *         }
           *       ],
           *       "is_demo": false,
           *       "timezone": "Europe/London",
           *       "data_attributes": [
           *         "data-attr"
           *       ],
           *       "person_display_name_properties": [
           *         "email",
           *         "name",
           *         "username"
           *       ],
           *       "correlation_config": {},
           *       "autocapture_opt_out": false,
           *       "autocapture_exceptions_opt_in": true,
           *       "autocapture_web_vitals_opt_in": true,
           *       "autocapture_web_vitals_allowed_metrics": [
           *         "LCP",
           *         "CLS",
           *         "INP"
           *       ],
           *       "autocapture_exceptions_errors_to_ignore": [],
           *       "capture_console_log_opt_in": true,
           *       "capture_performance_opt_in": true,
           *       "session_recording_opt_in": true,
           *       "session_recording_sample_rate": "0.25",
           *       "session_recording_minimum_duration_milliseconds": 2000,
           *       "session_recording_linked_flag": null,
           *       "session_recording_network_payload_capture_config": {
           *         "recordHeaders": false,
           *         "recordBody": false
           *       },
           *       "session_recording_masking_config": {
           *         "maskAllInputs": true
           *       },
           *       "session_recording_url_trigger_config": [],
           *       "session_recording_url_blocklist_config": [
           *         {
           *           "url": "/admin",
           *           "matching": "regex"
           *         }
           *       ],
           *       "session_recording_event_trigger_config": [
           *         "checkout_started"
           *       ],
           *       "session_recording_trigger_match_type_config": "any",
           *       "session_recording_trigger_groups": null,
           *       "session_recording_retention_period": "90d",
           *       "session_replay_config": {
           *         "record_canvas": false
           *       },
           *       "survey_config": null,
           *       "access_control": false,
           *       "week_start_day": 1,
           *       "primary_dashboard": 31,
           *       "live_events_columns": null,
           *       "recording_domains": [
           *         "https://hogflix.com"
           *       ],
           *       "person_on_events_querying_enabled": true,
           *       "inject_web_apps": false,
           *       "extra_settings": null,
           *       "modifiers": null,
           *       "default_modifiers": {
           *         "personsOnEventsMode": "person_id_override_properties_on_events"
           *       },
           *       "has_completed_onboarding_for": {
           *         "product_analytics": true,
           *         "session_replay": true
           *       },
           *       "surveys_opt_in": null,
           *       "heatmaps_opt_in": true,
           *       "product_intents": [
           *         {
           *           "product_type": "session_replay",
           *           "created_at": "2023-07-01T08:10:00Z",
           *           "onboarding_completed_at": "2023-07-01T08:40:00Z",
           *           "updated_at": "2023-07-01T08:40:00Z"
           *         }
           *       ],
           *       "flags_persistence_default": false,
           *       "secret_api_token": null,
           *       "secret_api_token_backup": null,
           *       "heatmaps_screenshot_secret": null,
           *       "receive_org_level_activity_logs": false,
           *       "business_model": "b2c",
           *       "conversations_enabled": null,
           *       "conversations_settings": null,
           *       "logs_settings": null,
           *       "proactive_tasks_enabled": null,
           *       "available_setup_task_ids": [
           *         "ingest_first_event",
           *         "create_first_insight",
           *         "setup_session_recordings"
           *       ],
           *       "is_pending_deletion": false,
           *       "deletion_scheduled_at": null,
           *       "project_id": 2,
           *       "user_access_level": "admin",
           *       "managed_viewsets": {
           *         "revenue_analytics": false
           *       },
           *       "revenue_analytics_config": {
           *         "base_currency": "GBP",
           *         "events": [],
           *         "goals": [],
           *         "filter_test_accounts": true
           *       },
           *       "marketing_analytics_config": {
           *         "sources_map": {},
           *         "conversion_goals": [],
           *         "attribution_window_days": 30,
           *         "attribution_mode": "last_touch",
           *         "filter_test_accounts": false,
           *         "campaign_name_mappings": {},
           *         "custom_source_mappings": {},
           *         "campaign_field_preferences": {}
           *       },
           *       "customer_analytics_config": {
           *         "activity_event": null,
           *         "signup_pageview_event": null,
           *         "signup_event": null,
           *         "subscription_event": null,
           *         "payment_event": null,
           *         "account_group_type_index": 0
           *       },
           *       "workflows_config": {
           *         "capture_workflows_engagement_events": true,
           *         "email_tracking_consent_mode": "off",
           *         "workflow_task_rate_limit_per_day": null,
           *         "workflow_task_team_rate_limit_per_day": null
           *       },
           *       "feature_flag_policy_config": {
           *         "require_tags": false
           *       },
           *       "base_currency": "GBP",
           *       "capture_dead_clicks": true,
           *       "cookieless_server_hash_mode": 0,
           *       "human_friendly_comparison_periods": false,
           *       "feature_flag_confirmation_enabled": false,
           *       "feature_flag_confirmation_message": null,
           *       "default_evaluation_contexts_enabled": false,
           *       "require_evaluation_contexts": false,
           *       "default_data_theme": null,
           *       "onboarding_tasks": null,
           *       "web_analytics_pre_aggregated_tables_enabled": null
           *     }
           */
          "application/json": components["schemas"]["ProjectBackwardCompat"];
        };
      };
      /** @description Invalid input. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      401: components["responses"]["Unauthorized"];
      /** @description The API key lacks the scope, or the caller may not do this in this organization. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ErrorResponse"];
        };
      };
      404: components["responses"]["NotFound"];
      413: components["responses"]["PayloadTooLarge"];
      415: components["responses"]["UnsupportedMediaType"];
      429: components["responses"]["TooManyRequests"];
    };
  };
}
