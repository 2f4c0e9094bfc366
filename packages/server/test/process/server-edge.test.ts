/*
 * The server's edge over real TCP, against the bundle `npm start` runs: connections that never send a request are
 * closed after HEADERS_TIMEOUT_MS, connections beyond MAX_CONNECTIONS are refused, a body that trickles in is cut
 * after REQUEST_TIMEOUT_MS (408), an idle keep-alive connection is closed after KEEP_ALIVE_TIMEOUT_MS, a client
 * that hangs up in the middle of its body is logged as a client-closed request (499, info), not as a server error, and
 * a request naming a host the server does not serve (default ALLOWED_HOSTS: localhost and the listening address) is
 * refused before it can poison a link.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from './support/http-caller.js';
import { openConnection, type RawConnection, send, waitForClosed } from './support/raw-socket.js';
import { startServerBundle } from './support/server-bundle.js';
import { type Banner, type Listening, logRecords } from './support/server-output.js';
import type { SpawnedProcess } from './support/spawned-process.js';

const TIMEOUT_MS = 240_000;
const HEADERS_TIMEOUT_MS = 3_000;
const REQUEST_TIMEOUT_MS = 4_000;
const KEEP_ALIVE_TIMEOUT_MS = 1_000;
const MAX_CONNECTIONS = 30;
/** How long a connection may outlive its timeout before the test gives up (a guard against hangs). */
const GUARD_MS = 30_000;

const dir = mkdtempSync(join(tmpdir(), 'server-edge-'));
let server: SpawnedProcess;
let listening: Listening;
let banner: Banner;

beforeAll(async () => {
  const started = await startServerBundle({
    DATABASE_URL: `sqlite:${join(dir, 'edge.db')}`,
    HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    KEEP_ALIVE_TIMEOUT_MS: String(KEEP_ALIVE_TIMEOUT_MS),
    MAX_CONNECTIONS: String(MAX_CONNECTIONS),
  });
  ({ server, listening } = started);
  banner = started.banner as Banner;
}, TIMEOUT_MS);

afterAll(() => {
  server?.signalGroup('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** The head of an authenticated JSON POST to the demo organization's invites, announcing `length` body bytes. */
function invitePostHead(requestId: string, length: number): string {
  return [
    `POST /api/organizations/${banner.organizationId}/invites/ HTTP/1.1`,
    `Host: 127.0.0.1:${listening.port}`,
    `Authorization: Bearer ${banner.key}`,
    'Content-Type: application/json',
    `Content-Length: ${length}`,
    `X-Request-Id: ${requestId}`,
    '',
    '',
  ].join('\r\n');
}

describe('connections at the edge (real TCP, the bundled server)', { timeout: TIMEOUT_MS }, () => {
  it('closes connections that send nothing, refuses those beyond MAX_CONNECTIONS, and answers again after', async () => {
    const idle: RawConnection[] = [];
    for (let i = 0; i < MAX_CONNECTIONS; i += 1) idle.push(await openConnection(listening.port));
    // Node counts a connection once it has accepted it: let the last ones land before knocking once more.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const extra = await openConnection(listening.port);
    await waitForClosed([extra], GUARD_MS);
    expect(idle.filter((c) => c.isClosed())).toEqual([]); // the cap closed the extra one, not the idle ones

    const lifetimes = await waitForClosed(idle, HEADERS_TIMEOUT_MS + GUARD_MS);
    expect(idle.map((c) => c.received())).toEqual(idle.map(() => '')); // closed without an answer
    expect(Math.min(...lifetimes)).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 100); // not before their time

    const health = await createCaller(listening.url, undefined, 'edge-health')('GET', '/healthz');
    expect(health.status).toBe(200);
  });

  it('answers 408 and closes a connection whose body trickles in slower than REQUEST_TIMEOUT_MS', async () => {
    const slow = await openConnection(listening.port);
    await send(slow, invitePostHead('edge-slowloris', 1000));
    const drip = setInterval(() => {
      if (!slow.isClosed()) slow.socket.write('x');
    }, 200);
    try {
      await waitForClosed([slow], REQUEST_TIMEOUT_MS + GUARD_MS);
    } finally {
      clearInterval(drip);
    }
    expect(slow.received()).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
  });

  it('closes an idle keep-alive connection after KEEP_ALIVE_TIMEOUT_MS (Node: 5 s)', async () => {
    const keepAlive = await openConnection(listening.port);
    await send(keepAlive, `GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:${listening.port}\r\n\r\n`);
    const lifetime = (await waitForClosed([keepAlive], GUARD_MS))[0] as number;
    expect(keepAlive.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\n\{"status":"ok"\}$/);
    expect(lifetime).toBeLessThan(4_500);
  });

  it('logs a client that hangs up in the middle of its body as a client-closed request (info, 499)', async () => {
    const quitter = await openConnection(listening.port);
    await send(quitter, `${invitePostHead('edge-abort', 1000)}{"target_email": "`);
    // Time for the server to read the head and start waiting for the rest of the body; then the client goes away.
    await new Promise((resolve) => setTimeout(resolve, 300));
    quitter.socket.destroy();
    const line = await server.waitForStdout(
      (stdout) => logRecords(stdout).find((r) => r.requestId === 'edge-abort' && r.msg === 'request'),
      'the request line of the aborted upload',
    );
    expect(line).toMatchObject({ level: 'info', method: 'POST', status: 499, operationId: 'invites_create' });
    const aboutIt = logRecords(server.stdout()).filter((r) => r.requestId === 'edge-abort');
    expect(aboutIt.map((r) => [r.level, r.msg])).toEqual([['info', 'request']]);
    expect(logRecords(server.stdout()).filter((r) => r.level === 'error')).toEqual([]);
  });

  it('refuses a forged Host header with 400 disallowed_host; the listening address is allowed', async () => {
    const ask = async (host: string) => {
      const connection = await openConnection(listening.port);
      const head = `GET /api/organizations/${banner.organizationId}/members/?limit=1 HTTP/1.1\r\nHost: ${host}\r\n`;
      await send(connection, `${head}Authorization: Bearer ${banner.key}\r\nConnection: close\r\n\r\n`);
      await waitForClosed([connection], GUARD_MS);
      const [status, body] = [
        /^HTTP\/1\.1 (\d+)/.exec(connection.received())?.[1],
        connection.received().split('\r\n\r\n')[1],
      ];
      return { status: Number(status), json: JSON.parse(body ?? '') };
    };
    expect(await ask('evil.example')).toEqual({
      status: 400,
      json: {
        type: 'invalid_request',
        code: 'disallowed_host',
        detail:
          "Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS.",
        attr: null,
      },
    });
    expect(await ask(`127.0.0.1:${listening.port}`)).toMatchObject({ status: 200, json: { count: 1 } });
    expect(await ask(`localhost:${listening.port}`)).toMatchObject({ status: 200, json: { count: 1 } });
  });
});
