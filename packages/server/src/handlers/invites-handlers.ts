import type { Context } from 'hono';
import type { User } from '../domain/types.js';
import { MEMBERSHIP_LEVEL } from '../domain/types.js';
import { ApiError } from '../errors/api-error.js';
import type { Handlers } from '../generated/handlers.gen.js';
import type { OrganizationInvite, OrganizationInviteRequest } from '../generated/schemas.gen.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { paginate, parsePageRequest } from '../http/pagination.js';
import { publicBaseUrl } from '../http/public-url.js';
import { sendInviteEmails } from './invite-emails.js';
import { type InviteRequester, prepareInvites } from './invite-preparation.js';
import { toInvite } from './resource-mappers.js';

/** The operations of `invites/`. */
export type InviteOperationId =
  | 'invites_list'
  | 'invites_create'
  | 'invites_bulk_create'
  | 'invites_delegate_create'
  | 'invites_destroy';

/**
 * Handlers of `invites/…`: list (newest first, `is_expired` from the clock), create, bulk create (1–20, all or
 * nothing), setup delegation (an admin-level invite with its own email) and delete.
 *
 * @example
 * const handlers = { ...createInviteHandlers(deps), ...createMemberHandlers(deps) };
 */
export function createInviteHandlers(deps: AppDeps): Pick<Handlers<AppEnv>, InviteOperationId> {
  const { store, clock } = deps;

  /**
   * Validates every item, stores them in ONE transaction (each replacing earlier invites for its address), sends
   * the emails and maps the invites for the response, in input order.
   */
  async function createAll(
    c: Context<AppEnv>,
    items: readonly OrganizationInviteRequest[],
    options: { isSetupDelegation?: boolean } = {},
  ): Promise<OrganizationInvite[]> {
    const requester = requesterOf(c);
    const invites = await store.createInvites(await prepareInvites(deps, requester, items, options));
    const context = { organization: requester.organization, inviter: requester.user };
    await sendInviteEmails(deps, { ...context, baseUrl: publicBaseUrl(c) }, invites);
    const now = clock.now();
    return invites.map((invite) => toInvite({ ...invite, created_by_user: requester.user }, now));
  }

  return {
    invites_list: async (c) => {
      const page = parsePageRequest(c.req.valid('query'));
      const { count, results } = await store.listInvites(c.get('organization').id, page);
      const now = clock.now();
      return c.json(
        paginate(
          c,
          page,
          count,
          results.map((invite) => toInvite(invite, now)),
        ),
        200,
      );
    },

    invites_create: async (c) => {
      const [invite] = await createAll(c, [c.req.valid('json')]);
      return c.json(created(invite), 201);
    },

    invites_bulk_create: async (c) => {
      return c.json(await createAll(c, c.req.valid('json')), 201);
    },

    invites_delegate_create: async (c) => {
      const body = c.req.valid('json');
      const item: OrganizationInviteRequest = {
        target_email: body.target_email,
        first_name: '',
        level: MEMBERSHIP_LEVEL.admin,
        message: body.message ?? null,
        send_email: true,
        combine_pending_invites: false,
      };
      const [invite] = await createAll(c, [item], { isSetupDelegation: true });
      return c.json(created(invite), 201);
    },

    invites_destroy: async (c) => {
      const deleted = await store.deleteInvite(c.get('organization').id, c.req.valid('param').id);
      if (!deleted) throw ApiError.notFound();
      return c.body(null, 204);
    },
  };
}

function created(invite: OrganizationInvite | undefined): OrganizationInvite {
  if (!invite) throw new Error('the store returned no invite for a one-item batch');
  return invite;
}

function requesterOf(c: Context<AppEnv>): InviteRequester {
  const user: User = c.get('principal').user;
  return { organization: c.get('organization'), membership: c.get('membership'), user };
}
