import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { hashApiKeyValue } from '../domain/tokens.js';
import { ApiError } from '../errors/api-error.js';
import type { KeyInOrganization, OrganizationMembership } from '../store/store.js';
import type { AppEnv, Principal } from './app-env.js';
import { checkScopedOrganizations, checkScopedTeams, checkScopes } from './scope-check.js';

/** `last_used_at` is written at most this often per key (upstream: once a minute). */
export const KEY_TOUCH_INTERVAL_MS = 60_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Everything after the scheme is the key (upstream: `^Bearer\s+(\S.+)$`): `Bearer <key> junk` is an invalid key.
const BEARER = /^Bearer\s+(\S.*?)\s*$/i;

/**
 * Authenticates and authorizes every matched operation BEFORE body/param validation (as upstream's permission
 * classes run before serializers). In order:
 * 1. `Authorization: Bearer <key>` — missing (or another scheme) → 401 `not_authenticated`; unknown key or
 *    inactive user → 401 `authentication_failed` (both with `WWW-Authenticate: Bearer realm="api"`);
 * 2. key restrictions: `scoped_teams` then the required scopes from the operations table (403, upstream messages);
 * 3. organization: `@current` → the key's first scoped organization the user belongs to, else the user's
 *    organization joined first (`store.findCurrentOrganization`); a non-UUID id → 404; `scoped_organizations` → 403;
 *    an unknown organization or one the user is not a member of → 403 with the default message (no existence leak).
 * Sets `principal`, `organization` and `membership` on the context.
 */
export function authenticate(): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const matched = c.get('operation');
    const rawOrganizationId = matched.params.organization_id;
    // A UUID organization is read with the key (one query); the checks below still run in upstream's order.
    const uuidOrganization =
      rawOrganizationId !== undefined && UUID.test(rawOrganizationId)
        ? rawOrganizationId.toLowerCase()
        : undefined;
    const { principal, organization: keyOrganization } = await lookUpKey(c, uuidOrganization);
    c.set('principal', principal);

    const teamsDenied = checkScopedTeams(principal.key, matched.operation.path, matched.params);
    if (teamsDenied) throw ApiError.permissionDenied(teamsDenied);
    const scopeDenied = checkScopes(principal.key.scopes, matched.operation.scopes);
    if (scopeDenied) throw ApiError.permissionDenied(scopeDenied);

    if (rawOrganizationId !== undefined) {
      const { organization, membership } = await resolveOrganization(
        c,
        principal,
        rawOrganizationId,
        keyOrganization,
      );
      if (!membership) throw ApiError.permissionDenied();
      c.set('organization', organization);
      c.set('membership', membership);
    }
    await next();
  };
}

/**
 * Authenticates the request's personal API key (step 1 of {@link authenticate}); also used before answering 405,
 * since upstream authenticates before it looks at the method.
 */
export async function authenticateKey(c: Context<AppEnv>): Promise<Principal> {
  return (await lookUpKey(c, undefined)).principal;
}

/**
 * Step 1. Given `organizationId` (a lowercase UUID), the same query also reads that organization and the user's
 * membership (`organization`: `undefined` when there is no such organization, or when none was asked for).
 */
async function lookUpKey(
  c: Context<AppEnv>,
  organizationId: string | undefined,
): Promise<{ principal: Principal; organization: OrganizationMembership | undefined }> {
  const header = c.req.header('authorization');
  const token = header ? BEARER.exec(header)?.[1] : undefined;
  if (!token) throw ApiError.notAuthenticated();
  const { store, clock } = c.get('deps');
  const secureValue = hashApiKeyValue(token);
  const found: KeyInOrganization | undefined =
    organizationId === undefined
      ? await store.findPersonalApiKey(secureValue).then((key) => key && { ...key, organization: undefined })
      : await store.findPersonalApiKeyInOrganization(secureValue, organizationId);
  if (!found || !sameSecret(found.key.secure_value, secureValue)) throw ApiError.authenticationFailed();
  if (!found.user.is_active) throw ApiError.authenticationFailed('User account is disabled.');
  const now = clock.now();
  const lastUsed = found.key.last_used_at;
  if (!lastUsed || now.getTime() - lastUsed.getTime() >= KEY_TOUCH_INTERVAL_MS) {
    await store.touchPersonalApiKey(found.key.id, now);
  }
  return { principal: { user: found.user, key: found.key }, organization: found.organization };
}

/** Constant-time comparison of the stored and computed hashes (the lookup itself goes through an index). */
function sameSecret(stored: string, computed: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(computed);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The organization of the path and the requester's membership in it: `@current` resolved,
 * a non-UUID → 404, `scoped_organizations` → 403, unknown → 403. A UUID's organization was read with the key.
 */
async function resolveOrganization(
  c: Context<AppEnv>,
  principal: Principal,
  raw: string,
  keyOrganization: OrganizationMembership | undefined,
): Promise<OrganizationMembership> {
  let found = keyOrganization;
  if (raw === '@current') {
    const { store } = c.get('deps');
    const current = await store.findCurrentOrganization(
      principal.user.id,
      principal.key.scoped_organizations,
    );
    if (!current) throw ApiError.permissionDenied();
    found = await store.getOrganizationMembership(current.id, principal.user.id);
  } else {
    if (!UUID.test(raw)) throw ApiError.notFound();
    const orgDenied = checkScopedOrganizations(principal.key, raw);
    if (orgDenied) throw ApiError.permissionDenied(orgDenied);
  }
  if (!found) throw ApiError.permissionDenied();
  return found;
}
