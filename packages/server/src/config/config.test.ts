import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has documented defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 8000,
      host: '127.0.0.1',
      databaseUrl: 'sqlite:./data/orgapi.db',
      publicUrl: undefined,
      logLevel: 'info',
      smtpUrl: undefined,
      validateResponses: true,
      maxBodyBytes: 1048576,
      fileSigningKey: undefined,
      fastPath: true,
      metrics: true,
      headersTimeoutMs: 10000,
      requestTimeoutMs: 30000,
      keepAliveTimeoutMs: 5000,
      maxConnections: 500,
      allowedHosts: ['localhost', '127.0.0.1', '[::1]'],
      corsOrigins: [],
      // Upstream's BurstRateThrottle and SustainedRateThrottle (posthog/rate_limit.py).
      rateLimits: [
        { scope: 'burst', requests: 480, periodSeconds: 60 },
        { scope: 'sustained', requests: 4800, periodSeconds: 3600 },
      ],
    });
  });

  it('reads every variable', () => {
    expect(
      loadConfig({
        PORT: '9001',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://u:p@db:5432/orgapi',
        PUBLIC_URL: 'https://api.example.com/',
        LOG_LEVEL: 'WARN',
        SMTP_URL: 'smtp://mail:25',
        VALIDATE_RESPONSES: '0',
        MAX_BODY_BYTES: '2048',
        FILE_SIGNING_KEY: 'k3y-of-the-deployment',
        FAST_PATH: 'OFF',
        METRICS: 'off',
        HEADERS_TIMEOUT_MS: '2000',
        REQUEST_TIMEOUT_MS: '4000',
        KEEP_ALIVE_TIMEOUT_MS: '1500',
        MAX_CONNECTIONS: '64',
        ALLOWED_HOSTS: 'API.example.com, .example.org,[::1],10.0.0.7',
        CORS_ORIGINS: 'https://app.example.com/, http://localhost:3000',
        RATE_LIMIT: 'ON',
        RATE_LIMIT_BURST: '10/s',
        RATE_LIMIT_SUSTAINED: '1000/day',
      }),
    ).toEqual({
      port: 9001,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u:p@db:5432/orgapi',
      publicUrl: 'https://api.example.com',
      logLevel: 'warn',
      smtpUrl: 'smtp://mail:25',
      validateResponses: false,
      maxBodyBytes: 2048,
      fileSigningKey: 'k3y-of-the-deployment',
      fastPath: false,
      metrics: false,
      headersTimeoutMs: 2000,
      requestTimeoutMs: 4000,
      keepAliveTimeoutMs: 1500,
      maxConnections: 64,
      allowedHosts: [
        'localhost',
        '127.0.0.1',
        '[::1]',
        ...Object.values(networkInterfaces()).flatMap((addresses) =>
          (addresses ?? []).map(({ address }) => (address.includes(':') ? `[${address}]` : address)),
        ),
        'api.example.com',
        '.example.org',
        '10.0.0.7',
      ].filter((host, i, all) => all.indexOf(host) === i),
      corsOrigins: ['https://app.example.com', 'http://localhost:3000'],
      rateLimits: [
        { scope: 'burst', requests: 10, periodSeconds: 1 },
        { scope: 'sustained', requests: 1000, periodSeconds: 86_400 },
      ],
    });
  });

  it('RATE_LIMIT=off: no throttles', () => {
    expect(loadConfig({ RATE_LIMIT: 'off' }).rateLimits).toEqual([]);
    expect(loadConfig({ RATE_LIMIT: 'off', RATE_LIMIT_BURST: '1/s' }).rateLimits).toEqual([]);
  });

  it('resolves a relative SQLite path against INIT_CWD (where `npm start` was typed), absolute ones as given', () => {
    expect(loadConfig({ INIT_CWD: '/repo' }).databaseUrl).toBe('sqlite:/repo/data/orgapi.db');
    expect(loadConfig({ INIT_CWD: '/repo', DATABASE_URL: 'sqlite:db/x.db' }).databaseUrl).toBe(
      'sqlite:/repo/db/x.db',
    );
    expect(loadConfig({ INIT_CWD: '/repo', DATABASE_URL: 'sqlite:/var/x.db' }).databaseUrl).toBe(
      'sqlite:/var/x.db',
    );
    expect(loadConfig({ INIT_CWD: '/repo', DATABASE_URL: 'sqlite::memory:' }).databaseUrl).toBe(
      'sqlite::memory:',
    );
    expect(loadConfig({ DATABASE_URL: 'sqlite:db/x.db' }).databaseUrl).toBe('sqlite:db/x.db');
  });

  it('keeps the request timeout at least the headers timeout when only the latter is set', () => {
    expect(loadConfig({ HEADERS_TIMEOUT_MS: '45000' })).toMatchObject({
      headersTimeoutMs: 45000,
      requestTimeoutMs: 45000,
    });
    expect(loadConfig({ ALLOWED_HOSTS: '*', CORS_ORIGINS: '*' })).toMatchObject({
      allowedHosts: ['localhost', '127.0.0.1', '[::1]', '*'],
      corsOrigins: ['*'],
    });
    expect(
      loadConfig({ HOST: 'orgapi.internal', PUBLIC_URL: 'https://API.example.com:8443/v1' }).allowedHosts,
    ).toEqual(['localhost', '127.0.0.1', '[::1]', 'orgapi.internal', 'api.example.com']);
  });

  it.each([
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', VALIDATE_RESPONSES: 'true' }, true],
    [{ NODE_ENV: 'test' }, true],
    [{ VALIDATE_RESPONSES: '' }, true],
  ])('validateResponses for %j → %s', (env, expected) => {
    expect(loadConfig(env).validateResponses).toBe(expected);
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT: expected an integer from 0 to 65535, got "eighty"'],
    [{ PORT: '70000' }, 'PORT: expected an integer from 0 to 65535, got "70000"'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: expected sqlite:<file> or postgres://…, got "mysql://x"'],
    [
      { PUBLIC_URL: 'api.example.com' },
      'PUBLIC_URL: expected a URL (http: or https:), got "api.example.com"',
    ],
    [{ PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL: expected a http: or https: URL, got "ftp://x"'],
    [
      { PUBLIC_URL: 'http://x/?a=1' },
      'PUBLIC_URL: expected a base URL without query or fragment, got "http://x/?a=1"',
    ],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL: expected one of debug, info, warn, error, got "verbose"'],
    [{ SMTP_URL: 'http://mail' }, 'SMTP_URL: expected a smtp: or smtps: URL, got "http://mail"'],
    [{ VALIDATE_RESPONSES: 'yes' }, 'VALIDATE_RESPONSES: expected true, false, 1 or 0, got "yes"'],
    [{ MAX_BODY_BYTES: '0' }, 'MAX_BODY_BYTES: expected an integer from 1 to 1073741824, got "0"'],
    [{ FAST_PATH: 'false' }, 'FAST_PATH: expected on or off, got "false"'],
    [{ METRICS: 'no' }, 'METRICS: expected on or off, got "no"'],
    [{ HEADERS_TIMEOUT_MS: '50' }, 'HEADERS_TIMEOUT_MS: expected an integer from 100 to 3600000, got "50"'],
    [
      { REQUEST_TIMEOUT_MS: '5000', HEADERS_TIMEOUT_MS: '6000' },
      'REQUEST_TIMEOUT_MS: must be at least HEADERS_TIMEOUT_MS (6000), got "5000"',
    ],
    [{ MAX_CONNECTIONS: '0' }, 'MAX_CONNECTIONS: expected an integer from 1 to 1000000, got "0"'],
    [
      { ALLOWED_HOSTS: 'example.com:8000' },
      'ALLOWED_HOSTS: expected host names without scheme or port (example.com, .example.com, [::1] or *), got "example.com:8000"',
    ],
    [
      { ALLOWED_HOSTS: 'a.example,,b.example' },
      'ALLOWED_HOSTS: expected a comma-separated list without empty items, got "a.example,,b.example"',
    ],
    [
      { CORS_ORIGINS: 'https://app.example.com/path' },
      'CORS_ORIGINS: expected origins like https://app.example.com or *, got "https://app.example.com/path"',
    ],
    [{ RATE_LIMIT: 'no' }, 'RATE_LIMIT: expected on or off, got "no"'],
    [
      { RATE_LIMIT_BURST: '480' },
      'RATE_LIMIT_BURST: expected <requests>/<period> as Django REST framework writes rates (period s, m, h or d; e.g. 480/minute), got "480"',
    ],
    [
      { RATE_LIMIT_SUSTAINED: '0/hour' },
      'RATE_LIMIT_SUSTAINED: expected <requests>/<period> as Django REST framework writes rates (period s, m, h or d; e.g. 4800/hour), got "0/hour"',
    ],
    // Checked even while off, so that switching it on cannot fail later.
    [
      { RATE_LIMIT_BURST: '5/week', RATE_LIMIT: 'off' },
      'RATE_LIMIT_BURST: expected <requests>/<period> as Django REST framework writes rates (period s, m, h or d; e.g. 480/minute), got "5/week"',
    ],
  ])('rejects %j', (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(Object.keys(env)[0]);
    expect((error as ConfigError).message).toBe(message);
  });
});
