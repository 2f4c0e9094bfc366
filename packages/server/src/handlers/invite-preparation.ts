import type {
  Membership,
  MembershipLevel,
  NewInvite,
  Organization,
  PrivateProjectAccess,
  User,
} from '../domain/types.js';
import { ApiError } from '../errors/api-error.js';
import { refusalError } from '../errors/refusal-error.js';
import type { OrganizationInviteRequest } from '../generated/schemas.gen.js';
import type { AppDeps } from '../http/app-env.js';
import {
  checkDistinctInviteEmails,
  checkInviteLevel,
  INVITE_DAYS_VALIDITY,
  type InviteGrant,
  mergePendingInvites,
  type ProjectAccessEntry,
  type ProjectAccessFacts,
  validatePrivateProjectAccess,
} from '../rules/invite-rules.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const ALREADY_MEMBER_MESSAGE = 'A user with this email address already belongs to the organization.';

/** Who invites where: built once per request from the context. */
export interface InviteRequester {
  organization: Organization;
  membership: Membership;
  user: User;
}

/** What the invite endpoints store for one request item: the store input plus whether to email. */
export type PreparedInvite = NewInvite & { emailing_attempt_made: boolean };

/**
 * `target_email` as upstream stores it: the domain part lower-cased, the local part kept.
 *
 * @example normalizeInviteEmail('Ada.L@HogFlix.COM'); // 'Ada.L@hogflix.com'
 */
export function normalizeInviteEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? email : `${email.slice(0, at)}${email.slice(at).toLowerCase()}`;
}

/**
 * Validates ALL items before anything is stored (the bulk endpoint is all-or-nothing), in upstream's order:
 * 1. may the requester invite at all (members only when the organization lets members invite) → 403;
 * 2. every item's level ≤ the requester's → 403 for the whole batch; every item's `private_project_access`
 *    (projects of this organization; non-admins only public ones) → 400 attr `private_project_access`;
 * 3. no address named twice (any case) → 400 on the repeating item's `target_email`;
 * 4. no item's address already belongs to a member → 400 attr null;
 * then applies `combine_pending_invites` (merge with the address's unexpired invites as stored BEFORE this request)
 * and decides `emailing_attempt_made` (a mailer is configured AND `send_email`).
 *
 * @returns one store input per item, in input order
 */
export async function prepareInvites(
  deps: AppDeps,
  requester: InviteRequester,
  items: readonly OrganizationInviteRequest[],
  options: { isSetupDelegation?: boolean } = {},
): Promise<PreparedInvite[]> {
  const { store } = deps;
  const { organization, membership } = requester;
  if (membership.level < 8 && !organization.members_can_invite) throw ApiError.permissionDenied();

  const lookupProject = await loadProjectFacts(deps, organization.id, items);
  for (const item of items) {
    const refused =
      checkInviteLevel(membership.level, item.level) ??
      validatePrivateProjectAccess(item.private_project_access, membership.level, lookupProject);
    if (refused) throw refusalError(refused);
  }
  const emails = items.map((item) => normalizeInviteEmail(item.target_email));
  const repeated = checkDistinctInviteEmails(emails);
  if (repeated) throw refusalError(repeated);
  for (const email of emails) {
    if (await store.getMemberByEmail(organization.id, email)) {
      throw ApiError.validation('invalid_input', ALREADY_MEMBER_MESSAGE);
    }
  }

  const createdSince = new Date(deps.clock.now().getTime() - INVITE_DAYS_VALIDITY * DAY_MS);
  const prepared: PreparedInvite[] = [];
  for (const [index, item] of items.entries()) {
    const email = emails[index] ?? item.target_email;
    let grant: InviteGrant = {
      level: item.level,
      private_project_access:
        (item.private_project_access as ProjectAccessEntry[] | null | undefined) ?? null,
    };
    if (item.combine_pending_invites) {
      const pending = await store.listUnexpiredInvitesByEmail(organization.id, email, createdSince);
      grant = mergePendingInvites(
        grant,
        pending.map((invite) => ({
          level: invite.level,
          private_project_access: invite.private_project_access as ProjectAccessEntry[] | null,
        })),
      );
    }
    prepared.push({
      organization_id: organization.id,
      target_email: email,
      first_name: item.first_name,
      level: grant.level as MembershipLevel,
      message: item.message ?? null,
      private_project_access: grant.private_project_access as PrivateProjectAccess[] | null,
      emailing_attempt_made: deps.mailer !== null && item.send_email,
      is_setup_delegation: options.isSetupDelegation ?? false,
      created_by: requester.user.id,
    });
  }
  return prepared;
}

/**
 * The projects named in the items' `private_project_access`, as the rules need them. One query. There is no
 * per-project access model in this server, so a requester's own access to a private project is `none`: only
 * organization admins and owners can grant private projects.
 */
async function loadProjectFacts(
  deps: AppDeps,
  organizationId: string,
  items: readonly OrganizationInviteRequest[],
): Promise<(id: number) => ProjectAccessFacts | undefined> {
  const ids = [
    ...new Set(items.flatMap((item) => item.private_project_access?.map((entry) => entry.id) ?? [])),
  ];
  if (ids.length === 0) return () => undefined;
  const { results } = await deps.store.listProjects(organizationId, { ids, limit: ids.length, offset: 0 });
  const facts = new Map(
    results.map((project) => [
      project.id,
      { isPrivate: project.access_control, requesterAccess: 'none' as const },
    ]),
  );
  return (id) => facts.get(id);
}
