import type { PersonalApiKey } from '../domain/types.js';

/** Detail when an operation declares no scope and a scoped key calls it (upstream wording). */
export const NO_API_KEY_ACCESS_MESSAGE = 'This action does not support Personal API Key access';

/**
 * Upstream's APIScopePermission for personal API keys. Returns null when allowed, else the 403 `detail`.
 * - a key with NO scopes is a legacy key: allowed everything;
 * - an operation with no required scope refuses every scoped key (even `*`) with {@link NO_API_KEY_ACCESS_MESSAGE};
 * - `*` allows everything; `x:write` satisfies `x:read`; every required scope must be held.
 *
 * @example
 * checkScopes(['project:read'], ['project:write']); // "API key missing required scope 'project:write'"
 */
export function checkScopes(keyScopes: readonly string[], requiredScopes: readonly string[]): string | null {
  if (keyScopes.length === 0) return null;
  if (requiredScopes.length === 0) return NO_API_KEY_ACCESS_MESSAGE;
  if (keyScopes.includes('*')) return null;
  for (const required of requiredScopes) {
    const [object, action] = required.split(':');
    const held = keyScopes.includes(required) || (action === 'read' && keyScopes.includes(`${object}:write`));
    if (!held) return `API key missing required scope '${required}'`;
  }
  return null;
}

/**
 * The key's `scoped_teams` restriction (project ids). Returns null or the 403 `detail`.
 * "Project-based" operations are those under `/projects/`; on a project's own path (`/projects/{id}/…`) the id must
 * be one of the key's projects (`@current` cannot be checked, so it is refused); elsewhere → upstream's
 * "only supported on project-based endpoints". The projects LIST is project-based: handlers filter it by
 * `scoped_teams`.
 */
export function checkScopedTeams(
  key: Pick<PersonalApiKey, 'scoped_teams'>,
  operationPath: string,
  params: Readonly<Record<string, string>>,
): string | null {
  const teams = key.scoped_teams;
  if (!teams || teams.length === 0) return null;
  if (!operationPath.includes('/projects/')) {
    return 'API keys with scoped projects are only supported on project-based endpoints.';
  }
  if (!operationPath.includes('/projects/{id}/')) return null;
  const raw = params.id ?? '';
  const id = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return teams.includes(id) ? null : `API key does not have access to the requested project: ID ${raw}.`;
}

/**
 * The key's `scoped_organizations` restriction. Returns null or the 403 `detail`.
 * @param organizationId the resolved organization UUID
 */
export function checkScopedOrganizations(
  key: Pick<PersonalApiKey, 'scoped_organizations'>,
  organizationId: string,
): string | null {
  const orgs = key.scoped_organizations;
  if (!orgs || orgs.length === 0) return null;
  return orgs.some((org) => org.toLowerCase() === organizationId.toLowerCase())
    ? null
    : `API key does not have access to the requested organization: ID ${organizationId}.`;
}
