// generated from openapi/organizations.yaml by @org-api/codegen — do not edit
import { z } from '@hono/zod-openapi';

export const ErrorResponse = z.object({
  type: z.enum(['validation_error', 'authentication_error', 'invalid_request', 'throttled_error', 'server_error']).openapi({ description: '* `validation_error` - 400, invalid input\n* `authentication_error` - 401 and 403 (missing or bad credentials, missing scope, insufficient level)\n* `invalid_request` - 404, 405, 413, 415 and unparseable bodies\n* `throttled_error` - 429\n* `server_error` - 5xx' }),
  code: z.enum(['required', 'null', 'blank', 'invalid_input', 'invalid_choice', 'max_length', 'min_length', 'max_value', 'min_value', 'max_digits', 'max_decimal_places', 'max_whole_digits', 'not_a_list', 'not_a_dict', 'empty', 'unique', 'does_not_exist', 'incorrect_type', 'parse_error', 'authentication_failed', 'not_authenticated', 'permission_denied', 'not_found', 'method_not_allowed', 'not_acceptable', 'unsupported_media_type', 'request_too_large', 'throttled', 'null_characters_not_allowed', 'surrogate_characters_not_allowed', 'disallowed_host', 'error']).openapi({ description: 'Error code. Field validation codes are Django REST framework\'s (`invalid` is renamed `invalid_input`, as upstream; `null_characters_not_allowed` for a NUL character in text and `surrogate_characters_not_allowed` for a lone UTF-16 surrogate, as upstream\'s text fields); `request_too_large` is this API\'s code for 413; `disallowed_host` is this API\'s 400 for a `Host` outside the server\'s allowed hosts (upstream\'s Django answers such a request with an HTML 400 page); `error` is the generic server error.' }),
  detail: z.string().openapi({ description: 'Human-readable message.' }),
  attr: z.string().nullable().openapi({ description: 'Offending field, or null.' }),
}).openapi({ description: 'The one error body of this API, as upstream (drf-exceptions-hog): the first error only. `type` classifies the failure, `code` is machine-readable, `detail` is the human message and `attr` names the offending field (nested fields joined with `__`) or is null for non-field errors.' }).openapi('ErrorResponse');
export type ErrorResponse = z.output<typeof ErrorResponse>;

export const RoleAtOrganizationEnum = z.enum(['engineering', 'data', 'product', 'founder', 'leadership', 'marketing', 'sales', 'student', 'other']).openapi({ description: 'The user\'s self-declared role.\n\n* `engineering` - Engineering\n* `data` - Data\n* `product` - Product Management\n* `founder` - Founder\n* `leadership` - Leadership\n* `marketing` - Marketing\n* `sales` - Sales / Success\n* `student` - Student\n* `other` - Other', example: 'engineering' }).openapi('RoleAtOrganizationEnum');
export type RoleAtOrganizationEnum = z.output<typeof RoleAtOrganizationEnum>;

export const BlankEnum = z.enum(['']).openapi({ description: 'The empty string: upstream lets some choice fields be blank as well as null.' }).openapi('BlankEnum');
export type BlankEnum = z.output<typeof BlankEnum>;

export const UserBasic = z.object({
  id: z.int('A valid integer is required.').openapi({ format: 'int64', description: 'Numeric user id.', readOnly: true }),
  uuid: z.guid().openapi({ description: 'Public user id.', readOnly: true }),
  distinct_id: z.string().max(200).nullable().openapi({ description: 'The user\'s own analytics distinct id.' }).optional(),
  first_name: z.string().max(150).optional(),
  last_name: z.string().max(150).optional(),
  email: z.email().max(254),
  is_email_verified: z.boolean().nullable().optional(),
  hedgehog_config: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'Avatar settings. Upstream only exposes the keys `use_as_profile`, `color`, `accessories` (and, in newer versions, `skin`); their values are free-form JSON here.', readOnly: true }),
  role_at_organization: z.union([RoleAtOrganizationEnum, BlankEnum, z.null()]).openapi({ description: 'The user\'s self-declared role; blank or null when not given.' }).optional(),
}).openapi({ description: 'A user as nested in other resources (inviter, member). Every field is read-only there.' }).openapi('UserBasic');
export type UserBasic = z.output<typeof UserBasic>;

export const OrganizationMembershipLevelEnum = z.enum({ _1: 1, _8: 8, _15: 15 }).openapi({ description: 'Organization membership level.\n\n* `1` - member\n* `8` - administrator (admin)\n* `15` - owner', example: 1 }).openapi('OrganizationMembershipLevelEnum');
export type OrganizationMembershipLevelEnum = z.output<typeof OrganizationMembershipLevelEnum>;

export const PrivateProjectAccessLevelEnum = z.enum(['none', 'member', 'admin']).openapi({ description: 'Access-control level granted on a private project.\n\n* `none` - no access\n* `member` - member access\n* `admin` - admin access', example: 'member' }).openapi('PrivateProjectAccessLevelEnum');
export type PrivateProjectAccessLevelEnum = z.output<typeof PrivateProjectAccessLevelEnum>;

export const PrivateProjectAccess = z.object({
  id: z.int('A valid integer is required.').openapi({ format: 'int64', description: 'Project id (in this organization).' }),
  level: PrivateProjectAccessLevelEnum,
}).openapi({ description: 'Access to one private project granted by an invite.' }).openapi('PrivateProjectAccess');
export type PrivateProjectAccess = z.output<typeof PrivateProjectAccess>;

export const OrganizationInvite = z.object({
  id: z.guid().openapi({ readOnly: true }),
  target_email: z.email().max(254).openapi({ description: 'Address to invite. The domain part is lower-cased on input; the local part is kept.' }),
  first_name: z.string().max(30).openapi({ description: 'First name of the invitee, used in the invite email.' }).default(''),
  emailing_attempt_made: z.boolean().openapi({ description: 'True when email sending is configured and `send_email` was true, so an invite email was attempted.', readOnly: true }),
  level: OrganizationMembershipLevelEnum.openapi({ description: 'Membership level granted on acceptance. Cannot exceed the inviter\'s own level.', default: 1 }).default(1),
  is_expired: z.boolean().openapi({ description: 'True when the invite is older than 3 days (`INVITE_DAYS_VALIDITY`).', readOnly: true }),
  created_by: z.union([UserBasic, z.null()]).openapi({ description: 'The inviter; null when the inviting user has since been deleted (upstream\'s schema says non-null, its database column is nullable).', readOnly: true }),
  created_at: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
  updated_at: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
  message: z.string().max(1000).nullable().openapi({ description: 'Optional personal message for the invite email. At most 1000 characters, as upstream\'s delegation `message`; upstream\'s invite `message` has no limit (a deviation).' }).optional(),
  private_project_access: z.array(PrivateProjectAccess).max(100).nullable().openapi({ description: 'Private projects the invitee gets access to on acceptance (at most 100; upstream sets no limit): a list of `{id, level}` with `level` one of `none`, `member`, `admin` (newest upstream; older versions used the integers 1 and 8). Every `id` must be a project of this organization; an inviter who is not an organization admin cannot grant a level above their own on that project. Null when none was given (stored as null, returned as null).' }).optional(),
}).openapi({ description: 'An invitation for an email address to join the organization. Invites expire 3 days after creation (`is_expired`); re-inviting the same address replaces every earlier invite for it.' }).openapi('OrganizationInvite');
export type OrganizationInvite = z.output<typeof OrganizationInvite>;

export const OrganizationInviteRequest = OrganizationInvite.omit({ id: true, emailing_attempt_made: true, is_expired: true, created_by: true, created_at: true, updated_at: true }).extend({
  send_email: z.boolean().openapi({ description: 'Send the invite email (when email sending is configured).', writeOnly: true }).default(true),
  combine_pending_invites: z.boolean().openapi({ description: 'Merge with the pending (not expired) invites for the same address: the new invite gets the highest level among them and the union of their private project access (highest level per project). Earlier invites for the address are deleted either way.', writeOnly: true }).default(false),
}).openapi({ description: 'An invitation for an email address to join the organization. Invites expire 3 days after creation (`is_expired`); re-inviting the same address replaces every earlier invite for it.' }).openapi('OrganizationInviteRequest');
export type OrganizationInviteRequest = z.output<typeof OrganizationInviteRequest>;

export const PaginatedOrganizationInviteList = z.object({
  count: z.int('A valid integer is required.').min(0).openapi({ description: 'Total number of results across all pages.' }),
  next: z.url().nullable().openapi({ description: 'Absolute URL of the next page (same query, `offset` advanced); null on the last page.' }),
  previous: z.url().nullable().openapi({ description: 'Absolute URL of the previous page; null on the first page.' }),
  results: z.array(OrganizationInvite),
}).openapi({ description: 'One page of invites (limit/offset pagination).' }).openapi('PaginatedOrganizationInviteList');
export type PaginatedOrganizationInviteList = z.output<typeof PaginatedOrganizationInviteList>;

