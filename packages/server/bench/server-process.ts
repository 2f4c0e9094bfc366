/*
 * A server under test, in its own process (forked by bench-processes.ts with an IPC channel). It runs bundled, as
 * build/server-process.mjs under plain node (scripts/build-bundle.mjs builds it next to `npm start`'s build/main.mjs),
 * so both sides run the code users run, in one bundle:
 *   server-process.mjs real <DATABASE_URL>   the reference server (`startServer`, production settings)
 *   server-process.mjs bare <bodies.json>    a bare Hono app serving precomputed JSON bodies ([{ path, body }])
 * Both listen on 127.0.0.1 (port 0), send `{ port }` once listening, answer the message 'memory' with
 * `{ memory: process.memoryUsage() }` (a side channel: no HTTP endpoint), and exit cleanly on the message 'stop' or
 * when the parent goes away (so `--cpu-prof` writes its profile).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig } from '../src/config/config.js';
import { startServer } from '../src/main.js';

/** A precomputed response of the bare app. */
export interface BareRoute {
  path: string;
  body: string;
}

async function startReal(databaseUrl: string): Promise<{ port: number; close: () => Promise<void> }> {
  // Production settings (NODE_ENV=production: no response validation), one JSON log line per request at `info`;
  // the parent sends this process's stdout to /dev/null. No rate limits: the load sends thousands of requests a
  // minute with one key.
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      RATE_LIMIT: 'off',
    }),
    port: 0,
    host: '127.0.0.1',
    databaseUrl,
  };
  const server = await startServer({ config, print: () => {} });
  return { port: server.port, close: () => server.close() };
}

async function startBare(bodiesFile: string): Promise<{ port: number; close: () => Promise<void> }> {
  const routes = JSON.parse(readFileSync(bodiesFile, 'utf8')) as BareRoute[];
  const app = new Hono();
  for (const route of routes) {
    app.get(route.path, (c) => c.body(route.body, 200, { 'Content-Type': 'application/json' }));
  }
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started));
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}

const [mode, argument] = process.argv.slice(2);
if ((mode !== 'real' && mode !== 'bare') || !argument) {
  process.stderr.write('usage: server-process.mjs real <DATABASE_URL> | bare <bodies.json>\n');
  process.exit(2);
}
const running = mode === 'real' ? await startReal(argument) : await startBare(argument);
const stop = () =>
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.on('message', (message) => {
  if (message === 'memory') process.send?.({ memory: process.memoryUsage() });
  if (message === 'stop') stop();
});
// The benchmark died without saying 'stop': do not linger as an orphan holding a port.
process.on('disconnect', stop);
process.send?.({ port: running.port });
