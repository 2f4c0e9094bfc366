import type {
  InviteWithCreator,
  ListedMember,
  MemberWithUser,
  OAuthApplication,
  PrivateProjectAccess,
  User,
} from '../domain/types.js';
import type {
  OrganizationInvite,
  OrganizationMember,
  OrganizationOAuthApplication,
  UserBasic,
} from '../generated/schemas.gen.js';
import { isExpired } from '../rules/invite-rules.js';

/**
 * Domain rows → response bodies of the generated schemas. Pure functions: every value the API derives
 * (`is_expired`, `redirect_uris_list`, `search_match_type`) is computed here from the row (and `now`).
 */

/** A user as nested in invites and members (`UserBasic`). */
export function toUserBasic(user: User): UserBasic {
  return {
    id: user.id,
    uuid: user.uuid,
    distinct_id: user.distinct_id,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    is_email_verified: user.is_email_verified,
    hedgehog_config: user.hedgehog_config,
    role_at_organization: user.role_at_organization as UserBasic['role_at_organization'],
  };
}

/** A membership (`OrganizationMember`); `search_match_type` is null unless the row came from a searched list. */
export function toMember(member: MemberWithUser | ListedMember): OrganizationMember {
  return {
    id: member.id,
    user: toUserBasic(member.user),
    level: member.level,
    joined_at: member.joined_at.toISOString(),
    updated_at: member.updated_at.toISOString(),
    is_2fa_enabled: member.user.is_2fa_enabled,
    has_social_auth: member.user.has_social_auth,
    last_login: member.user.last_login?.toISOString() ?? null,
    search_match_type: 'search_match_type' in member ? member.search_match_type : null,
  };
}

/** An invite (`OrganizationInvite`) as seen at `now` (which decides `is_expired`). */
export function toInvite(invite: InviteWithCreator, now: Date): OrganizationInvite {
  return {
    id: invite.id,
    target_email: invite.target_email,
    first_name: invite.first_name,
    emailing_attempt_made: invite.emailing_attempt_made,
    level: invite.level,
    is_expired: isExpired(invite.created_at, now),
    created_by: invite.created_by_user ? toUserBasic(invite.created_by_user) : null,
    created_at: invite.created_at.toISOString(),
    updated_at: invite.updated_at.toISOString(),
    message: invite.message,
    private_project_access: invite.private_project_access?.map(toProjectAccess) ?? null,
  };
}

function toProjectAccess(
  entry: PrivateProjectAccess,
): NonNullable<OrganizationInvite['private_project_access']>[number] {
  // Only the API writes invites and it accepts the string levels only (see validatePrivateProjectAccess).
  return { id: entry.id, level: entry.level as 'none' | 'member' | 'admin' };
}

/** An OAuth application; `redirect_uris_list` splits upstream's space-separated `redirect_uris`. */
export function toOAuthApplication(app: OAuthApplication): OrganizationOAuthApplication {
  return {
    id: app.id,
    name: app.name,
    client_id: app.client_id,
    redirect_uris_list: app.redirect_uris.split(/\s+/).filter((uri) => uri !== ''),
    is_verified: app.is_verified,
    created: app.created.toISOString(),
    updated: app.updated.toISOString(),
  };
}
