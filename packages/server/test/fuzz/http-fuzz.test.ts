/*
 * The same generated requests over real HTTP against the server bundle (what `npm start` runs) on a SQLite file: what
 * the in-process runs cannot reach (raw paths with `..`, the `Host` header, Node's HTTP parser, the request log).
 * A short run by default; FUZZ_RUNS makes it longer, FUZZ_SEED / FUZZ_PATH replay.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { ensureServerBundle, spawnServerBundle } from '../process/support/server-bundle.js';
import { type Listening, logRecords, waitForListening } from '../process/support/server-output.js';
import { type SpawnedProcess, waitForClose } from '../process/support/spawned-process.js';
import { fuzzSettings, runFuzz } from './fuzz-run.js';
import { type SendWire, seedFuzzWorld, type WireAnswer } from './fuzz-world.js';
import { loadFuzzOperations } from './spec-operations.js';

const DEFAULT_RUNS = 150;
const dir = mkdtempSync(join(tmpdir(), 'http-fuzz-'));
const databaseUrl = `sqlite:${join(dir, 'fuzz.db')}`;

/** Sends a wire request byte for byte: raw target, `Host` as generated, repeated headers kept. */
function sendOverHttp(port: number): SendWire {
  return (wire) =>
    new Promise((resolve, reject) => {
      // Node's client frames a DELETE or OPTIONS body neither by length nor chunked: the length is set here, as
      // any real client does (else the body reads as the next request on the connection).
      const length = wire.body === null ? [] : ['content-length', String(wire.body.length)];
      const headers = ['host', wire.host, ...length, ...wire.headers.flat()];
      const req = httpRequest(
        // One connection per request: after a refusal by Node's parser (which closes the connection) a request queued
        // on a kept-alive connection would see a client-side reset that says nothing about the server.
        {
          host: '127.0.0.1',
          port,
          method: wire.method,
          path: wire.target,
          headers,
          setHost: false,
          agent: false,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              contentType: res.headers['content-type'] ?? null,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', (error: NodeJS.ErrnoException) => {
        // Past Node's 16 KiB limit on the request head the server answers 431 and closes at once: a client still
        // writing its body may see the reset before the answer. Any other dropped connection is a failure.
        const head =
          wire.target.length +
          wire.headers.reduce((sum, [name, value]) => sum + name.length + value.length + 4, 0);
        if (error.code === 'ECONNRESET' && head > 16_000)
          resolve({ status: 431, contentType: null, text: '' });
        else reject(error);
      });
      req.end(wire.body ?? undefined);
    });
}

describe('fuzzing every operation over HTTP (server bundle, SQLite)', { timeout: 600_000 }, () => {
  let server: SpawnedProcess;
  let listening: Listening;
  let store: Store;
  beforeAll(async () => {
    await ensureServerBundle();
    store = await openStore(databaseUrl);
    await store.migrate();
    // No rate limits: every batch uses the same few keys (429 is declared, but would stop exploring operations).
    server = spawnServerBundle({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', RATE_LIMIT: 'off' });
    listening = await waitForListening(server);
  });
  afterAll(async () => {
    if (server && !server.isClosed()) {
      server.signalGroup('SIGTERM');
      await waitForClose(server);
    }
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers every generated request below 500, without internals, within the spec', async () => {
    const { spec, operations } = loadFuzzOperations();
    const send = sendOverHttp(listening.port);
    // The server's log lines at `error` level, read once each (only complete lines not read before).
    let read = 0;
    const newServerErrors = () => {
      const stdout = server.stdout();
      const end = stdout.lastIndexOf('\n') + 1;
      const lines = stdout.slice(read, Math.max(read, end));
      read = Math.max(read, end);
      return logRecords(lines).filter((record) => record.level === 'error');
    };
    const takeServerProblem = () => {
      const errors = newServerErrors();
      return errors.length > 0
        ? `the server logged an error: ${JSON.stringify(errors[0]).slice(0, 500)}`
        : undefined;
    };
    const seedWorld = () => seedFuzzWorld(store, send);
    // Node's HTTP parser refuses some requests before the app sees them, with a bare 431 (request line and headers
    // over 16 KiB) or 400 (a head it cannot parse): counted, not judged (no API operation answered).
    let parserRejections = 0;
    const isOutsideApp = (answer: WireAnswer) => {
      const bare = [400, 431].includes(answer.status) && answer.contentType === null && answer.text === '';
      if (bare) parserRejections += 1;
      return bare;
    };
    const stats = await runFuzz(
      { label: 'http', spec, operations, seedWorld, send, takeServerProblem, isOutsideApp },
      fuzzSettings(DEFAULT_RUNS),
    );
    console.log(
      `fuzz http: ${stats.requests} requests (${parserRejections} refused by Node's HTTP parser), statuses ${JSON.stringify(stats.byStatus)}`,
    );
    server.signalGroup('SIGTERM');
    expect(await waitForClose(server)).toEqual({ code: 0, signal: null });
    expect(newServerErrors()).toEqual([]);
    expect(server.stderr()).toBe('');
  });
});
