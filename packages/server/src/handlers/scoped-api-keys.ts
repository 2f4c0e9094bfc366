import type { MemberWithUser, PersonalApiKey } from '../domain/types.js';
import type { OrganizationMemberScopedApiKeys } from '../generated/schemas.gen.js';
import type { Store } from '../store/store.js';

/** "Active last week": used at or after `now − 7 days`. */
export const ACTIVE_KEY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * `members/{user__uuid}/scoped_api_keys/`: the TARGET member's personal API keys that can reach the member's
 * organization — scoped to it, scoped to one of its projects, or not scoped at all (no organizations and no
 * projects) — newest first, without secrets.
 *
 * @example
 * await summarizeScopedApiKeys(store, member, new Date());
 * // { has_keys: true, has_keys_active_last_week: false, keys: [{ name: 'ci', last_used_at: null }] }
 */
export async function summarizeScopedApiKeys(
  store: Store,
  member: MemberWithUser,
  now: Date,
): Promise<OrganizationMemberScopedApiKeys> {
  const allKeys = await store.listPersonalApiKeys(member.user_id);
  const projectIds = await organizationProjectIds(store, member.organization_id, allKeys);
  const keys = allKeys.filter((key) => reachesOrganization(key, member.organization_id, projectIds));
  const activeSince = now.getTime() - ACTIVE_KEY_WINDOW_MS;
  return {
    has_keys: keys.length > 0,
    has_keys_active_last_week: keys.some((key) => (key.last_used_at?.getTime() ?? -Infinity) >= activeSince),
    keys: keys.map((key) => ({ name: key.label, last_used_at: key.last_used_at?.toISOString() ?? null })),
  };
}

function reachesOrganization(key: PersonalApiKey, organizationId: string, projectIds: Set<number>): boolean {
  const organizations = key.scoped_organizations ?? [];
  const teams = key.scoped_teams ?? [];
  if (organizations.length === 0 && teams.length === 0) return true;
  return organizations.includes(organizationId) || teams.some((id) => projectIds.has(id));
}

/** Which of the keys' scoped project ids belong to the organization (one query, only when a key has teams). */
async function organizationProjectIds(
  store: Store,
  organizationId: string,
  keys: readonly PersonalApiKey[],
): Promise<Set<number>> {
  const ids = [...new Set(keys.flatMap((key) => key.scoped_teams ?? []))];
  if (ids.length === 0) return new Set();
  const { results } = await store.listProjects(organizationId, {
    ids,
    limit: ids.length,
    offset: 0,
    includePendingDeletion: true,
  });
  return new Set(results.map((project) => project.id));
}
