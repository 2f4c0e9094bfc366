import type { RateRule } from '../domain/rate-windows.js';
import type { Membership, Organization, PersonalApiKey, User } from '../domain/types.js';
import type { Mailer } from '../mail/mailer.js';
import type { Store } from '../store/store.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { OperationSpec } from './operation-table.js';

/** Source of the current time (tests pass a fixed or stepping clock). */
export interface Clock {
  now(): Date;
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Server settings the HTTP layer reads (a subset of the full config, so tests can build apps with few fields). */
export interface HttpSettings {
  /**
   * Public base URL (e.g. `https://api.example.com`) of every absolute URL the server writes (pagination links,
   * redirects, invite email links); else the request's origin (see `public-url.ts`).
   */
  publicUrl?: string;
  /**
   * Hosts requests may name (`allowed-hosts.ts`); others get 400. `startServer` always sets them (the listening
   * address, localhost, `PUBLIC_URL`'s host and `ALLOWED_HOSTS`); unset, an in-process app accepts any host.
   */
  allowedHosts?: readonly string[];
  /** `CORS_ORIGINS`: browser origins allowed to call the API (`cors.ts`); unset or empty: no CORS. */
  corsOrigins?: readonly string[];
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBodyBytes?: number;
  /** Validate every JSON response against the spec's response schema (on in tests and development). */
  validateResponses?: boolean;
  /**
   * `FILE_SIGNING_KEY`: HMAC key of legal document download URLs; default: the key generated at the database's first
   * migration (see `legal-documents-file-signing.ts`).
   */
  fileSigningKey?: string;
  /** `FAST_PATH`: false keeps no rendered members page (`store/fast-path/`); default on. */
  fastPath?: boolean;
  /** `METRICS`: false serves no `/metrics` (metrics are still counted); default on. */
  metrics?: boolean;
  /**
   * Upstream's throttles per personal API key (`RATE_LIMIT*`, see `domain/rate-windows.ts`). Default none: apps built
   * by tests are not throttled unless they pass rules.
   */
  rateLimits?: readonly RateRule[];
}

/** Everything a handler may need, available as `c.get('deps')`. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  /** `null` when no mail transport is configured (`emailing_attempt_made` stays false). */
  mailer: Mailer | null;
  settings: HttpSettings;
  logger: Logger;
  /** Request, latency, throttling and cache counters of this app (`metrics.ts`; `createApp` always sets them). */
  metrics?: Metrics;
}

/** The operation the request matched in the generated operations table. */
export interface MatchedOperation {
  operationId: string;
  operation: OperationSpec;
  /** Raw (URI-decoded, unvalidated) path params. */
  params: Record<string, string>;
}

/** Who is calling: the personal API key and its user. */
export interface Principal {
  user: User;
  key: PersonalApiKey;
}

/**
 * Hono `Env` of the app. Set by the middleware, in order: `requestId`, `deps` (always); `operation` (API routes);
 * `principal`, `organization`, `membership` (after authentication, on every operation — all operations live under
 * `/api/organizations/{organization_id}/`).
 *
 * @example
 * const handler: RouteHandler<typeof route, AppEnv> = (c) => c.json({ org: c.get('organization').id }, 200);
 */
export interface AppEnv {
  Variables: {
    requestId: string;
    deps: AppDeps;
    operation: MatchedOperation;
    principal: Principal;
    organization: Organization;
    /** The requester's membership in `organization` (its `level` is the requester's level). */
    membership: Membership;
  };
}
