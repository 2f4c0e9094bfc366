import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';

/** Where the host of an absolute URL starts and ends (`http://host:port/path`), found without parsing the URL. */
function hostBounds(url: string): [start: number, end: number] {
  const start = url.indexOf('//') + 2;
  const path = url.indexOf('/', start);
  return [start, path === -1 ? url.length : path];
}

/** The origin of an absolute request URL: `http://host:port/path?q` → `http://host:port`. */
export function originOf(url: string): string {
  return url.slice(0, hostBounds(url)[1]);
}

/** The host (with its port, if any) of an absolute request URL: `http://host:port/path?q` → `host:port`. */
export function hostOf(url: string): string {
  return url.slice(...hostBounds(url));
}

/**
 * The base of every absolute URL the server writes (pagination links, the trailing-slash redirect, the download
 * redirect, invite email links): `PUBLIC_URL` (its path kept as a prefix), else the request's origin, whose host the
 * app's host check (`allowed-hosts.ts`) has allowed. Never ends in `/`.
 *
 * @example
 * `${publicBaseUrl(c)}/signup/${invite.id}` // 'https://api.example.com/signup/…'
 */
export function publicBaseUrl(c: Context<AppEnv>): string {
  const configured = c.get('deps').settings.publicUrl;
  return configured ? configured.replace(/\/+$/, '') : originOf(c.req.url);
}
