import type { RequestPlan } from '../http/http-types.js';
import type { Verdict } from './check-types.js';
import { fail, pass } from './verdicts.js';

/** The base URL's origin and path prefix (no trailing slash). */
function baseParts(baseUrl: string): { origin: string; prefix: string } {
  const base = new URL(baseUrl);
  return { origin: base.origin, prefix: base.pathname.replace(/\/+$/, '') };
}

/** True when a client given `baseUrl` can follow the link: same origin, under the base path. */
export function isInsideBase(link: string, baseUrl: string): boolean {
  const url = new URL(link, baseUrl);
  const { origin, prefix } = baseParts(baseUrl);
  return url.origin === origin && (prefix === '' || url.pathname.startsWith(`${prefix}/`));
}

/**
 * A follow-up plan for a `next`/`previous` URL: its path and query, relative to the base URL. Undefined for a link
 * outside the base URL (a client cannot follow it; {@link judgeLinkTarget} reports it).
 */
export function planFromLink(link: string, baseUrl: string): RequestPlan | undefined {
  if (!isInsideBase(link, baseUrl)) return undefined;
  const url = new URL(link, baseUrl);
  const path = url.pathname.slice(baseParts(baseUrl).prefix.length);
  const query: Record<string, unknown> = {};
  url.searchParams.forEach((v, k) => {
    query[k] = v;
  });
  return { method: 'get', pathTemplate: path, pathParams: {}, query, headers: {} };
}

/** A `next`/`previous` link must point inside `--base-url` (never rebased silently). */
export function judgeLinkTarget(link: string, baseUrl: string, which: string): Verdict {
  return isInsideBase(link, baseUrl)
    ? pass(`${which} link inside the base URL`)
    : fail(`${which} link ${link} points outside --base-url ${baseUrl}: a client cannot follow it`);
}

/**
 * A `next`/`previous` link keeps every filter of the request (same name, same value) and the same `limit`; only
 * `offset` may change.
 */
export function judgeLinkKeepsQuery(link: string, sent: Record<string, string>, which: string): Verdict {
  const params = new URL(link, 'http://link.invalid').searchParams;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(sent)) {
    if (name === 'offset') continue;
    const got = params.getAll(name);
    if (got.length === 0) problems.push(`drops ${name}=${JSON.stringify(value)}`);
    else if (got.length > 1 || got[0] !== value)
      problems.push(`changes ${name} from ${JSON.stringify(value)} to ${JSON.stringify(got.join(','))}`);
  }
  return problems.length
    ? fail(`${which} link ${problems.join(', ')}: ${link}`)
    : pass(`${which} link keeps ${Object.keys(sent).join(', ')}`);
}