export const OrganizationInviteDelegate = z.object({
  target_email: z.email().max(254).openapi({ description: 'Email of the teammate who should complete setup on the inviter\'s behalf. Receives a delegation invite granting admin-level membership on accept.' }),
  message: z.string().max(1000).openapi({ description: 'Optional personal message included in the delegation email (up to 1000 characters).' }).optional(),
  step_at_delegation: z.string().max(64).openapi({ description: 'Onboarding step key the delegator was on when delegating, for analytics only.' }).optional(),
}).openapi({ description: 'Request body of `invites/delegate/`: hand the organization\'s setup to a teammate.' }).openapi('OrganizationInviteDelegate');
export type OrganizationInviteDelegate = z.output<typeof OrganizationInviteDelegate>;

export const SearchMatchTypeEnum = z.enum(['exact', 'similar']).openapi({ description: 'How a member matched the `search` query parameter.\n\n* `exact` - case-insensitive substring match on first name, last name or email\n* `similar` - fuzzy (trigram word-similarity above 0.3) match, returned only when no member matches exactly', example: 'exact' }).openapi('SearchMatchTypeEnum');
export type SearchMatchTypeEnum = z.output<typeof SearchMatchTypeEnum>;

export const OrganizationMember = z.object({
  id: z.guid().openapi({ description: 'Membership id (not the user id; paths use the user\'s uuid).', readOnly: true }),
  user: UserBasic.openapi({ readOnly: true }),
  level: OrganizationMembershipLevelEnum.openapi({ description: 'The only writable field. See the rules on `PATCH members/{user__uuid}/`.' }).optional(),
  joined_at: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
  updated_at: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
  is_2fa_enabled: z.boolean().openapi({ description: 'True when the user has a confirmed TOTP device, or passkeys for 2FA enabled with at least one verified passkey.', readOnly: true }),
  has_social_auth: z.boolean().openapi({ description: 'True when the user has signed in with a social (OAuth) provider.', readOnly: true }),
  last_login: z.iso.datetime({ offset: true }).nullable().openapi({ description: 'Last login time; null for a user who never logged in (upstream\'s schema says non-null, its column is nullable).', readOnly: true }),
  search_match_type: z.union([SearchMatchTypeEnum, z.null()]).openapi({ description: 'How this row matched the `search` query parameter: `exact` (case-insensitive substring) or `similar` (fuzzy trigram, only when no exact match exists). Null when not filtered by `search`.', readOnly: true }),
}).openapi({ description: 'A user\'s membership of the organization.' }).openapi('OrganizationMember');
export type OrganizationMember = z.output<typeof OrganizationMember>;

export const PatchedOrganizationMember = z.object({
  level: OrganizationMembershipLevelEnum.openapi({ description: 'The only writable field. See the rules on `PATCH members/{user__uuid}/`.' }).optional(),
}).openapi({ description: 'Partial `OrganizationMember` for PATCH: every field optional; only `level` is writable, the read-only fields are ignored when sent.' }).openapi('PatchedOrganizationMember');
export type PatchedOrganizationMember = z.output<typeof PatchedOrganizationMember>;

export const PaginatedOrganizationMemberList = z.object({
  count: z.int('A valid integer is required.').min(0).openapi({ description: 'Total number of results across all pages.' }),
  next: z.url().nullable().openapi({ description: 'Absolute URL of the next page (same query, `offset` advanced); null on the last page.' }),
  previous: z.url().nullable().openapi({ description: 'Absolute URL of the previous page; null on the first page.' }),
  results: z.array(OrganizationMember),
}).openapi({ description: 'One page of members (limit/offset pagination).' }).openapi('PaginatedOrganizationMemberList');
export type PaginatedOrganizationMemberList = z.output<typeof PaginatedOrganizationMemberList>;

export const OrganizationMemberGithubLogin = z.object({
  github_login: z.string().nullable().openapi({ description: 'The member\'s GitHub username (login), resolved from their linked GitHub integration or OAuth identity. Null when the member has no GitHub identity linked.' }),
}).openapi('OrganizationMemberGithubLogin');
export type OrganizationMemberGithubLogin = z.output<typeof OrganizationMemberGithubLogin>;

export const OrganizationMemberScopedApiKey = z.object({
  name: z.string().openapi({ description: 'The key\'s label.' }),
  last_used_at: z.iso.datetime({ offset: true }).nullable().openapi({ description: 'When the key last authenticated a request; null if never.' }),
}).openapi({ description: 'One personal API key of a member, without its secret value.' }).openapi('OrganizationMemberScopedApiKey');
export type OrganizationMemberScopedApiKey = z.output<typeof OrganizationMemberScopedApiKey>;

export const OrganizationMemberScopedApiKeys = z.object({
  has_keys: z.boolean().openapi({ description: 'True when `keys` is not empty.' }),
  has_keys_active_last_week: z.boolean().openapi({ description: 'True when at least one of the keys was used in the last 7 days.' }),
  keys: z.array(OrganizationMemberScopedApiKey),
}).openapi({ description: 'The member\'s personal API keys that can reach this organization: keys scoped to it, to one of its projects, or not scoped at all. This is what upstream really returns (its generated schema wrongly says `OrganizationMember`).' }).openapi('OrganizationMemberScopedApiKeys');
export type OrganizationMemberScopedApiKeys = z.output<typeof OrganizationMemberScopedApiKeys>;

export const OrganizationOAuthApplication = z.object({
  id: z.guid().openapi({ readOnly: true }),
  name: z.string().max(255).optional(),
  client_id: z.string().max(2048).openapi({ description: 'OAuth client id (max 2048 in newest upstream; older versions said 100).' }).optional(),
  redirect_uris_list: z.array(z.string()).openapi({ description: 'Allowed redirect URIs (upstream stores them space-separated).', readOnly: true }),
  is_verified: z.boolean().openapi({ description: 'True if this application has been verified by PostHog.' }).optional(),
  created: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
  updated: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
}).openapi({ description: 'An OAuth application owned by the organization (read-only listing).' }).openapi('OrganizationOAuthApplication');
export type OrganizationOAuthApplication = z.output<typeof OrganizationOAuthApplication>;

export const PaginatedOrganizationOAuthApplicationList = z.object({
  count: z.int('A valid integer is required.').min(0).openapi({ description: 'Total number of results across all pages.' }),
  next: z.url().nullable().openapi({ description: 'Absolute URL of the next page (same query, `offset` advanced); null on the last page.' }),
  previous: z.url().nullable().openapi({ description: 'Absolute URL of the previous page; null on the first page.' }),
  results: z.array(OrganizationOAuthApplication),
}).openapi({ description: 'One page of OAuth applications (limit/offset pagination).' }).openapi('PaginatedOrganizationOAuthApplicationList');
export type PaginatedOrganizationOAuthApplicationList = z.output<typeof PaginatedOrganizationOAuthApplicationList>;

export const EffectiveMembershipLevelEnum = z.enum({ _1: 1, _8: 8, _15: 15 }).openapi({ description: 'The requesting user\'s effective level for a project: the organization level, raised by project access control where that grants more.\n\n* `1` - member\n* `8` - administrator (admin)\n* `15` - owner', example: 8 }).openapi('EffectiveMembershipLevelEnum');
export type EffectiveMembershipLevelEnum = z.output<typeof EffectiveMembershipLevelEnum>;

