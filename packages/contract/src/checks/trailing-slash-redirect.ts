import type { Exchange } from '../http/http-types.js';
import { wireUrl } from '../http/serialise-request.js';
import { trailingSlashRedirect } from '../spec/behaviour-rules.js';
import { isSafeMethod, operationsToExercise, skipAll } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { fail, pass, unlessThrottled } from './verdicts.js';

const REDIRECTS = [301, 302, 303, 307, 308];
/** Redirects after which clients repeat the same method and body. */
const METHOD_KEEPING = [307, 308];

/**
 * A request for a path without its trailing slash must be redirected to the same URL with the slash: the query
 * string unchanged, and for methods other than GET/HEAD with a status that keeps the method (307/308).
 * `documented` is the spec's status (`x-trailing-slash-redirect`).
 */
export const judgeTrailingSlash = unlessThrottled(function judgeTrailingSlash(
  exchange: Exchange,
  baseUrl: string,
  documented: number,
): Verdict {
  const { status, headers } = exchange.response;
  const { method } = exchange.request;
  const sent = new URL(wireUrl(baseUrl, exchange.request));
  const what = `${method} ${sent.pathname}${sent.search} (no trailing slash)`;
  if (!REDIRECTS.includes(status))
    return fail(
      `${what} answered ${status}; the spec documents a ${documented} redirect to the path with its slash`,
    );
  if (!isSafeMethod(method) && !METHOD_KEEPING.includes(status))
    return fail(
      `${what} is redirected with ${status}, which lets clients turn ${method} into GET; expected ${documented} (307/308 keep the method)`,
    );
  const location = headers.location;
  if (!location) return fail(`${what} is redirected with ${status} but without a Location header`);
  const target = new URL(location, sent);
  const expected = new URL(sent);
  expected.pathname = `${sent.pathname}/`;
  if (target.pathname !== expected.pathname)
    return fail(`${what} is redirected to ${location}, expected the path ${expected.pathname}`);
  const same = (a: URLSearchParams, b: URLSearchParams) =>
    JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
  if (!same(target.searchParams, sent.searchParams))
    return fail(
      `${what} is redirected to ${location}, which ${target.search ? 'changes' : 'drops'} the query string ${JSON.stringify(sent.search)}`,
    );
  return pass(`${what}: ${status} to the path with its slash, query kept`);
});

/**
 * Trailing-slash redirect (`info.x-trailing-slash-redirect`): every operation's path, without its trailing slash
 * and with a query string, is sent with the operation's method (ids that cannot exist, the redirect is not followed).
 */
export const trailingSlashRedirectCheck: Check = {
  name: 'trailing_slash_redirect',
  defaultEnabled: true,
  writes: false,
  async run(ctx): Promise<CheckResult[]> {
    const documented = trailingSlashRedirect(ctx.spec);
    if (documented === undefined)
      return skipAll('trailing_slash_redirect', 'the spec states no x-trailing-slash-redirect');
    const results: CheckResult[] = [];
    for (const op of operationsToExercise(ctx).filter((o) => o.path.endsWith('/'))) {
      const plan = await ctx.session.plan(op, { minimal: true, label: `slash:${op.id}`, fakeIds: true });
      if (!plan) continue;
      const hasLimit = op.parameters.some((p) => p.in === 'query' && p.name === 'limit');
      const query = { ...plan.query, ...(hasLimit ? { limit: 1 } : {}), probe: ctx.session.seed };
      const pathTemplate = op.path.replace(/\/$/, '');
      // Recorded under the undocumented path: the response checks judge documented operations' answers only.
      const exchange = await ctx.session.send({ ...plan, pathTemplate, query }, 'owner', {
        operationId: `${op.method.toUpperCase()} ${pathTemplate}`,
        kind: 'probe',
      });
      const verdict = judgeTrailingSlash(exchange, ctx.session.baseUrl, documented);
      results.push(ctx.session.result('trailing_slash_redirect', exchange, verdict, { operation: op.id }));
    }
    return results;
  },
};
