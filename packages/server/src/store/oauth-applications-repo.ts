import { randomUUID } from 'node:crypto';
import { generateRandomId } from '../domain/tokens.js';
import type { NewOAuthApplication, OAuthApplication, Page, PageRequest } from '../domain/types.js';
import { decodeOAuthApplication, toIso } from './row-codec.js';
import { checkPage, type StoreContext } from './store-context.js';

/* OAuth applications owned by an organization (created by the admin CLI, listed by the API). */

export async function createOAuthApplication(
  ctx: StoreContext,
  input: NewOAuthApplication,
): Promise<OAuthApplication> {
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
}

export async function listOAuthApplications(
  ctx: StoreContext,
  organizationId: string,
  page: PageRequest,
): Promise<Page<OAuthApplication>> {
  checkPage(page.limit, page.offset);
  const base = ctx.db.selectFrom('oauth_applications').where('organization_id', '=', organizationId);
  const [countRow, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
    base
      .selectAll()
      .orderBy('created', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return { count: Number(countRow.n), results: rows.map(decodeOAuthApplication) };
}