export const TimezoneEnum = z.enum(['Africa/Abidjan', 'Africa/Accra', 'Africa/Addis_Ababa', 'Africa/Algiers', 'Africa/Asmara', 'Africa/Asmera', 'Africa/Bamako', 'Africa/Bangui', 'Africa/Banjul', 'Africa/Bissau', 'Africa/Blantyre', 'Africa/Brazzaville', 'Africa/Bujumbura', 'Africa/Cairo', 'Africa/Casablanca', 'Africa/Ceuta', 'Africa/Conakry', 'Africa/Dakar', 'Africa/Dar_es_Salaam', 'Africa/Djibouti', 'Africa/Douala', 'Africa/El_Aaiun', 'Africa/Freetown', 'Africa/Gaborone', 'Africa/Harare', 'Africa/Johannesburg', 'Africa/Juba', 'Africa/Kampala', 'Africa/Khartoum', 'Africa/Kigali', 'Africa/Kinshasa', 'Africa/Lagos', 'Africa/Libreville', 'Africa/Lome', 'Africa/Luanda', 'Africa/Lubumbashi', 'Africa/Lusaka', 'Africa/Malabo', 'Africa/Maputo', 'Africa/Maseru', 'Africa/Mbabane', 'Africa/Mogadishu', 'Africa/Monrovia', 'Africa/Nairobi', 'Africa/Ndjamena', 'Africa/Niamey', 'Africa/Nouakchott', 'Africa/Ouagadougou', 'Africa/Porto-Novo', 'Africa/Sao_Tome', 'Africa/Timbuktu', 'Africa/Tripoli', 'Africa/Tunis', 'Africa/Windhoek', 'America/Adak', 'America/Anchorage', 'America/Anguilla', 'America/Antigua', 'America/Araguaina', 'America/Argentina/Buenos_Aires', 'America/Argentina/Catamarca', 'America/Argentina/ComodRivadavia', 'America/Argentina/Cordoba', 'America/Argentina/Jujuy', 'America/Argentina/La_Rioja', 'America/Argentina/Mendoza', 'America/Argentina/Rio_Gallegos', 'America/Argentina/Salta', 'America/Argentina/San_Juan', 'America/Argentina/San_Luis', 'America/Argentina/Tucuman', 'America/Argentina/Ushuaia', 'America/Aruba', 'America/Asuncion', 'America/Atikokan', 'America/Atka', 'America/Bahia', 'America/Bahia_Banderas', 'America/Barbados', 'America/Belem', 'America/Belize', 'America/Blanc-Sablon', 'America/Boa_Vista', 'America/Bogota', 'America/Boise', 'America/Buenos_Aires', 'America/Cambridge_Bay', 'America/Campo_Grande', 'America/Cancun', 'America/Caracas', 'America/Catamarca', 'America/Cayenne', 'America/Cayman', 'America/Chicago', 'America/Chihuahua', 'America/Ciudad_Juarez', 'America/Coral_Harbour', 'America/Cordoba', 'America/Costa_Rica', 'America/Creston', 'America/Cuiaba', 'America/Curacao', 'America/Danmarkshavn', 'America/Dawson', 'America/Dawson_Creek', 'America/Denver', 'America/Detroit', 'America/Dominica', 'America/Edmonton', 'America/Eirunepe', 'America/El_Salvador', 'America/Ensenada', 'America/Fort_Nelson', 'America/Fort_Wayne', 'America/Fortaleza', 'America/Glace_Bay', 'America/Godthab', 'America/Goose_Bay', 'America/Grand_Turk', 'America/Grenada', 'America/Guadeloupe', 'America/Guatemala', 'America/Guayaquil', 'America/Guyana', 'America/Halifax', 'America/Havana', 'America/Hermosillo', 'America/Indiana/Indianapolis', 'America/Indiana/Knox', 'America/Indiana/Marengo', 'America/Indiana/Petersburg', 'America/Indiana/Tell_City', 'America/Indiana/Vevay', 'America/Indiana/Vincennes', 'America/Indiana/Winamac', 'America/Indianapolis', 'America/Inuvik', 'America/Iqaluit', 'America/Jamaica', 'America/Jujuy', 'America/Juneau', 'America/Kentucky/Louisville', 'America/Kentucky/Monticello', 'America/Knox_IN', 'America/Kralendijk', 'America/La_Paz', 'America/Lima', 'America/Los_Angeles', 'America/Louisville', 'America/Lower_Princes', 'America/Maceio', 'America/Managua', 'America/Manaus', 'America/Marigot', 'America/Martinique', 'America/Matamoros', 'America/Mazatlan', 'America/Mendoza', 'America/Menominee', 'America/Merida', 'America/Metlakatla', 'America/Mexico_City', 'America/Miquelon', 'America/Moncton', 'America/Monterrey', 'America/Montevideo', 'America/Montreal', 'America/Montserrat', 'America/Nassau', 'America/New_York', 'America/Nipigon', 'America/Nome', 'America/Noronha', 'America/North_Dakota/Beulah', 'America/North_Dakota/Center', 'America/North_Dakota/New_Salem', 'America/Nuuk', 'America/Ojinaga', 'America/Panama', 'America/Pangnirtung', 'America/Paramaribo', 'America/Phoenix', 'America/Port-au-Prince', 'America/Port_of_Spain', 'America/Porto_Acre', 'America/Porto_Velho', 'America/Puerto_Rico', 'America/Punta_Arenas', 'America/Rainy_River', 'America/Rankin_Inlet', 'America/Recife', 'America/Regina', 'America/Resolute', 'America/Rio_Branco', 'America/Rosario', 'America/Santa_Isabel', 'America/Santarem', 'America/Santiago', 'America/Santo_Domingo', 'America/Sao_Paulo', 'America/Scoresbysund', 'America/Shiprock', 'America/Sitka', 'America/St_Barthelemy', 'America/St_Johns', 'America/St_Kitts', 'America/St_Lucia', 'America/St_Thomas', 'America/St_Vincent', 'America/Swift_Current', 'America/Tegucigalpa', 'America/Thule', 'America/Thunder_Bay', 'America/Tijuana', 'America/Toronto', 'America/Tortola', 'America/Vancouver', 'America/Virgin', 'America/Whitehorse', 'America/Winnipeg', 'America/Yakutat', 'America/Yellowknife', 'Antarctica/Casey', 'Antarctica/Davis', 'Antarctica/DumontDUrville', 'Antarctica/Macquarie', 'Antarctica/Mawson', 'Antarctica/McMurdo', 'Antarctica/Palmer', 'Antarctica/Rothera', 'Antarctica/South_Pole', 'Antarctica/Syowa', 'Antarctica/Troll', 'Antarctica/Vostok', 'Arctic/Longyearbyen', 'Asia/Aden', 'Asia/Almaty', 'Asia/Amman', 'Asia/Anadyr', 'Asia/Aqtau', 'Asia/Aqtobe', 'Asia/Ashgabat', 'Asia/Ashkhabad', 'Asia/Atyrau', 'Asia/Baghdad', 'Asia/Bahrain', 'Asia/Baku', 'Asia/Bangkok', 'Asia/Barnaul', 'Asia/Beirut', 'Asia/Bishkek', 'Asia/Brunei', 'Asia/Calcutta', 'Asia/Chita', 'Asia/Choibalsan', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Colombo', 'Asia/Dacca', 'Asia/Damascus', 'Asia/Dhaka', 'Asia/Dili', 'Asia/Dubai', 'Asia/Dushanbe', 'Asia/Famagusta', 'Asia/Gaza', 'Asia/Harbin', 'Asia/Hebron', 'Asia/Ho_Chi_Minh', 'Asia/Hong_Kong', 'Asia/Hovd', 'Asia/Irkutsk', 'Asia/Istanbul', 'Asia/Jakarta', 'Asia/Jayapura', 'Asia/Jerusalem', 'Asia/Kabul', 'Asia/Kamchatka', 'Asia/Karachi', 'Asia/Kashgar', 'Asia/Kathmandu', 'Asia/Katmandu', 'Asia/Khandyga', 'Asia/Kolkata', 'Asia/Krasnoyarsk', 'Asia/Kuala_Lumpur', 'Asia/Kuching', 'Asia/Kuwait', 'Asia/Macao', 'Asia/Macau', 'Asia/Magadan', 'Asia/Makassar', 'Asia/Manila', 'Asia/Muscat', 'Asia/Nicosia', 'Asia/Novokuznetsk', 'Asia/Novosibirsk', 'Asia/Omsk', 'Asia/Oral', 'Asia/Phnom_Penh', 'Asia/Pontianak', 'Asia/Pyongyang', 'Asia/Qatar', 'Asia/Qostanay', 'Asia/Qyzylorda', 'Asia/Rangoon', 'Asia/Riyadh', 'Asia/Saigon', 'Asia/Sakhalin', 'Asia/Samarkand', 'Asia/Seoul', 'Asia/Shanghai', 'Asia/Singapore', 'Asia/Srednekolymsk', 'Asia/Taipei', 'Asia/Tashkent', 'Asia/Tbilisi', 'Asia/Tehran', 'Asia/Tel_Aviv', 'Asia/Thimbu', 'Asia/Thimphu', 'Asia/Tokyo', 'Asia/Tomsk', 'Asia/Ujung_Pandang', 'Asia/Ulaanbaatar', 'Asia/Ulan_Bator', 'Asia/Urumqi', 'Asia/Ust-Nera', 'Asia/Vientiane', 'Asia/Vladivostok', 'Asia/Yakutsk', 'Asia/Yangon', 'Asia/Yekaterinburg', 'Asia/Yerevan', 'Atlantic/Azores', 'Atlantic/Bermuda', 'Atlantic/Canary', 'Atlantic/Cape_Verde', 'Atlantic/Faeroe', 'Atlantic/Faroe', 'Atlantic/Jan_Mayen', 'Atlantic/Madeira', 'Atlantic/Reykjavik', 'Atlantic/South_Georgia', 'Atlantic/St_Helena', 'Atlantic/Stanley', 'Australia/ACT', 'Australia/Adelaide', 'Australia/Brisbane', 'Australia/Broken_Hill', 'Australia/Canberra', 'Australia/Currie', 'Australia/Darwin', 'Australia/Eucla', 'Australia/Hobart', 'Australia/LHI', 'Australia/Lindeman', 'Australia/Lord_Howe', 'Australia/Melbourne', 'Australia/NSW', 'Australia/North', 'Australia/Perth', 'Australia/Queensland', 'Australia/South', 'Australia/Sydney', 'Australia/Tasmania', 'Australia/Victoria', 'Australia/West', 'Australia/Yancowinna', 'Brazil/Acre', 'Brazil/DeNoronha', 'Brazil/East', 'Brazil/West', 'CET', 'CST6CDT', 'Canada/Atlantic', 'Canada/Central', 'Canada/Eastern', 'Canada/Mountain', 'Canada/Newfoundland', 'Canada/Pacific', 'Canada/Saskatchewan', 'Canada/Yukon', 'Chile/Continental', 'Chile/EasterIsland', 'Cuba', 'EET', 'EST', 'EST5EDT', 'Egypt', 'Eire', 'Etc/GMT', 'Etc/GMT+0', 'Etc/GMT+1', 'Etc/GMT+10', 'Etc/GMT+11', 'Etc/GMT+12', 'Etc/GMT+2', 'Etc/GMT+3', 'Etc/GMT+4', 'Etc/GMT+5', 'Etc/GMT+6', 'Etc/GMT+7', 'Etc/GMT+8', 'Etc/GMT+9', 'Etc/GMT-0', 'Etc/GMT-1', 'Etc/GMT-10', 'Etc/GMT-11', 'Etc/GMT-12', 'Etc/GMT-13', 'Etc/GMT-14', 'Etc/GMT-2', 'Etc/GMT-3', 'Etc/GMT-4', 'Etc/GMT-5', 'Etc/GMT-6', 'Etc/GMT-7', 'Etc/GMT-8', 'Etc/GMT-9', 'Etc/GMT0', 'Etc/Greenwich', 'Etc/UCT', 'Etc/UTC', 'Etc/Universal', 'Etc/Zulu', 'Europe/Amsterdam', 'Europe/Andorra', 'Europe/Astrakhan', 'Europe/Athens', 'Europe/Belfast', 'Europe/Belgrade', 'Europe/Berlin', 'Europe/Bratislava', 'Europe/Brussels', 'Europe/Bucharest', 'Europe/Budapest', 'Europe/Busingen', 'Europe/Chisinau', 'Europe/Copenhagen', 'Europe/Dublin', 'Europe/Gibraltar', 'Europe/Guernsey', 'Europe/Helsinki', 'Europe/Isle_of_Man', 'Europe/Istanbul', 'Europe/Jersey', 'Europe/Kaliningrad', 'Europe/Kiev', 'Europe/Kirov', 'Europe/Kyiv', 'Europe/Lisbon', 'Europe/Ljubljana', 'Europe/London', 'Europe/Luxembourg', 'Europe/Madrid', 'Europe/Malta', 'Europe/Mariehamn', 'Europe/Minsk', 'Europe/Monaco', 'Europe/Moscow', 'Europe/Nicosia', 'Europe/Oslo', 'Europe/Paris', 'Europe/Podgorica', 'Europe/Prague', 'Europe/Riga', 'Europe/Rome', 'Europe/Samara', 'Europe/San_Marino', 'Europe/Sarajevo', 'Europe/Saratov', 'Europe/Simferopol', 'Europe/Skopje', 'Europe/Sofia', 'Europe/Stockholm', 'Europe/Tallinn', 'Europe/Tirane', 'Europe/Tiraspol', 'Europe/Ulyanovsk', 'Europe/Uzhgorod', 'Europe/Vaduz', 'Europe/Vatican', 'Europe/Vienna', 'Europe/Vilnius', 'Europe/Volgograd', 'Europe/Warsaw', 'Europe/Zagreb', 'Europe/Zaporozhye', 'Europe/Zurich', 'GB', 'GB-Eire', 'GMT', 'GMT+0', 'GMT-0', 'GMT0', 'Greenwich', 'HST', 'Hongkong', 'Iceland', 'Indian/Antananarivo', 'Indian/Chagos', 'Indian/Christmas', 'Indian/Cocos', 'Indian/Comoro', 'Indian/Kerguelen', 'Indian/Mahe', 'Indian/Maldives', 'Indian/Mauritius', 'Indian/Mayotte', 'Indian/Reunion', 'Iran', 'Israel', 'Jamaica', 'Japan', 'Kwajalein', 'Libya', 'MET', 'MST', 'MST7MDT', 'Mexico/BajaNorte', 'Mexico/BajaSur', 'Mexico/General', 'NZ', 'NZ-CHAT', 'Navajo', 'PRC', 'PST8PDT', 'Pacific/Apia', 'Pacific/Auckland', 'Pacific/Bougainville', 'Pacific/Chatham', 'Pacific/Chuuk', 'Pacific/Easter', 'Pacific/Efate', 'Pacific/Enderbury', 'Pacific/Fakaofo', 'Pacific/Fiji', 'Pacific/Funafuti', 'Pacific/Galapagos', 'Pacific/Gambier', 'Pacific/Guadalcanal', 'Pacific/Guam', 'Pacific/Honolulu', 'Pacific/Johnston', 'Pacific/Kanton', 'Pacific/Kiritimati', 'Pacific/Kosrae', 'Pacific/Kwajalein', 'Pacific/Majuro', 'Pacific/Marquesas', 'Pacific/Midway', 'Pacific/Nauru', 'Pacific/Niue', 'Pacific/Norfolk', 'Pacific/Noumea', 'Pacific/Pago_Pago', 'Pacific/Palau', 'Pacific/Pitcairn', 'Pacific/Pohnpei', 'Pacific/Ponape', 'Pacific/Port_Moresby', 'Pacific/Rarotonga', 'Pacific/Saipan', 'Pacific/Samoa', 'Pacific/Tahiti', 'Pacific/Tarawa', 'Pacific/Tongatapu', 'Pacific/Truk', 'Pacific/Wake', 'Pacific/Wallis', 'Pacific/Yap', 'Poland', 'Portugal', 'ROC', 'ROK', 'Singapore', 'Turkey', 'UCT', 'US/Alaska', 'US/Aleutian', 'US/Arizona', 'US/Central', 'US/East-Indiana', 'US/Eastern', 'US/Hawaii', 'US/Indiana-Starke', 'US/Michigan', 'US/Mountain', 'US/Pacific', 'US/Samoa', 'UTC', 'Universal', 'W-SU', 'WET', 'Zulu']).openapi({ description: 'IANA time zone name. The list equals pytz `all_timezones` as shipped upstream (596 names, including legacy aliases such as `US/Pacific` and `Etc/GMT+5`).', example: 'Europe/Berlin' }).openapi('TimezoneEnum');
export type TimezoneEnum = z.output<typeof TimezoneEnum>;

export const SessionRecordingRetentionPeriodEnum = z.enum(['30d', '90d', '1y', '5y']).openapi({ description: 'Retention period of new session recordings.\n\n* `30d` - 30 Days\n* `90d` - 90 Days\n* `1y` - 1 Year\n* `5y` - 5 Years', example: '30d' }).openapi('SessionRecordingRetentionPeriodEnum');
export type SessionRecordingRetentionPeriodEnum = z.output<typeof SessionRecordingRetentionPeriodEnum>;

export const WeekStartDayEnum = z.enum({ _0: 0, _1: 1 }).openapi({ description: 'First day of the week.\n\n* `0` - Sunday\n* `1` - Monday', example: 1 }).openapi('WeekStartDayEnum');
export type WeekStartDayEnum = z.output<typeof WeekStartDayEnum>;

export const ProjectProductIntent = z.object({
  product_type: z.string().openapi({ description: 'Product key, e.g. `product_analytics`.' }).optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  onboarding_completed_at: z.iso.datetime({ offset: true }).nullable().optional(),
  updated_at: z.iso.datetime({ offset: true }).optional(),
}).openapi({ description: 'A product the team intends to use.' }).openapi('ProjectProductIntent');
export type ProjectProductIntent = z.output<typeof ProjectProductIntent>;

export const BusinessModelEnum = z.enum(['b2b', 'b2c', 'other']).openapi({ description: 'Whom the project sells to.\n\n* `b2b` - B2B\n* `b2c` - B2C\n* `other` - Other', example: 'b2b' }).openapi('BusinessModelEnum');
export type BusinessModelEnum = z.output<typeof BusinessModelEnum>;

export const AvailableSetupTaskIdsEnum = z.enum(['ingest_first_event', 'set_up_reverse_proxy', 'create_first_insight', 'create_first_dashboard', 'track_custom_events', 'define_actions', 'set_up_cohorts', 'explore_trends_insight', 'create_funnel', 'explore_retention_insight', 'explore_paths_insight', 'explore_stickiness_insight', 'explore_lifecycle_insight', 'add_authorized_domain', 'set_up_web_vitals', 'review_web_analytics_dashboard', 'filter_web_analytics', 'set_up_web_analytics_conversion_goals', 'visit_web_vitals_dashboard', 'setup_session_recordings', 'watch_session_recording', 'configure_recording_settings', 'create_recording_playlist', 'enable_console_logs', 'create_feature_flag', 'implement_flag_in_code', 'update_feature_flag_release_conditions', 'create_multivariate_flag', 'set_up_flag_payloads', 'set_up_flag_evaluation_runtimes', 'create_experiment', 'implement_experiment_variants', 'launch_experiment', 'review_experiment_results', 'create_survey', 'launch_survey', 'collect_survey_responses', 'connect_source', 'run_first_query', 'join_external_data', 'create_saved_view', 'enable_error_tracking', 'upload_source_maps', 'view_first_error', 'resolve_first_error', 'ingest_first_llm_event', 'view_first_trace', 'track_costs', 'set_up_llm_evaluation', 'run_ai_playground', 'enable_log_capture', 'view_first_logs', 'create_first_workflow', 'set_up_first_workflow_channel', 'configure_workflow_trigger', 'add_workflow_action', 'launch_workflow', 'create_first_endpoint', 'configure_endpoint', 'test_endpoint', 'create_early_access_feature', 'update_feature_stage', 'use_posthog_ai', 'use_posthog_code', 'use_posthog_mcp', 'use_posthog_in_slack']).openapi({ description: 'Identifier of an onboarding setup task offered for the project.', example: 'ingest_first_event' }).openapi('AvailableSetupTaskIdsEnum');
export type AvailableSetupTaskIdsEnum = z.output<typeof AvailableSetupTaskIdsEnum>;

export const BaseCurrencyEnum = z.enum(['AED', 'AFN', 'ALL', 'AMD', 'ANG', 'AOA', 'ARS', 'AUD', 'AWG', 'AZN', 'BAM', 'BBD', 'BDT', 'BGN', 'BHD', 'BIF', 'BMD', 'BND', 'BOB', 'BRL', 'BSD', 'BTC', 'BTN', 'BWP', 'BYN', 'BZD', 'CAD', 'CDF', 'CHF', 'CLP', 'CNY', 'COP', 'CRC', 'CVE', 'CZK', 'DJF', 'DKK', 'DOP', 'DZD', 'EGP', 'ERN', 'ETB', 'EUR', 'FJD', 'GBP', 'GEL', 'GHS', 'GIP', 'GMD', 'GNF', 'GTQ', 'GYD', 'HKD', 'HNL', 'HRK', 'HTG', 'HUF', 'IDR', 'ILS', 'INR', 'IQD', 'IRR', 'ISK', 'JMD', 'JOD', 'JPY', 'KES', 'KGS', 'KHR', 'KMF', 'KRW', 'KWD', 'KYD', 'KZT', 'LAK', 'LBP', 'LKR', 'LRD', 'LTL', 'LVL', 'LSL', 'LYD', 'MAD', 'MDL', 'MGA', 'MKD', 'MMK', 'MNT', 'MOP', 'MRU', 'MTL', 'MUR', 'MVR', 'MWK', 'MXN', 'MYR', 'MZN', 'NAD', 'NGN', 'NIO', 'NOK', 'NPR', 'NZD', 'OMR', 'PAB', 'PEN', 'PGK', 'PHP', 'PKR', 'PLN', 'PYG', 'QAR', 'RON', 'RSD', 'RUB', 'RWF', 'SAR', 'SBD', 'SCR', 'SDG', 'SEK', 'SGD', 'SRD', 'SSP', 'STN', 'SYP', 'SZL', 'THB', 'TJS', 'TMT', 'TND', 'TOP', 'TRY', 'TTD', 'TWD', 'TZS', 'UAH', 'UGX', 'USD', 'UYU', 'UZS', 'VES', 'VND', 'VUV', 'WST', 'XAF', 'XCD', 'XOF', 'XPF', 'YER', 'ZAR', 'ZMW']).openapi({ description: 'ISO 4217 currency code (152 codes as upstream, including `BTC` and the legacy `HRK`, `LTL`, `LVL` and `MTL`).', example: 'USD' }).openapi('BaseCurrencyEnum');
export type BaseCurrencyEnum = z.output<typeof BaseCurrencyEnum>;

export const TeamRevenueAnalyticsConfig = z.object({
  base_currency: BaseCurrencyEnum.openapi({ description: 'Currency revenue is reported in.' }).optional(),
  events: z.array(z.record(z.string(), z.unknown())).max(100).openapi({ description: 'Revenue events and how to read their amount (free-form objects). At most 100 (upstream sets no limit).' }).optional(),
  goals: z.array(z.record(z.string(), z.unknown())).max(100).openapi({ description: 'Revenue goals (free-form objects). Shown on the public docs page; newer upstream schemas no longer list it. At most 100 (upstream sets no limit).' }).optional(),
  filter_test_accounts: z.boolean().openapi({ description: 'Exclude test accounts from revenue.' }).optional(),
}).openapi({ description: 'Revenue analytics settings. Named keys as on the public docs page; deeper definitions are free-form JSON objects here (upstream types them in more detail). The whole object takes at most 16 KiB of JSON (see the size rule in `info`).' }).openapi('TeamRevenueAnalyticsConfig');
export type TeamRevenueAnalyticsConfig = z.output<typeof TeamRevenueAnalyticsConfig>;

export const AttributionModeEnum = z.enum(['first_touch', 'last_touch', 'linear', 'time_decay', 'position_based']).openapi({ description: 'How marketing-analytics credit is split across touchpoints.\n\n* `first_touch` - First Touch\n* `last_touch` - Last Touch\n* `linear` - Linear\n* `time_decay` - Time Decay\n* `position_based` - Position Based', example: 'last_touch' }).openapi('AttributionModeEnum');
export type AttributionModeEnum = z.output<typeof AttributionModeEnum>;

export const TeamMarketingAnalyticsConfig = z.object({
  sources_map: z.record(z.string(), z.record(z.string(), z.unknown())).openapi({ description: 'Column mapping per external data source, keyed by source id.' }).optional(),
  conversion_goals: z.array(z.record(z.string(), z.unknown())).max(100).openapi({ description: 'Conversion goals in display order; replaces the whole list on write. At most 100 (upstream sets no limit).' }).optional(),
  attribution_window_days: z.int('A valid integer is required.').min(1).max(90).openapi({ description: 'How many days back a touchpoint can be credited (1-90).' }).optional(),
  attribution_mode: AttributionModeEnum.optional(),
  filter_test_accounts: z.boolean().openapi({ description: 'Drop traffic matching test-account filters.' }).optional(),
  campaign_name_mappings: z.record(z.string(), z.record(z.string(), z.unknown())).openapi({ description: 'Manual campaign name aliases, keyed by integration type.' }).optional(),
  custom_source_mappings: z.record(z.string(), z.array(z.string().max(400)).max(100)).openapi({ description: 'Custom UTM sources folded into an integration, keyed by integration type (at most 100 sources of at most 400 characters per type; upstream sets no limit).' }).optional(),
  campaign_field_preferences: z.record(z.string(), z.record(z.string(), z.unknown())).openapi({ description: 'Field campaigns are matched on, per integration type.' }).optional(),
}).openapi({ description: 'Marketing analytics settings. Named keys as on the public docs page; deeper definitions are free-form JSON objects here (upstream types them in more detail). The whole object takes at most 16 KiB of JSON (see the size rule in `info`).' }).openapi('TeamMarketingAnalyticsConfig');
export type TeamMarketingAnalyticsConfig = z.output<typeof TeamMarketingAnalyticsConfig>;

export const TeamCustomerAnalyticsConfig = z.object({
  activity_event: z.unknown().openapi({ description: 'Event used as the activity signal (DAU/WAU/MAU). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  signup_pageview_event: z.unknown().openapi({ description: 'Event used to count signup pageviews on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  signup_event: z.unknown().openapi({ description: 'Event used to count signups on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  subscription_event: z.unknown().openapi({ description: 'Event used to count subscriptions on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  payment_event: z.unknown().openapi({ description: 'Event used to count payments on dashboards. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  account_group_type_index: z.int('A valid integer is required.').min(0).nullable().openapi({ description: 'Index of the group type to treat as an Account in customer analytics. Must reference an existing group type configured for the project.' }).optional(),
}).openapi({ description: 'Customer analytics settings. Named keys as on the public docs page; deeper definitions are free-form JSON objects here (upstream types them in more detail). The whole object takes at most 16 KiB of JSON (see the size rule in `info`).' }).openapi('TeamCustomerAnalyticsConfig');
export type TeamCustomerAnalyticsConfig = z.output<typeof TeamCustomerAnalyticsConfig>;

export const EmailTrackingConsentModeEnum = z.enum(['off', 'opt_out', 'opt_in']).openapi({ description: 'Recipient-consent enforcement for open/click tracking in marketing workflow emails.\n\n* `off` - Off\n* `opt_out` - Opt Out\n* `opt_in` - Opt In', example: 'off' }).openapi('EmailTrackingConsentModeEnum');
export type EmailTrackingConsentModeEnum = z.output<typeof EmailTrackingConsentModeEnum>;

export const TeamWorkflowsConfig = z.object({
  capture_workflows_engagement_events: z.boolean().openapi({ description: 'When enabled, workflows engagement activity (sends, opens, clicks, bounces, ...) is captured as standard PostHog events ($workflows_email_*).' }).optional(),
  email_tracking_consent_mode: EmailTrackingConsentModeEnum.optional(),
  workflow_task_rate_limit_per_day: z.int('A valid integer is required.').min(0).nullable().openapi({ description: 'How many AI tasks one workflow can create in a rolling 24 hours. Null uses the default of 100; zero pauses task creation for every workflow in the project.' }).optional(),
  workflow_task_team_rate_limit_per_day: z.int('A valid integer is required.').min(0).nullable().openapi({ description: 'How many AI tasks all workflows in the project can create together in a rolling 24 hours. Null uses the default of 500; zero pauses task creation for the project.' }).optional(),
}).openapi({ description: 'Workflows settings.' }).openapi('TeamWorkflowsConfig');
export type TeamWorkflowsConfig = z.output<typeof TeamWorkflowsConfig>;

export const TeamFeatureFlagPolicyConfig = z.object({
  require_tags: z.boolean().openapi({ description: 'When enabled, a new feature flag needs at least one tag, and a tagged flag cannot lose its last one (survey/experiment/etc. creates exempt).' }).optional(),
}).openapi({ description: 'Feature flag policy settings.' }).openapi('TeamFeatureFlagPolicyConfig');
export type TeamFeatureFlagPolicyConfig = z.output<typeof TeamFeatureFlagPolicyConfig>;

export const CookielessServerHashModeEnum = z.enum({ _0: 0, _1: 1, _2: 2 }).openapi({ description: 'Cookieless tracking mode.\n\n* `0` - Disabled\n* `1` - Stateless\n* `2` - Stateful', example: 0 }).openapi('CookielessServerHashModeEnum');
export type CookielessServerHashModeEnum = z.output<typeof CookielessServerHashModeEnum>;

export const ProjectBackwardCompat = z.object({
  id: z.int('A valid integer is required.').openapi({ format: 'int64', description: 'Project id (equal to `project_id`).', readOnly: true }),
  organization: z.guid().openapi({ description: 'Id of the owning organization.', readOnly: true }),
  name: z.string().min(1).max(200).openapi({ description: 'Project name. Names need not be unique (as upstream). If omitted on creation, the server picks `Default project`, or `Default project N` with the smallest N ≥ 2 not already taken in the organization (case-insensitive, pending deletions included).' }).optional(),
  product_description: z.string().max(1000).nullable().openapi({ description: 'Short description of what the project is about. This is helpful to give our AI agents context about your project.' }).optional(),
  tags: z.array(z.string().max(255)).max(50).openapi({ description: 'Labels applied to this project. Names are trimmed and lowercased, and sending this field replaces the project\'s existing tags. At most 50 tags (upstream sets no limit; larger is refused with 400).' }).optional(),
  created_at: z.iso.datetime({ offset: true }).openapi({ readOnly: true }),
  effective_membership_level: z.union([EffectiveMembershipLevelEnum, z.null()]).openapi({ description: 'The requesting user\'s effective level in this project; null when they have none.', readOnly: true }),
  has_group_types: z.boolean().openapi({ description: 'True when the project has at least one group type.', readOnly: true }),
  group_types: z.array(z.record(z.string(), z.unknown())).openapi({ description: 'Group types of the project (free-form objects here).', readOnly: true }),
  live_events_token: z.string().nullable().openapi({ description: 'Short-lived JWT for the live events stream; null when unavailable.', readOnly: true }),
  updated_at: z.iso.datetime({ offset: true }).nullable().openapi({ readOnly: true }),
  uuid: z.guid().openapi({ readOnly: true }),
  api_token: z.string().openapi({ description: 'Public project token (`phc_…`) used by SDKs to send events.', readOnly: true }),
  app_urls: z.array(z.string().max(200).nullable()).max(100).openapi({ description: 'URLs of the apps that send events to this project (nulls and empty strings are dropped). At most 100 (upstream sets no limit; larger is refused with 400).' }).optional(),
  anonymize_ips: z.boolean().openapi({ description: 'When true, PostHog drops the IP address from every ingested event.' }).optional(),
  completed_snippet_onboarding: z.boolean().openapi({ description: 'True once the snippet-installation onboarding step is done.' }).optional(),
  ingested_event: z.boolean().openapi({ description: 'True once the project has received its first event.', readOnly: true }),
  test_account_filters: z.unknown().openapi({ description: 'Filter groups that identify internal/test traffic to be excluded from insights. Upstream sends a list of property filters. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  test_account_filters_default_checked: z.boolean().nullable().openapi({ description: 'When true, new insights default to excluding internal/test users.' }).optional(),
  path_cleaning_filters: z.unknown().openapi({ description: 'Regex rewrite rules that collapse dynamic path segments (e.g. user IDs) before displaying URLs in paths. A list of `{alias, regex}` objects, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  is_demo: z.boolean().openapi({ description: 'True for a demo project filled with generated data (one per organization).' }).optional(),
  timezone: TimezoneEnum.openapi({ description: 'IANA timezone used for date-based filters and reporting (e.g. `America/Los_Angeles`).', default: 'UTC' }).default('UTC'),
  data_attributes: z.unknown().openapi({ description: 'Element attributes that posthog-js should capture as action identifiers (e.g. `[\'data-attr\']`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  person_display_name_properties: z.array(z.string().max(400)).max(100).nullable().openapi({ description: 'Ordered list of person properties used to render a human-friendly display name in the UI. At most 100 (upstream sets no limit; larger is refused with 400).' }).optional(),
  correlation_config: z.unknown().openapi({ description: 'Correlation analysis settings. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  autocapture_opt_out: z.boolean().nullable().openapi({ description: 'Disables posthog-js autocapture (clicks, page views) when true.' }).optional(),
  autocapture_exceptions_opt_in: z.boolean().nullable().openapi({ description: 'Enables automatic capture of JavaScript exceptions via the SDK.' }).optional(),
  autocapture_web_vitals_opt_in: z.boolean().nullable().openapi({ description: 'Enables automatic capture of Core Web Vitals performance metrics.' }).optional(),
  autocapture_web_vitals_allowed_metrics: z.unknown().openapi({ description: 'Web vitals metrics to capture (e.g. `["LCP", "CLS"]`). Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  autocapture_exceptions_errors_to_ignore: z.unknown().openapi({ description: 'Exception messages or patterns not to capture. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  capture_console_log_opt_in: z.boolean().nullable().openapi({ description: 'Enables capturing browser console logs alongside session replays.' }).optional(),
  capture_performance_opt_in: z.boolean().nullable().openapi({ description: 'Enables capturing performance timing and network requests.' }).optional(),
  session_recording_opt_in: z.boolean().openapi({ description: 'Enables session replay recording for this project.' }).optional(),
  session_recording_sample_rate: z.string().regex(/^(?:0(?:\.\d{1,2})?|1(?:\.0{1,2})?)$/).nullable().openapi({ description: 'Fraction of sessions to record, as a decimal string between `0.00` and `1.00` (e.g. `0.1` = 10%). Upstream\'s generated pattern (`^-?\\d{0,1}(?:\\.\\d{0,2})?$`) also admits strings such as `-3.8` or `9.99` that its server then rejects (0 ≤ rate ≤ 1); this pattern states the accepted values exactly.' }).optional(),
  session_recording_minimum_duration_milliseconds: z.int('A valid integer is required.').min(0).max(30000).nullable().openapi({ description: 'Skip saving sessions shorter than this many milliseconds.' }).optional(),
  session_recording_linked_flag: z.unknown().openapi({ description: 'Feature flag that gates recording (`{id, key, variant}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  session_recording_network_payload_capture_config: z.unknown().openapi({ description: 'Network payload capture settings (`{recordHeaders, recordBody}`), or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  session_recording_masking_config: z.unknown().openapi({ description: 'Masking settings for recordings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  session_recording_url_trigger_config: z.array(z.unknown()).max(100).nullable().openapi({ description: 'URL patterns that start a recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400).' }).optional(),
  session_recording_url_blocklist_config: z.array(z.unknown()).max(100).nullable().openapi({ description: 'URL patterns that pause recording; items are free-form JSON. At most 100 (upstream sets no limit; larger is refused with 400).' }).optional(),
  session_recording_event_trigger_config: z.array(z.string().max(400).nullable()).max(100).nullable().openapi({ description: 'Event names that start a recording. At most 100 names of at most 400 characters (upstream sets no limit; larger is refused with 400).' }).optional(),
  session_recording_trigger_match_type_config: z.string().max(24).nullable().openapi({ description: 'How triggers combine (`all` or `any`).' }).optional(),
  session_recording_trigger_groups: z.unknown().openapi({ description: 'V2 trigger groups configuration for session recording. If present, takes precedence over legacy trigger fields. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  session_recording_retention_period: SessionRecordingRetentionPeriodEnum.openapi({ description: 'How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan).', default: '30d' }).default('30d'),
  session_replay_config: z.unknown().openapi({ description: 'Session replay settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  survey_config: z.unknown().openapi({ description: 'Survey appearance settings, or null; merged shallowly on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  access_control: z.boolean().openapi({ description: 'True when the project is private (access controlled).' }).optional(),
  week_start_day: z.union([WeekStartDayEnum, z.null()]).openapi({ description: 'First day of the week for date range filters. 0 = Sunday, 1 = Monday. When omitted on creation it is derived from the caller\'s country (Monday in Monday-first countries, else Sunday).' }).optional(),
  primary_dashboard: z.int('A valid integer is required.').nullable().openapi({ format: 'int64', description: 'ID of the dashboard shown as the project\'s default landing dashboard.' }).optional(),
  live_events_columns: z.array(z.string().max(400)).max(100).nullable().openapi({ description: 'Columns shown in the live events view. At most 100 columns of at most 400 characters (upstream sets no limit; larger is refused with 400).' }).optional(),
  recording_domains: z.array(z.string().max(200).nullable()).max(100).nullable().openapi({ description: 'Origins permitted to record session replays and heatmaps. Empty list allows all origins. At most 100 (upstream sets no limit; larger is refused with 400).' }).optional(),
  person_on_events_querying_enabled: z.boolean().openapi({ description: 'True when queries read person properties stored on events.', readOnly: true }),
  inject_web_apps: z.boolean().nullable().openapi({ description: 'Enables site apps injected by posthog-js.' }).optional(),
  extra_settings: z.unknown().openapi({ description: 'Miscellaneous settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  modifiers: z.unknown().openapi({ description: 'Query modifiers overriding `default_modifiers`, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  default_modifiers: z.record(z.string(), z.unknown()).openapi({ description: 'Default query modifiers of the instance (free-form object).', readOnly: true }),
  has_completed_onboarding_for: z.unknown().openapi({ description: 'Map of product key to onboarding completion, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  surveys_opt_in: z.boolean().nullable().openapi({ description: 'Enables displaying surveys via posthog-js on allowed origins.' }).optional(),
  heatmaps_opt_in: z.boolean().nullable().openapi({ description: 'Enables heatmap recording on pages that host posthog-js.' }).optional(),
  product_intents: z.array(ProjectProductIntent).openapi({ description: 'Products the team said it intends to use.', readOnly: true }),
  flags_persistence_default: z.boolean().nullable().openapi({ description: 'Default value for the `persist` option on newly created feature flags.' }).optional(),
  secret_api_token: z.string().nullable().openapi({ description: 'Secret project token (`phs_…`); null when none was generated.', readOnly: true }),
  secret_api_token_backup: z.string().nullable().openapi({ description: 'Previous secret token kept valid during rotation; null when none.', readOnly: true }),
  heatmaps_screenshot_secret: z.string().nullable().openapi({ description: 'Value heatmap screenshots send as a cookie so bot protection can allow them. Only project admins can read it; null for everyone else and when none has been generated.', readOnly: true }),
  receive_org_level_activity_logs: z.boolean().nullable().openapi({ description: 'Receive organization-level activity notifications.' }).optional(),
  business_model: z.union([BusinessModelEnum, BlankEnum, z.null()]).openapi({ description: 'Whether this project serves B2B or B2C customers. Used to optimize default UI layouts.' }).optional(),
  conversations_enabled: z.boolean().nullable().openapi({ description: 'Enables the customer conversations / live chat product for this project.' }).optional(),
  conversations_settings: z.unknown().openapi({ description: 'Conversations settings, or null; merged on update. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  logs_settings: z.unknown().openapi({ description: 'Logs product settings, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  proactive_tasks_enabled: z.boolean().nullable().openapi({ description: 'Enables proactive AI tasks.' }).optional(),
  available_setup_task_ids: z.array(AvailableSetupTaskIdsEnum).openapi({ description: 'Onboarding setup tasks offered for this project.', readOnly: true }),
  is_pending_deletion: z.boolean().nullable().openapi({ description: 'Set to True when project deletion has been initiated. Blocks UI access to this project until the async task completes. `DELETE` sets it and returns 204.', readOnly: true }),
  deletion_scheduled_at: z.iso.datetime({ offset: true }).nullable().openapi({ description: 'When the scheduled project deletion will run.', readOnly: true }),
  project_id: z.int('A valid integer is required.').openapi({ format: 'int64', description: 'ID of the project this environment belongs to.', readOnly: true }),
  user_access_level: z.string().nullable().openapi({ description: 'The effective access level the user has for this object (e.g. `none`, `member`, `admin`).', readOnly: true }),
  managed_viewsets: z.record(z.string(), z.boolean()).openapi({ description: 'Map of managed data-warehouse view set kind to whether it is enabled.', readOnly: true }),
  revenue_analytics_config: TeamRevenueAnalyticsConfig.optional(),
  marketing_analytics_config: TeamMarketingAnalyticsConfig.optional(),
  customer_analytics_config: TeamCustomerAnalyticsConfig.optional(),
  workflows_config: TeamWorkflowsConfig.optional(),
  feature_flag_policy_config: TeamFeatureFlagPolicyConfig.optional(),
  base_currency: BaseCurrencyEnum.openapi({ description: 'Currency that revenue is converted to and reported in.', default: 'USD' }).default('USD'),
  capture_dead_clicks: z.boolean().nullable().openapi({ description: 'Enables capturing clicks that had no effect (rage-click detection).' }).optional(),
  cookieless_server_hash_mode: z.union([CookielessServerHashModeEnum, z.null()]).openapi({ description: 'Cookieless tracking mode; null means disabled.' }).optional(),
  human_friendly_comparison_periods: z.boolean().nullable().openapi({ description: 'Compare with calendar-aligned periods in insights.' }).optional(),
  feature_flag_confirmation_enabled: z.boolean().nullable().openapi({ description: 'Ask for confirmation before saving feature flag changes.' }).optional(),
  feature_flag_confirmation_message: z.string().max(1000).nullable().openapi({ description: 'Custom text of that confirmation. At most 1000 characters (upstream sets no limit; larger is refused with 400).' }).optional(),
  default_evaluation_contexts_enabled: z.boolean().nullable().openapi({ description: 'Whether to automatically apply default evaluation contexts to new feature flags' }).optional(),
  require_evaluation_contexts: z.boolean().nullable().openapi({ description: 'Whether to require at least one evaluation context tag when creating new feature flags' }).optional(),
  default_data_theme: z.int('A valid integer is required.').min(-2147483648).max(2147483647).nullable().openapi({ format: 'int32', description: 'Id of the default data colour theme, or null.' }).optional(),
  onboarding_tasks: z.unknown().openapi({ description: 'Onboarding task progress, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).' }).optional(),
  web_analytics_pre_aggregated_tables_enabled: z.boolean().nullable().openapi({ description: 'Use pre-aggregated tables for web analytics.' }).optional(),
}).openapi({ description: 'A project and its settings (upstream `ProjectBackwardCompatSerializer`: a project and its passthrough environment). The same schema is the request body of create, where only the writable fields are read and all of them are optional.' }).openapi('ProjectBackwardCompat');
export type ProjectBackwardCompat = z.output<typeof ProjectBackwardCompat>;

export const ProjectBackwardCompatRequest = ProjectBackwardCompat.omit({ id: true, organization: true, created_at: true, effective_membership_level: true, has_group_types: true, group_types: true, live_events_token: true, updated_at: true, uuid: true, api_token: true, ingested_event: true, person_on_events_querying_enabled: true, default_modifiers: true, product_intents: true, secret_api_token: true, secret_api_token_backup: true, heatmaps_screenshot_secret: true, available_setup_task_ids: true, is_pending_deletion: true, deletion_scheduled_at: true, project_id: true, user_access_level: true, managed_viewsets: true }).openapi({ description: 'A project and its settings (upstream `ProjectBackwardCompatSerializer`: a project and its passthrough environment). The same schema is the request body of create, where only the writable fields are read and all of them are optional.' }).openapi('ProjectBackwardCompatRequest');
export type ProjectBackwardCompatRequest = z.output<typeof ProjectBackwardCompatRequest>;

export const PatchedProjectBackwardCompat = ProjectBackwardCompatRequest.partial().extend({
  timezone: TimezoneEnum.openapi({ description: 'IANA timezone used for date-based filters and reporting (e.g. `America/Los_Angeles`).' }).optional(),
  session_recording_retention_period: SessionRecordingRetentionPeriodEnum.openapi({ description: 'How long to retain new session recordings. One of `30d`, `90d`, `1y`, or `5y` (availability depends on plan).' }).optional(),
  base_currency: BaseCurrencyEnum.openapi({ description: 'Currency that revenue is converted to and reported in.' }).optional(),
}).openapi({ description: 'Partial `ProjectBackwardCompat` for PATCH: every field optional and without defaults; only the fields sent are changed; read-only fields are ignored.' }).openapi('PatchedProjectBackwardCompat');
export type PatchedProjectBackwardCompat = z.output<typeof PatchedProjectBackwardCompat>;

export const ProjectBackwardCompatBasic = z.object({
  id: z.int('A valid integer is required.').openapi({ format: 'int64', readOnly: true }),
  uuid: z.guid().openapi({ readOnly: true }),
  organization: z.guid().openapi({ readOnly: true }),
  project_id: z.int('A valid integer is required.').openapi({ format: 'int64', description: 'ID of the project this environment belongs to.', readOnly: true }),
  api_token: z.string().openapi({ description: 'Public project token (`phc_…`).', readOnly: true }),
  name: z.string().openapi({ readOnly: true }),
  completed_snippet_onboarding: z.boolean().openapi({ readOnly: true }),
  has_completed_onboarding_for: z.unknown().nonoptional().openapi({ description: 'Map of product key to onboarding completion, or null. Free-form JSON value (upstream stores this in a JSON column and does not constrain it further; this API refuses more than 16 KiB of it, a deviation).', readOnly: true }),
  ingested_event: z.boolean().openapi({ readOnly: true }),
  is_demo: z.boolean().openapi({ readOnly: true }),
  timezone: z.string().openapi({ description: 'IANA time zone name.', readOnly: true }),
  access_control: z.boolean().openapi({ readOnly: true }),
  tags: z.array(z.string().max(255)).openapi({ description: 'Labels applied to this project.', readOnly: true }),
}).openapi({ description: 'A project as listed (a subset of `ProjectBackwardCompat`; all read-only).' }).openapi('ProjectBackwardCompatBasic');
export type ProjectBackwardCompatBasic = z.output<typeof ProjectBackwardCompatBasic>;

export const PaginatedProjectBackwardCompatBasicList = z.object({
  count: z.int('A valid integer is required.').min(0).openapi({ description: 'Total number of results across all pages.' }),
  next: z.url().nullable().openapi({ description: 'Absolute URL of the next page (same query, `offset` advanced); null on the last page.' }),
  previous: z.url().nullable().openapi({ description: 'Absolute URL of the previous page; null on the first page.' }),
  results: z.array(ProjectBackwardCompatBasic),
}).openapi({ description: 'One page of projects (limit/offset pagination).' }).openapi('PaginatedProjectBackwardCompatBasicList');
export type PaginatedProjectBackwardCompatBasicList = z.output<typeof PaginatedProjectBackwardCompatBasicList>;

export const DocumentTypeEnum = z.enum(['BAA', 'DPA']).openapi({ description: 'Kind of legal document.\n\n* `BAA` - Business Associate Agreement\n* `DPA` - Data Processing Agreement', example: 'DPA' }).openapi('DocumentTypeEnum');
export type DocumentTypeEnum = z.output<typeof DocumentTypeEnum>;

export const LegalDocumentStatusEnum = z.enum(['submitted_for_signature', 'signed']).openapi({ description: 'Signature state of a legal document.\n\n* `submitted_for_signature` - created and sent to the representative for signature (initial state)\n* `signed` - signed by all parties; the PDF can be downloaded', example: 'submitted_for_signature' }).openapi('LegalDocumentStatusEnum');
export type LegalDocumentStatusEnum = z.output<typeof LegalDocumentStatusEnum>;

export const LegalDocumentCreator = z.object({
  first_name: z.string(),
  email: z.email(),
}).openapi({ description: 'The user who created a legal document.' }).openapi('LegalDocumentCreator');
export type LegalDocumentCreator = z.output<typeof LegalDocumentCreator>;

export const LegalDocumentDTO = z.object({
  id: z.guid(),
  document_type: DocumentTypeEnum,
  company_name: z.string().max(255),
  representative_email: z.email(),
  status: LegalDocumentStatusEnum,
  created_by: z.union([LegalDocumentCreator, z.null()]).openapi({ description: 'Null when the creating user has since been deleted.' }),
  created_at: z.iso.datetime({ offset: true }),
}).openapi({ description: 'A BAA or DPA generated for the organization and sent for signature. Response-only.' }).openapi('LegalDocumentDTO');
export type LegalDocumentDTO = z.output<typeof LegalDocumentDTO>;

export const CreateLegalDocument = z.object({
  document_type: DocumentTypeEnum,
  company_name: z.string().min(1).max(255).openapi({ description: 'The customer legal entity entering the agreement (PandaDoc\'s Client.Company).' }),
  company_address: z.string().min(1).max(512).openapi({ description: 'The customer address (PandaDoc\'s Client.StreetAddress).' }),
  representative_email: z.email().max(254).openapi({ description: 'Email the signature request is sent to (PandaDoc\'s Client.Email).' }),
}).openapi({ description: 'Request body for creating a legal document. An organization can hold one document per type.' }).openapi('CreateLegalDocument');
export type CreateLegalDocument = z.output<typeof CreateLegalDocument>;

export const PaginatedLegalDocumentDTOList = z.object({
  count: z.int('A valid integer is required.').min(0).openapi({ description: 'Total number of results across all pages.' }),
  next: z.url().nullable().openapi({ description: 'Absolute URL of the next page (same query, `offset` advanced); null on the last page.' }),
  previous: z.url().nullable().openapi({ description: 'Absolute URL of the previous page; null on the first page.' }),
  results: z.array(LegalDocumentDTO),
}).openapi({ description: 'One page of legal documents (limit/offset pagination).' }).openapi('PaginatedLegalDocumentDTOList');
export type PaginatedLegalDocumentDTOList = z.output<typeof PaginatedLegalDocumentDTOList>;

/** Every component form and the name it is published under, dependencies first: register these to publish them. */
export const componentSchemas = [
  ['ErrorResponse', ErrorResponse],
  ['RoleAtOrganizationEnum', RoleAtOrganizationEnum],
  ['BlankEnum', BlankEnum],
  ['UserBasic', UserBasic],
  ['OrganizationMembershipLevelEnum', OrganizationMembershipLevelEnum],
  ['PrivateProjectAccessLevelEnum', PrivateProjectAccessLevelEnum],
  ['PrivateProjectAccess', PrivateProjectAccess],
  ['OrganizationInvite', OrganizationInvite],
  ['OrganizationInviteRequest', OrganizationInviteRequest],
  ['PaginatedOrganizationInviteList', PaginatedOrganizationInviteList],
  ['OrganizationInviteDelegate', OrganizationInviteDelegate],
  ['SearchMatchTypeEnum', SearchMatchTypeEnum],
  ['OrganizationMember', OrganizationMember],
  ['PatchedOrganizationMember', PatchedOrganizationMember],
  ['PaginatedOrganizationMemberList', PaginatedOrganizationMemberList],
  ['OrganizationMemberGithubLogin', OrganizationMemberGithubLogin],
  ['OrganizationMemberScopedApiKey', OrganizationMemberScopedApiKey],
  ['OrganizationMemberScopedApiKeys', OrganizationMemberScopedApiKeys],
  ['OrganizationOAuthApplication', OrganizationOAuthApplication],
  ['PaginatedOrganizationOAuthApplicationList', PaginatedOrganizationOAuthApplicationList],
  ['EffectiveMembershipLevelEnum', EffectiveMembershipLevelEnum],
  ['TimezoneEnum', TimezoneEnum],
  ['SessionRecordingRetentionPeriodEnum', SessionRecordingRetentionPeriodEnum],
  ['WeekStartDayEnum', WeekStartDayEnum],
  ['ProjectProductIntent', ProjectProductIntent],
  ['BusinessModelEnum', BusinessModelEnum],
  ['AvailableSetupTaskIdsEnum', AvailableSetupTaskIdsEnum],
  ['BaseCurrencyEnum', BaseCurrencyEnum],
  ['TeamRevenueAnalyticsConfig', TeamRevenueAnalyticsConfig],
  ['AttributionModeEnum', AttributionModeEnum],
  ['TeamMarketingAnalyticsConfig', TeamMarketingAnalyticsConfig],
  ['TeamCustomerAnalyticsConfig', TeamCustomerAnalyticsConfig],
  ['EmailTrackingConsentModeEnum', EmailTrackingConsentModeEnum],
  ['TeamWorkflowsConfig', TeamWorkflowsConfig],
  ['TeamFeatureFlagPolicyConfig', TeamFeatureFlagPolicyConfig],
  ['CookielessServerHashModeEnum', CookielessServerHashModeEnum],
  ['ProjectBackwardCompat', ProjectBackwardCompat],
  ['ProjectBackwardCompatRequest', ProjectBackwardCompatRequest],
  ['PatchedProjectBackwardCompat', PatchedProjectBackwardCompat],
  ['ProjectBackwardCompatBasic', ProjectBackwardCompatBasic],
  ['PaginatedProjectBackwardCompatBasicList', PaginatedProjectBackwardCompatBasicList],
  ['DocumentTypeEnum', DocumentTypeEnum],
  ['LegalDocumentStatusEnum', LegalDocumentStatusEnum],
  ['LegalDocumentCreator', LegalDocumentCreator],
  ['LegalDocumentDTO', LegalDocumentDTO],
  ['CreateLegalDocument', CreateLegalDocument],
  ['PaginatedLegalDocumentDTOList', PaginatedLegalDocumentDTOList],
] as [string, unknown][] as [string, z.ZodType][];

/** Components whose forms differ (readOnly/writeOnly) → request form name (its own: only requests use it). */
export const requestForms: Record<string, string> = {
  OrganizationInvite: 'OrganizationInviteRequest',
  PatchedOrganizationMember: 'PatchedOrganizationMember',
  ProjectBackwardCompat: 'ProjectBackwardCompatRequest',
  PatchedProjectBackwardCompat: 'PatchedProjectBackwardCompat',
};
