import { randomUUID } from 'node:crypto';
import { generateRandomId } from '../../domain/tokens.js';
import type { NewOAuthApplication, OAuthApplication, Page, PageRequest } from '../../domain/types.js';
import { listPage } from '../page-query.js';
import { decodeOAuthApplication, toIso } from '../row-codec.js';
import type { StoreContext } from '../store-context.js';

/** OAuth applications owned by an organization (created by the admin CLI, listed by the API). */
export interface OAuthApplicationStore {
  /** Creates an OAuth application owned by an organization (admin CLI/tests). */
  createOAuthApplication(input: NewOAuthApplication): Promise<OAuthApplication>;

  /** Lists an organization's OAuth applications, newest first (`-created`, tiebreaker id desc). */
  listOAuthApplications(organizationId: string, page: PageRequest): Promise<Page<OAuthApplication>>;
}

/** The {@link OAuthApplicationStore} over `ctx` (the store's context, or a transaction's). */
export function oauthApplicationStore(ctx: StoreContext): OAuthApplicationStore {
  return {
    async createOAuthApplication(input) {
      const now = toIso(ctx.now());
      const row = await ctx.db
        .insertInto('oauth_applications')
        .values({
          id: randomUUID(),
          organization_id: input.organization_id,
          name: input.name,
          client_id: input.client_id ?? generateRandomId(),
          redirect_uris: input.redirect_uris ?? '',
          is_verified: ctx.dialect.bool(input.is_verified ?? false),
          created: now,
          updated: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return decodeOAuthApplication(row);
    },

    listOAuthApplications: (organizationId, page) =>
      listPage(
        ctx.db.selectFrom('oauth_applications').where('organization_id', '=', organizationId),
        page,
        (q) => q.selectAll().orderBy('created', 'desc').orderBy('id', 'desc'),
        decodeOAuthApplication,
      ),
  };
}
