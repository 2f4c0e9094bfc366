import { isAbsolute, resolve } from 'node:path';
import {
  parseRate,
  type RateRule,
  UPSTREAM_BURST_RATE,
  UPSTREAM_SUSTAINED_RATE,
} from '../domain/rate-windows.js';
import { resolveAllowedHosts } from '../http/allowed-hosts.js';
import { LOG_LEVELS, type LogLevel } from '../http/logger.js';

/** The server's settings, read once from the environment by {@link loadConfig}. */
export interface Config {
  /** `PORT`, default 8000. */
  port: number;
  /**
   * `HOST`, default `127.0.0.1`: the first start prints an owner key, so by default the server is reachable only from
   * this machine. Set `HOST=0.0.0.0` to listen on every interface (containers, other machines).
   */
  host: string;
  /** `DATABASE_URL`, default `sqlite:./data/orgapi.db` (relative to the working directory) or `postgres://…`. */
  databaseUrl: string;
  /** `PUBLIC_URL` (http/https, no query): base of absolute links (pagination, invite emails). */
  publicUrl: string | undefined;
  /** `LOG_LEVEL`: debug | info | warn | error, default info. */
  logLevel: LogLevel;
  /** `SMTP_URL` (`smtp://` or `smtps://`); unset = no email is sent. */
  smtpUrl: string | undefined;
  /** `VALIDATE_RESPONSES` (true/false/1/0), default on unless `NODE_ENV=production`. */
  validateResponses: boolean;
  /** `MAX_BODY_BYTES`, default 1048576 (1 MiB). */
  maxBodyBytes: number;
  /**
   * `FILE_SIGNING_KEY`: HMAC key of the short-lived legal document download URLs. Unset: a random key generated at
   * the database's first migration and kept in it (shared by every process, the same after a restart).
   */
  fileSigningKey: string | undefined;
  /**
   * `FAST_PATH` (on/off), default on: the speed layer (`src/store/fast-path/`: rendered members pages, SQLite
   * authentication lookups kept while the database is unchanged). Off: every request reads the database.
   */
  fastPath: boolean;
  /**
   * `METRICS` (on/off), default on: `GET /metrics` in the Prometheus text format, without a key (as scrapers
   * expect). Set off where the port is reachable by people who should not see request counts.
   */
  metrics: boolean;
  /** `HEADERS_TIMEOUT_MS`, default 10000: a connection that has not sent a complete request head by then is closed. */
  headersTimeoutMs: number;
  /** `REQUEST_TIMEOUT_MS`, default 30000 (at least the headers timeout): the whole request, body included (408). */
  requestTimeoutMs: number;
  /** `KEEP_ALIVE_TIMEOUT_MS`, default 5000: an idle keep-alive connection is closed after this long. */
  keepAliveTimeoutMs: number;
  /** `MAX_CONNECTIONS`, default 500: connections beyond this many open at once are closed as they arrive. */
  maxConnections: number;
  /**
   * The hosts requests may name (others get 400; `http/allowed-hosts.ts`): localhost, the listening address (every
   * interface's address with `HOST=0.0.0.0`), `PUBLIC_URL`'s host, and `ALLOWED_HOSTS` (comma-separated host names,
   * `.example.com` for a domain and its subdomains, `*` for any host).
   */
  allowedHosts: string[];
  /**
   * `CORS_ORIGINS` (comma-separated origins such as `https://app.example.com`, or `*`): browser origins allowed to
   * call the API. Unset or empty: no CORS headers at all.
   */
  corsOrigins: string[];
  /**
   * `RATE_LIMIT` (on/off), default on: upstream's throttles per personal API key, `RATE_LIMIT_BURST` (default
   * `480/minute`) and `RATE_LIMIT_SUSTAINED` (default `4800/hour`) in Django REST framework's `N/period` syntax.
   * Empty when off (both rates are still checked).
   */
  rateLimits: readonly RateRule[];
}

/** A configuration value is invalid; the message names the variable and what is accepted. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(name, `expected an integer from ${min} to ${max}, got "${raw}"`);
  }
  return parsed;
}

function url(env: Env, name: string, protocols: readonly string[]): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `expected a URL (${protocols.join(' or ')}), got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `expected a ${protocols.join(' or ')} URL, got "${raw}"`);
  }
  return raw;
}

function onOff(env: Env, name: string): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ConfigError(name, `expected on or off, got "${env[name]}"`);
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `expected true, false, 1 or 0, got "${env[name]}"`);
}

/**
 * A relative SQLite path is resolved against `INIT_CWD` (where the user typed `npm start`; npm runs workspace
 * scripts inside the package folder) when npm set it, so `./data/` is the folder the README means.
 */
function databaseUrl(env: Env): string {
  const raw = value(env, 'DATABASE_URL') ?? 'sqlite:./data/orgapi.db';
  if (/^postgres(ql)?:\/\/.+/.test(raw)) return raw;
  const sqlitePath = /^sqlite:(.+)$/.exec(raw)?.[1];
  if (sqlitePath === undefined) {
    throw new ConfigError('DATABASE_URL', `expected sqlite:<file> or postgres://…, got "${raw}"`);
  }
  const base = value(env, 'INIT_CWD');
  if (!base || sqlitePath === ':memory:' || isAbsolute(sqlitePath)) return raw;
  return `sqlite:${resolve(base, sqlitePath)}`;
}

