import { realpathSync } from 'node:fs';
import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { type DemoSeed, seedDemoIfEmpty } from './cli/provisioning.js';
import { type Config, ConfigError, loadConfig } from './config/config.js';
import type { Handlers } from './generated/handlers.gen.js';
import { createApp } from './http/app.js';
import type { AppDeps, AppEnv } from './http/app-env.js';
import { batchWrites } from './http/batched-writer.js';
import { connectionServerOptions, limitConnections } from './http/connection-limits.js';
import { createJsonLogger, type Logger } from './http/logger.js';
import { createMailer } from './mail/smtp-mailer.js';
import { openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

/** How often the background job purges projects pending deletion and stale rate limit counters (default: 1 min). */
export const DEFAULT_PURGE_INTERVAL_MS = 60_000;

/** Options of {@link startServer}. */
export interface StartServerOptions {
  config: Config;
  /** The handlers of every operation (default: the real ones); see `createApp`. */
  handlers?: (deps: AppDeps) => Handlers<AppEnv>;
  /** Human output (the first-start banner); default stdout. */
  print?: (text: string) => void;
  /** Log lines (JSON); default stdout. */
  writeLog?: (line: string) => void;
  now?: () => Date;
  purgeIntervalMs?: number;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL to reach it (PUBLIC_URL, else `http://<host>:<port>`). */
  url: string;
  port: number;
  store: Store;
  /** The server's logger (its lines are batched: see `batchWrites`). */
  logger: Logger;
  /** Stops accepting connections, lets in-flight requests finish, stops the purge job, closes mailer and store. */
  close(): Promise<void>;
}

/**
 * The periodic purge: projects pending deletion and stale rate limit counters (a bounded batch each). Logs what went
 * and any failure, never throws, so a failing run does not stop the server.
 */
export async function purgeExpiredRows(store: Store, logger: Logger): Promise<void> {
  const purge = async (what: string, run: () => Promise<number>) => {
    try {
      const count = await run();
      if (count > 0) logger.info({ msg: `purged ${what}`, count });
    } catch (error) {
      logger.error({
        msg: `purging ${what} failed`,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  await purge('projects pending deletion', () => store.purgePendingDeletions());
  await purge('stale rate limit counters', () => store.purgeStaleRateCounters());
}

/** The banner printed ONCE, when the first start seeded the demo organization. */
export function formatDemoBanner(seed: DemoSeed, baseUrl: string): string {
  return [
    '',
    'First start: created a demo organization, its owner and a personal API key (scope *).',
    `  Organization id: ${seed.organization.id}`,
    `  Owner:           ${seed.owner.email}`,
    `  API key:         ${seed.key.value}   (shown only now — store it)`,
    '',
    'Try it:',
    `  curl -H "Authorization: Bearer ${seed.key.value}" ${baseUrl}/api/organizations/${seed.organization.id}/members/`,
    '',
  ].join('\n');
}

/**
 * Opens and migrates the store, seeds a demo organization on first start (printing its key once), purges projects
 * pending deletion and stale rate limit counters (now, then every `purgeIntervalMs`) and serves the app with
 * @hono/node-server.
 *
 * @example
 * const server = await startServer({ config: loadConfig() });
 * process.once('SIGTERM', () => server.close());
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const now = options.now ?? (() => new Date());
  const print = options.print ?? ((text: string) => process.stdout.write(text));
  // Log lines go out in batches (50 ms, or 64 Ki characters: see batchWrites); flushed on close and at exit.
  const logOutput = batchWrites(options.writeLog ?? ((chunk) => process.stdout.write(chunk)));
  process.on('exit', logOutput.flush);
  const logger = createJsonLogger({ level: config.logLevel, write: logOutput.write, now });
  const store = await openStore(config.databaseUrl, { now, fastPath: config.fastPath });
  await store.migrate();
  await purgeExpiredRows(store, logger);
  const mailer = createMailer(config.smtpUrl);
  const app = createApp({
    store,
    clock: { now },
    mailer,
    config,
    handlers: options.handlers,
    logger,
  });

  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const started = serve(
        {
          fetch: app.fetch,
          port: config.port,
          hostname: config.host,
          serverOptions: connectionServerOptions(config),
        },
        () => resolve(started),
      );
      started.once('error', reject);
    });
    limitConnections(server as Server, config);
  } catch (error) {
    mailer?.close();
    await store.close();
    logOutput.flush();
    process.off('exit', logOutput.flush);
    throw error;
  }
  // Seeded only once the port is ours: a start that cannot listen must not use up the one-time key banner.
  const seed = await seedDemoIfEmpty(store);
  const port = (server.address() as AddressInfo).port;
  const url = config.publicUrl ?? `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  if (seed) print(formatDemoBanner(seed, url));
  logger.info({ msg: 'listening', url, port, database: store.dialect, pid: process.pid });

  let purging: Promise<void> | undefined;
  const timer = setInterval(() => {
    purging ??= purgeExpiredRows(store, logger).finally(() => {
      purging = undefined;
    });
  }, options.purgeIntervalMs ?? DEFAULT_PURGE_INTERVAL_MS);
  timer.unref();

  let closing: Promise<void> | undefined;
  // While closing, a keep-alive connection that finishes its last response is closed at once (not after the
  // keep-alive timeout), so shutdown takes as long as the slowest in-flight request.
  server.on('request', (_request, response: ServerResponse) => {
    response.once('finish', () => {
      if (closing && 'closeIdleConnections' in server) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    url,
    port,
    store,
    logger,
    close() {
      closing ??= (async () => {
        clearInterval(timer);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ('closeIdleConnections' in server) server.closeIdleConnections();
        });
        await purging;
        mailer?.close();
        await store.close();
        logger.info({ msg: 'stopped' });
        logOutput.flush();
        process.off('exit', logOutput.flush);
      })();
      return closing;
    },
  };
}

/** A readable message for the usual reasons the server cannot listen (busy port, privileged port, bad HOST). */
export function describeListenError(error: unknown, host: string, port: number): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  const where = `Cannot listen on ${host}:${port}`;
  if (code === 'EADDRINUSE') {
    return `${where}: the address is already in use. Stop the process using it or set PORT (PORT=0 picks a free port).`;
  }
  if (code === 'EACCES') return `${where}: permission denied. Set PORT to 1024 or above.`;
  if (code === 'EADDRNOTAVAIL') return `${where}: this machine has no such address. Check HOST.`;
  return undefined;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Invalid configuration: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const starting = startServer({ config });
  // Handlers go in BEFORE the server announces itself ("listening"): a signal sent as soon as that line is read
  // must stop the server gracefully, not kill it. A signal during start-up stops it once it has started.
  const stop = (signal: string) => {
    starting
      .then((server) => {
        // Through the server's logger: after the request lines already gathered, before "stopped".
        server.logger.info({ msg: 'shutting down', signal });
        return server.close();
      })
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`shutdown failed: ${String(error)}\n`);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  try {
    await starting;
  } catch (error) {
    const message = describeListenError(error, config.host, config.port);
    if (message === undefined) throw error;
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
}

// Run when this module is the process's entry: `node --import tsx src/main.ts`, or its bundle `node build/main.mjs`.
// A bundle's modules share its `import.meta.url`: the benchmark's `build/server-process.mjs` contains this module and
// is its process's entry too, so the file name must say `main`.
const entryUrl = process.argv[1] ? pathToFileURL(realpathSync(process.argv[1])).href : undefined;
if (entryUrl === import.meta.url && /\/main\.(ts|mjs)$/.test(entryUrl)) {
  await main();
}
