import { networkInterfaces } from 'node:os';
import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../errors/api-error.js';
import type { AppEnv } from './app-env.js';
import { hostOf } from './public-url.js';

/** Names of this machine every server answers to. */
export const LOCALHOST_NAMES: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** A host name as `ALLOWED_HOSTS` and the check write it: lower case, IPv6 in brackets, no port. */
function hostName(address: string): string {
  const lower = address.toLowerCase();
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower;
}

/**
 * The hosts requests may name: localhost, the address the server listens on (every interface's address when it
 * listens on all of them: `0.0.0.0` or `::`), `PUBLIC_URL`'s host, and `ALLOWED_HOSTS` (`*` = any host).
 *
 * @example
 * resolveAllowedHosts({ host: '127.0.0.1', publicUrl: 'https://api.example.com', allowedHosts: [] });
 * // ['localhost', '127.0.0.1', '[::1]', 'api.example.com']
 */
export function resolveAllowedHosts(config: {
  host: string;
  publicUrl?: string | undefined;
  allowedHosts: readonly string[];
}): string[] {
  const hosts = new Set(LOCALHOST_NAMES);
  if (config.host === '0.0.0.0' || config.host === '::') {
    for (const addresses of Object.values(networkInterfaces())) {
      for (const { address } of addresses ?? []) hosts.add(hostName(address));
    }
  } else {
    hosts.add(hostName(config.host));
  }
  if (config.publicUrl) hosts.add(hostName(new URL(config.publicUrl).hostname));
  for (const host of config.allowedHosts) hosts.add(host);
  return [...hosts];
}

/**
 * A predicate on the host part of a request URL (`name` or `name:port`, port ignored) as Django's `ALLOWED_HOSTS`
 * matches it: `*` matches any host, `.example.com` matches `example.com` and its subdomains, anything else exactly.
 */
export function compileHostMatcher(allowed: readonly string[]): (host: string) => boolean {
  if (allowed.includes('*')) return () => true;
  const exact = new Set(allowed.filter((host) => !host.startsWith('.')));
  const domains = allowed.filter((host) => host.startsWith('.'));
  return (host) => {
    const name = host.toLowerCase().replace(/:\d*$/, '');
    if (exact.has(name)) return true;
    return domains.some((domain) => name === domain.slice(1) || name.endsWith(domain));
  };
}

/** How many distinct allowed host strings (`name:port` as requests write them) {@link checkAllowedHost} remembers. */
export const REMEMBERED_HOSTS = 64;

/**
 * 400 `disallowed_host` for a request whose URL names a host outside `allowed` (the `Host` header, or the host of an
 * absolute request target): absolute URLs the server writes are built from the request's origin when `PUBLIC_URL`
 * is not set, so a forged host must not get that far (link poisoning). Host strings found allowed are remembered
 * (at most {@link REMEMBERED_HOSTS}; refused ones never) so the usual request costs one set lookup.
 */
export function checkAllowedHost(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  const isAllowed = compileHostMatcher(allowed);
  const allowedSeen = new Set<string>();
  return function checkAllowedHost(c, next) {
    const host = hostOf(c.req.url);
    if (!allowedSeen.has(host)) {
      if (!isAllowed(host)) throw ApiError.disallowedHost(host);
      if (allowedSeen.size < REMEMBERED_HOSTS) allowedSeen.add(host);
    }
    return next();
  };
}
