import type { Context } from 'hono';
import type { MemberWithUser } from '../domain/types.js';
import { ApiError } from '../errors/api-error.js';
import { refusalError } from '../errors/refusal-error.js';
import type { Handlers } from '../generated/handlers.gen.js';
import type {
  OrganizationMemberGithubLogin,
  PaginatedOrganizationMemberList,
} from '../generated/schemas.gen.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { paginate, parsePageRequest, validatedQuery } from '../http/pagination.js';
import { publicBaseUrl } from '../http/public-url.js';
import {
  checkLevelChange,
  checkLockedLevelChange,
  checkLockedMemberRemoval,
  LAST_OWNER_LEAVE_MESSAGE,
} from '../rules/membership-levels.js';
import { RenderedBodyCache, respondRendered } from '../store/fast-path/rendered-body-cache.js';
import { UrlKeyMemo } from '../store/fast-path/url-key-memo.js';
import type { RuleRefusal } from '../store/store.js';
import { toMember } from './resource-mappers.js';
import { summarizeScopedApiKeys } from './scoped-api-keys.js';

/** The operations of `members/`. */
export type MemberOperationId =
  | 'members_list'
  | 'members_partial_update'
  | 'members_destroy'
  | 'members_github_login_retrieve'
  | 'members_scoped_api_keys_retrieve';

/**
 * 400 when a level change or removal of SOMEONE ELSE would leave no owner. The level rules make this reachable only
 * through races (two owners demoting or removing each other at once): the store re-counts owners in its
 * transaction and the request that comes second gets this answer.
 */
export const LAST_OWNER_MESSAGE = 'The organization must keep at least one owner.';

/**
 * Handlers of `members/…`: list (active users, `order`, two-tier `search`), level change, removal / leaving,
 * GitHub login and the scoped API key summary.
 *
 * @example
 * const handlers = { ...createMemberHandlers(deps), ...createInviteHandlers(deps) };
 */
export function createMemberHandlers(deps: AppDeps): Pick<Handlers<AppEnv>, MemberOperationId> {
  const { store } = deps;
  // The fast path: rendered members pages and GitHub logins, kept while the organization's members version is.
  const renderedPages =
    deps.settings.fastPath === false
      ? undefined
      : new RenderedBodyCache(undefined, deps.metrics?.membersCache);
  const pageQueryKeys = new UrlKeyMemo();
  return {
    members_list: async (c) => {
      const { id: organizationId, members_version } = c.get('organization');
      // Equal members versions mean equal lists (any process); the rest of the key is the page's query key.
      const key = () =>
        `${organizationId}\n${members_version}\n${pageQueryKeys.get(c.req.url, () => pageQueryKey(c))}`;
      return respondRendered<PaginatedOrganizationMemberList>(c, renderedPages, key, async () => {
        const query = c.req.valid('query');
        const page = parsePageRequest(query);
        const search = normalizeSearch(query.search);
        const { count, results } = await store.listMembers(organizationId, {
          ...page,
          order: query.order,
          ...(search ? { search } : {}),
        });
        return paginate(c, page, count, results.map(toMember));
      });
    },

    members_partial_update: async (c) => {
      const target = await findTarget(c, c.req.valid('param').user__uuid);
      const { level } = c.req.valid('json') ?? {};
      const requester = c.get('membership');
      if (level === undefined) {
        const refused = checkLevelChange(requester, target);
        if (refused) throw refusalError(refused);
        return c.json(toMember(target), 200);
      }
      // Decided on the memberships as locked in the write's transaction, not as authentication read them.
      const updated = await store.updateMemberLevel(target.organization_id, target.user_id, level, {
        requesterUserId: requester.user_id,
        check: (locked) => checkLockedLevelChange(locked, level),
      });
      if (!updated.ok) throw refusal(updated, false);
      return c.json(toMember(updated.member), 200);
    },

    members_destroy: async (c) => {
      const target = await findTarget(c, c.req.valid('param').user__uuid);
      const requester = c.get('membership');
      const removed = await store.removeMember(target.organization_id, target.user_id, {
        requesterUserId: requester.user_id,
        check: checkLockedMemberRemoval,
      });
      if (!removed.ok) throw refusal(removed, target.user_id === requester.user_id);
      return c.body(null, 204);
    },

    members_github_login_retrieve: async (c) => {
      const uuid = resolveUserUuid(c, c.req.valid('param').user__uuid);
      // The login lives on the user row, whose every change bumps the members version (as does leaving).
      const { id: organizationId, members_version } = c.get('organization');
      const key = () => `${organizationId}\n${members_version}\ngithub_login\n${uuid}`;
      return respondRendered<OrganizationMemberGithubLogin>(c, renderedPages, key, async () => {
        const target = await findTarget(c, uuid);
        return { github_login: target.user.github_login };
      });
    },

    members_scoped_api_keys_retrieve: async (c) => {
      const target = await findTarget(c, c.req.valid('param').user__uuid);
      const summary = await summarizeScopedApiKeys(store, target, deps.clock.now());
      return c.json(summary, 200);
    },
  };
}

/**
 * What a members page depends on besides the members: the links' base URL and the request's validated query, its
 * parameters in the schema's order whatever the request's and unknown ones dropped, so neither another order nor
 * unknown parameters make new cache entries. A function of the request URL alone.
 */
function pageQueryKey(c: Context<AppEnv>): string {
  return `${publicBaseUrl(c)}\n${JSON.stringify(validatedQuery(c))}`;
}

/** Upstream's search normalisation: NUL bytes stripped, surrounding whitespace trimmed; empty = no search. */
export function normalizeSearch(raw: string | undefined): string | undefined {
  const search = raw?.replaceAll('\u0000', '').trim();
  return search ? search : undefined;
}

/**
 * Resolves the `user__uuid` path value: `@me` → the requester's UUID; anything else unchanged.
 *
 * @example
 * const uuid = resolveUserUuid(c, c.req.valid('param').user__uuid);
 */
export function resolveUserUuid(c: Context<AppEnv>, raw: string): string {
  return raw === '@me' ? c.get('principal').user.uuid : raw;
}

/** The member addressed by `user__uuid` (`@me` = the requester); inactive users are not members here (404). */
async function findTarget(c: Context<AppEnv>, rawUserUuid: string): Promise<MemberWithUser> {
  const uuid = resolveUserUuid(c, rawUserUuid);
  const member = await c.get('deps').store.getMemberByUserUuid(c.get('organization').id, uuid);
  if (!member?.user.is_active) throw ApiError.notFound();
  return member;
}

/** The answer to a level change or removal the store refused. */
function refusal(refused: { reason: 'not_found' | 'last_owner' } | RuleRefusal, isSelf: boolean): ApiError {
  if (refused.reason === 'refused') return refusalError(refused.refusal);
  if (refused.reason === 'not_found') return ApiError.notFound();
  return ApiError.validation('invalid_input', isSelf ? LAST_OWNER_LEAVE_MESSAGE : LAST_OWNER_MESSAGE);
}
