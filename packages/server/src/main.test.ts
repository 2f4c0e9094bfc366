import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config/config.js';
import { echo, echoHandlers } from './http/test-support/echo-handlers.js';
import { startServer } from './main.js';
import { openStore } from './store/open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'server-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('startServer', () => {
  const databaseUrl = `sqlite:${join(dir, 'main.db')}`;
  // Echo handlers answer outside the spec: response validation off.
  const config = loadConfig({
    PORT: '0',
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'error',
    VALIDATE_RESPONSES: 'false',
  });

  it('seeds once, prints the key once, serves HTTP and shuts down gracefully', async () => {
    const printed: string[] = [];
    const started = deferred();
    const release = deferred();
    const server = await startServer({
      config,
      handlers: () =>
        echoHandlers({
          members_list: async (c) => {
            started.resolve();
            await release.promise;
            return echo(c);
          },
        }),
      print: (text) => printed.push(text),
      writeLog: () => {},
    });
    expect(printed).toHaveLength(1);
    const banner = printed[0] ?? '';
    const orgId = /Organization id: (\S+)/.exec(banner)?.[1];
    const key = /API key: +(phx_\S+)/.exec(banner)?.[1];
    expect(orgId).toMatch(/^[0-9a-f-]{36}$/);
    expect(key).toMatch(/^phx_/);
    expect(banner).toContain(
      `curl -H "Authorization: Bearer ${key}" http://127.0.0.1:${server.port}/api/organizations/${orgId}/members/`,
    );

    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ status: 'ok' });

    // In-flight request: close() must wait for it.
    const inFlight = fetch(`${server.url}/api/organizations/${orgId}/members/`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    await started.promise;
    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(closed).toBe(false);
    release.resolve();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      organization: orgId,
      level: 15,
      user: 'demo-owner@example.com',
    });
    await closing;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    const again = await startServer({
      config,
      print: (t) => printed.push(t),
      writeLog: () => {},
    });
    await again.close();
    expect(printed).toHaveLength(1);
  });

  it('purges projects pending deletion when it starts', async () => {
    const store = await openStore(databaseUrl);
    await store.migrate();
    const orgId = (await store.findCurrentOrganization(1, null))?.id ?? '';
    const created = await store.createProject({ organization_id: orgId, name: 'doomed' });
    if (!created.ok) throw new Error('project not created');
    await store.markProjectPendingDeletion(orgId, created.project.id);
    expect(await store.countProjects(orgId)).toBe(1);
    await store.close();

    const server = await startServer({
      config,
      print: () => {},
      writeLog: () => {},
    });
    expect(await server.store.countProjects(orgId)).toBe(0);
    await server.close();
  });
});
