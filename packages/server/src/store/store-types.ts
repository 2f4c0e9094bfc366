import type { Membership, Organization, PageRequest } from '../domain/types.js';
import type { LockedMemberships } from '../rules/membership-levels.js';
import type { Refusal } from '../rules/refusal.js';

/** Outcome of an operation with expected failures: `{ ok: true, ... }` or `{ ok: false, reason }`. */
export type Result<T extends object, Reason extends string> =
  | ({ ok: true } & T)
  | { ok: false; reason: Reason };

/**
 * A write refused by the rule its caller passed (`check`), decided inside the store's transaction on the rows read
 * under the organization lock: concurrent writes cannot both pass a rule that only one of them may pass.
 */
export interface RuleRefusal {
  ok: false;
  reason: 'refused';
  refusal: Refusal;
}

/** Options of member level changes and removals. */
export interface OwnerGuardOptions {
  /**
   * Default `true`: inside the transaction (organization row locked on PostgreSQL), re-count the owners and refuse
   * with `reason: 'last_owner'` when the change would leave the organization without an owner.
   */
  ensureOwnerRemains?: boolean;
}

/** Options of member level changes and removals that decide a rule on the locked rows. */
export interface MemberWriteOptions extends OwnerGuardOptions {
  /** The requester's user id: its membership is read with the target's, under the lock, for `check`. */
  requesterUserId?: number;
  /**
   * A rule decided inside the transaction, with the organization locked, on both memberships as they are then
   * (`reason: 'refused'`), before the owner guard.
   */
  check?: (locked: LockedMemberships) => Refusal | null;
}

/** An organization with a user's membership in it, as authentication reads them. */
export interface OrganizationMembership {
  organization: Organization;
  /** `undefined` when the user is not a member. */
  membership: Membership | undefined;
}

/** Query of the members list. */
export interface ListMembersQuery extends PageRequest {
  /** Default `-joined_at`. Ties broken by user id in the same direction. Ignored when `search` is non-empty. */
  order?: 'joined_at' | '-joined_at';
  /**
   * Search over first name, last name and email. The caller normalises it (strip NUL, trim, ≤ 200 chars); empty =
   * no search. Exact tier = case-insensitive substring of any field; ONLY if no row of the organization matches
   * exactly, the similar tier = `word_similarity(search, field) > 0.3` (pg_trgm semantics) on any field. Rows are
   * ordered by score desc (sum of the three word similarities), then `first_name` (code point order), then user id.
   */
  search?: string;
  /** Exact (case-sensitive) email filter (upstream's undocumented `email` filter). */
  email?: string;
  /** Only memberships with `updated_at > updatedAfter` (upstream's undocumented `updated_after`). */
  updatedAfter?: Date;
}

/** Query of the projects list. */
export interface ListProjectsQuery extends PageRequest {
  /** Case-insensitive substring of the name. */
  search?: string;
  /** Only these project ids (e.g. an API key's `scoped_teams`). */
  ids?: readonly number[];
  /** Default `false`: projects pending deletion are left out. */
  includePendingDeletion?: boolean;
}
