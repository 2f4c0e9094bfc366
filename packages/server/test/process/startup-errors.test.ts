/*
 * What the real server process does when it cannot start: a clear message on stderr, a non-zero exit code, and
 * no lost first-start key.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBundle, spawnServerBundle } from './support/server-bundle.js';
import { logRecords, parseBanner, waitForListening } from './support/server-output.js';
import { type SpawnedProcess, waitForClose } from './support/spawned-process.js';

const TIMEOUT_MS = 240_000;
const dir = mkdtempSync(join(tmpdir(), 'server-startup-'));
const spawned: SpawnedProcess[] = [];

function startServer(env: Record<string, string>): SpawnedProcess {
  const server = spawnServerBundle(env);
  spawned.push(server);
  return server;
}

beforeAll(() => ensureServerBundle(), TIMEOUT_MS);

afterAll(() => {
  for (const server of spawned) server.signalGroup('SIGKILL'); // only matters when a test failed half-way
  rmSync(dir, { recursive: true, force: true });
});

describe('server start-up errors', { timeout: TIMEOUT_MS }, () => {
  it('a busy port: exits 1 with a clear message, and the next start still prints the first-start key', async () => {
    const databaseUrl = `sqlite:${join(dir, 'busy-port.db')}`;
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const refused = startServer({ PORT: String(port), DATABASE_URL: databaseUrl });
      expect(await waitForClose(refused)).toEqual({ code: 1, signal: null });
      expect(refused.stderr()).toBe(
        `Cannot listen on 127.0.0.1:${port}: the address is already in use. ` +
          'Stop the process using it or set PORT (PORT=0 picks a free port).\n',
      );
      expect(parseBanner(refused.stdout())).toBeUndefined();
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }

    const server = startServer({ PORT: '0', DATABASE_URL: databaseUrl });
    const listening = await waitForListening(server);
    expect(parseBanner(server.stdout())).toMatchObject({ key: expect.stringMatching(/^phx_/) });
    process.kill(listening.pid, 'SIGTERM');
    const exit = await waitForClose(server);
    expect(exit, `${server.stdout()}\n${server.stderr()}`).toEqual({ code: 0, signal: null });
    expect(logRecords(server.stdout()).at(-1)).toMatchObject({ msg: 'stopped' });
  });

  it('an invalid setting: exits 2 naming the variable, before touching the database', async () => {
    const server = startServer({
      PORT: 'eighty',
      DATABASE_URL: `sqlite:${join(dir, 'never', 'created.db')}`,
    });
    expect(await waitForClose(server)).toEqual({ code: 2, signal: null });
    expect(server.stderr()).toBe(
      'Invalid configuration: PORT: expected an integer from 0 to 65535, got "eighty"\n',
    );
    expect(server.stdout()).toBe('');
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });
});