function list(env: Env, name: string): string[] | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const items = raw.split(',').map((item) => item.trim());
  if (items.some((item) => item === '')) {
    throw new ConfigError(name, `expected a comma-separated list without empty items, got "${raw}"`);
  }
  return items;
}

/** Host names as Django's `ALLOWED_HOSTS`: `name`, `.domain` (and its subdomains), `*`; IPv6 in brackets; no port. */
function allowedHosts(env: Env): string[] {
  const hosts = list(env, 'ALLOWED_HOSTS')?.map((host) => host.toLowerCase()) ?? [];
  for (const host of hosts) {
    if (host !== '*' && !/^(\.?[a-z0-9_-]+(\.[a-z0-9_-]+)*\.?|\[[0-9a-f:.]+\])$/.test(host)) {
      throw new ConfigError(
        'ALLOWED_HOSTS',
        `expected host names without scheme or port (example.com, .example.com, [::1] or *), got "${host}"`,
      );
    }
  }
  return hosts;
}

/** Origins (`scheme://host[:port]`, as browsers send them in `Origin`) or `*`. */
function corsOrigins(env: Env): string[] {
  return (list(env, 'CORS_ORIGINS') ?? []).map((origin) => {
    if (origin === '*') return origin;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {}
    const trimmed = origin.replace(/\/$/, '');
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== trimmed) {
      throw new ConfigError(
        'CORS_ORIGINS',
        `expected origins like https://app.example.com or *, got "${origin}"`,
      );
    }
    return parsed.origin;
  });
}

function timeouts(env: Env): Pick<Config, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'> {
  const headersTimeoutMs = integer(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 3_600_000);
  const requestTimeoutMs = integer(
    env,
    'REQUEST_TIMEOUT_MS',
    Math.max(30_000, headersTimeoutMs),
    100,
    3_600_000,
  );
  if (requestTimeoutMs < headersTimeoutMs) {
    throw new ConfigError(
      'REQUEST_TIMEOUT_MS',
      `must be at least HEADERS_TIMEOUT_MS (${headersTimeoutMs}), got "${requestTimeoutMs}"`,
    );
  }
  return {
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 3_600_000),
  };
}

function rateRule(env: Env, name: string, scope: string, fallback: string): RateRule {
  const raw = value(env, name) ?? fallback;
  const rate = parseRate(raw);
  if (!rate) {
    throw new ConfigError(
      name,
      `expected <requests>/<period> as Django REST framework writes rates (period s, m, h or d; e.g. ${fallback}), got "${raw}"`,
    );
  }
  return { scope, ...rate };
}

function rateLimits(env: Env): readonly RateRule[] {
  const rules = [
    rateRule(env, 'RATE_LIMIT_BURST', 'burst', UPSTREAM_BURST_RATE),
    rateRule(env, 'RATE_LIMIT_SUSTAINED', 'sustained', UPSTREAM_SUSTAINED_RATE),
  ];
  return onOff(env, 'RATE_LIMIT') ? rules : [];
}

function logLevel(env: Env): LogLevel {
  const raw = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if ((LOG_LEVELS as readonly string[]).includes(raw)) return raw as LogLevel;
  throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
}

function publicUrl(env: Env): string | undefined {
  const raw = url(env, 'PUBLIC_URL', ['http:', 'https:']);
  if (raw !== undefined && (new URL(raw).search || new URL(raw).hash)) {
    throw new ConfigError('PUBLIC_URL', `expected a base URL without query or fragment, got "${raw}"`);
  }
  return raw?.replace(/\/+$/, '');
}

/**
 * Reads and checks the configuration. Throws {@link ConfigError} naming the first invalid variable.
 *
 * @example
 * const config = loadConfig(process.env); // { port: 8000, host: '127.0.0.1', … }
 */
export function loadConfig(env: Env = process.env): Config {
  const host = value(env, 'HOST') ?? '127.0.0.1';
  return {
    port: integer(env, 'PORT', 8000, 0, 65535),
    host,
    databaseUrl: databaseUrl(env),
    publicUrl: publicUrl(env),
    logLevel: logLevel(env),
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:']),
    validateResponses: boolean(env, 'VALIDATE_RESPONSES', value(env, 'NODE_ENV') !== 'production'),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1024 * 1024, 1, 1024 * 1024 * 1024),
    fileSigningKey: value(env, 'FILE_SIGNING_KEY'),
    fastPath: onOff(env, 'FAST_PATH'),
    metrics: onOff(env, 'METRICS'),
    ...timeouts(env),
    maxConnections: integer(env, 'MAX_CONNECTIONS', 500, 1, 1_000_000),
    allowedHosts: resolveAllowedHosts({ host, publicUrl: publicUrl(env), allowedHosts: allowedHosts(env) }),
    corsOrigins: corsOrigins(env),
    rateLimits: rateLimits(env),
  };
}
