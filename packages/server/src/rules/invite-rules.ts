import { MEMBERSHIP_LEVEL } from '../domain/types.js';
import { forbidden, invalid, type Refusal } from './refusal.js';

/** Upstream `INVITE_DAYS_VALIDITY`. */
export const INVITE_DAYS_VALIDITY = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Access levels of `private_project_access` entries, lowest first (newest upstream: strings). */
export const PROJECT_ACCESS_LEVELS = ['none', 'member', 'admin'] as const;
export type ProjectAccessLevel = (typeof PROJECT_ACCESS_LEVELS)[number];

/** One entry of an invite's `private_project_access`. */
export interface ProjectAccessEntry {
  id: number;
  level: ProjectAccessLevel;
}

/** The mergeable part of an invite. */
export interface InviteGrant {
  level: number;
  private_project_access: ProjectAccessEntry[] | null;
}

export const HIGHER_LEVEL_INVITE_MESSAGE =
  'You cannot invite a user with a higher permission level than your own.';
export const PROJECT_NOT_FOUND_MESSAGE =
  'Project does not exist on this organization, or it is private and you do not have access to it.';
export const PROJECT_HIGHER_LEVEL_MESSAGE =
  'You cannot invite to a private project with a higher level than your own.';

/**
 * May a requester at `requesterLevel` invite at `inviteLevel`? null, or the (403) refusal, for the whole bulk batch too.
 *
 * @example
 * checkInviteLevel(8, 15)?.detail; // "You cannot invite a user with a higher permission level than your own."
 */
export function checkInviteLevel(requesterLevel: number, inviteLevel: number): Refusal | null {
  return inviteLevel > requesterLevel ? forbidden(HIGHER_LEVEL_INVITE_MESSAGE) : null;
}

/**
 * Bulk invites name each address once (compared case-insensitively, as the store compares emails): the first item
 * that repeats an earlier one is refused on its `target_email` (`<index>__target_email`). Upstream stores every item,
 * each replacing the earlier ones for its address, and answers 201 with ids of which only the last exists.
 *
 * @example
 * checkDistinctInviteEmails(['a@x.io', 'b@x.io', 'A@X.io'])?.attr; // '2__target_email'
 */
export function checkDistinctInviteEmails(emails: readonly string[]): Refusal | null {
  const firstIndex = new Map<string, number>();
  for (const [index, email] of emails.entries()) {
    const folded = email.toLowerCase();
    const earlier = firstIndex.get(folded);
    if (earlier !== undefined) return invalid(duplicateInviteEmailMessage(earlier), `${index}__target_email`);
    firstIndex.set(folded, index);
  }
  return null;
}

/** 400 detail of an item whose address an earlier item of the same bulk request already names. */
export function duplicateInviteEmailMessage(earlierIndex: number): string {
  return `This email address is already invited by item ${earlierIndex} of this request.`;
}

/**
 * Has an invite created at `createdAt` expired at `now`? (older than {@link INVITE_DAYS_VALIDITY} days)
 */
export function isExpired(createdAt: Date, now: Date): boolean {
  return createdAt.getTime() < now.getTime() - INVITE_DAYS_VALIDITY * DAY_MS;
}

/**
 * `combine_pending_invites`: the new invite merged with the NON-expired pending invites for the same email (the
 * caller filters expiry): `level` = the highest, `private_project_access` = union by project id keeping the highest
 * access level, in first-seen order (new invite first). The result is always a list (`[]` when nothing grants
 * access), as upstream stores it when combining.
 */
export function mergePendingInvites(next: InviteGrant, pending: readonly InviteGrant[]): InviteGrant {
  const all = [next, ...pending];
  const byProject = new Map<number, ProjectAccessEntry>();
  for (const invite of all) {
    for (const entry of invite.private_project_access ?? []) {
      const current = byProject.get(entry.id);
      if (!current || accessRank(entry.level) > accessRank(current.level))
        byProject.set(entry.id, { ...entry });
    }
  }
  return {
    level: Math.max(...all.map((invite) => invite.level)),
    private_project_access: [...byProject.values()],
  };
}

function accessRank(level: ProjectAccessLevel): number {
  return PROJECT_ACCESS_LEVELS.indexOf(level);
}

/** What the validation needs to know about one project of the organization. */
export interface ProjectAccessFacts {
  /** `access_control` on: a private project. */
  isPrivate: boolean;
  /** The requester's own access level in that project (`none` when they have none). */
  requesterAccess: ProjectAccessLevel;
}

/**
 * Validates `private_project_access` of an invite (shape, then the per-project rules). Returns null or the (400)
 * refusal on `private_project_access`. Org admins and owners may grant any project of the org; a member may only grant
 * public projects, or private ones at most at their own level.
 *
 * @param lookupProject the org's project with this id, or undefined when the id is not a project of the org
 */
export function validatePrivateProjectAccess(
  value: unknown,
  requesterLevel: number,
  lookupProject: (id: number) => ProjectAccessFacts | undefined,
): Refusal | null {
  if (value === null || value === undefined) return null;
  const refuse = (detail: string) => invalid(detail, 'private_project_access');
  if (!Array.isArray(value)) return refuse('Expected a list of {"id", "level"} objects.');
  for (const entry of value) {
    if (
      typeof entry !== 'object' ||
      entry === null ||
      !Number.isInteger((entry as { id?: unknown }).id) ||
      !PROJECT_ACCESS_LEVELS.includes((entry as { level?: unknown }).level as ProjectAccessLevel)
    ) {
      return refuse('Each entry must have an integer "id" and a "level" of "none", "member" or "admin".');
    }
    const { id, level } = entry as ProjectAccessEntry;
    const project = lookupProject(id);
    const isOrgAdmin = requesterLevel >= MEMBERSHIP_LEVEL.admin;
    if (!project || (project.isPrivate && !isOrgAdmin && project.requesterAccess === 'none')) {
      return refuse(PROJECT_NOT_FOUND_MESSAGE);
    }
    if (project.isPrivate && !isOrgAdmin && accessRank(level) > accessRank(project.requesterAccess)) {
      return refuse(PROJECT_HIGHER_LEVEL_MESSAGE);
    }
  }
  return null;
}
