import { MEMBERSHIP_LEVEL } from '../domain/types.js';
import { forbidden, invalid, PERMISSION_DENIED_DETAIL, type Refusal } from './refusal.js';

/**
 * The facts about one membership that the rules need — a domain `Membership` / `MemberWithUser` fits as is
 * (`checkLevelChange(c.get('membership'), target, 8)`).
 */
export interface MembershipFacts {
  /** Two memberships with the same user in one organization are the same membership. */
  user_id: number;
  organization_id: string;
  level: number;
}

/**
 * Upstream's `validate_update` with the NEWEST wording: may `requester` set `target`'s level to `newLevel`?
 * Returns null when allowed, else the (403) refusal with upstream's exact `detail`. Owners may promote others to owner and stay owners
 * (newest upstream: several owners, no ownership transfer).
 *
 * @param newLevel the requested level, or undefined to check only "may edit this member" (used for removal)
 * @example
 * checkLevelChange(admin, member, 15)?.detail; // "You can only make another member owner if you're this organization's owner."
 */
export function checkLevelChange(
  requester: MembershipFacts,
  target: MembershipFacts,
  newLevel?: number,
): Refusal | null {
  const detail = levelChangeDenial(requester, target, newLevel);
  return detail === null ? null : forbidden(detail);
}

function levelChangeDenial(
  requester: MembershipFacts,
  target: MembershipFacts,
  newLevel?: number,
): string | null {
  const isSelf = requester.user_id === target.user_id && requester.organization_id === target.organization_id;
  if (newLevel !== undefined) {
    if (isSelf) return "You can't change your own access level.";
    if (newLevel === MEMBERSHIP_LEVEL.owner) {
      if (requester.level !== MEMBERSHIP_LEVEL.owner) {
        return "You can only make another member owner if you're this organization's owner.";
      }
    } else if (newLevel > requester.level) {
      return 'You can only change access level of others to lower or equal to your current one.';
    }
  }
  if (!isSelf) {
    if (target.organization_id !== requester.organization_id) {
      return 'You both need to belong to the same organization.';
    }
    if (requester.level < MEMBERSHIP_LEVEL.admin) return 'You can only edit others if you are an admin.';
    if (target.level > requester.level) return 'You can only edit others with level lower or equal to you.';
  }
  return null;
}

/** Detail of the 400 for the last owner leaving (newest upstream frontend wording; see checkMemberRemoval). */
export const LAST_OWNER_LEAVE_MESSAGE =
  "You can't leave the organization as its only owner. Make someone else an owner first.";

/**
 * May `requester` remove `target` from the organization? Returns null when allowed, else the refusal.
 * - Removing someone else: the same object permission as a level change (403 with its message): admins remove
 *   members and admins, only owners remove owners.
 * - Removing yourself (leaving) is always allowed, EXCEPT for the only owner → 400 validation_error
 *   {@link LAST_OWNER_LEAVE_MESSAGE}. Choice: upstream's older backend refused any owner leaving ("Cannot leave the
 *   organization as its owner!"); its newest frontend states only the last owner is refused — we follow the newest.
 *   The store re-checks "an owner remains" inside its transaction; this is the early, friendly answer.
 *
 * @param ownerCount current number of owners in the organization
 */
export function checkMemberRemoval(
  requester: MembershipFacts,
  target: MembershipFacts,
  ownerCount: number,
): Refusal | null {
  const isSelf = requester.user_id === target.user_id && requester.organization_id === target.organization_id;
  if (isSelf) {
    if (target.level === MEMBERSHIP_LEVEL.owner && ownerCount <= 1) {
      return invalid(LAST_OWNER_LEAVE_MESSAGE);
    }
    return null;
  }
  return checkLevelChange(requester, target);
}

/** Both memberships of a level change or removal, read inside the write's transaction with the organization locked. */
export interface LockedMemberships {
  /** The requester's membership, `undefined` when it was removed meanwhile. */
  requester: MembershipFacts | undefined;
  target: MembershipFacts;
  /** The organization's owners. */
  ownerCount: number;
}

/**
 * {@link checkLevelChange} on the locked rows: what decides a level change, since the rows authentication read may
 * have changed since (an owner promoting the member an admin is demoting at the same instant). A requester who is
 * no longer a member gets upstream's generic 403.
 */
export function checkLockedLevelChange(locked: LockedMemberships, newLevel: number): Refusal | null {
  if (!locked.requester) return forbidden(PERMISSION_DENIED_DETAIL);
  return checkLevelChange(locked.requester, locked.target, newLevel);
}

/** {@link checkMemberRemoval} on the locked rows (see {@link checkLockedLevelChange}). */
export function checkLockedMemberRemoval(locked: LockedMemberships): Refusal | null {
  if (!locked.requester) return forbidden(PERMISSION_DENIED_DETAIL);
  return checkMemberRemoval(locked.requester, locked.target, locked.ownerCount);
}
