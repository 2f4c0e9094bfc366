import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.gen.js';
import { openStore } from '../store/open-store.js';
import { createApp } from './app.js';
import { createMemoryLogger } from './logger.js';
import { echoHandlers } from './test-support/echo-handlers.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

let world: TestWorld;
let dir: string;

beforeAll(async () => {
  world = await createTestWorld();
  dir = mkdtempSync(join(tmpdir(), 'server-app-'));
});
afterAll(async () => {
  await world.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function build(options: { validateResponses?: boolean; docsPath?: string; specPath?: string } = {}) {
  const logger = createMemoryLogger();
  const app = createApp({
    store: world.store,
    clock: world.clock,
    mailer: null,
    config: { validateResponses: options.validateResponses ?? true, ...options },
    handlers: () =>
      echoHandlers({
        // A page with a field the spec does not declare.
        invites_list: async (c) => c.json({ ...EMPTY_PAGE, leaked: 'secret' }, 200),
        invites_destroy: () => {
          throw new Error('database exploded');
        },
        members_list: async (c) => c.json(EMPTY_PAGE, 200),
      }),
    logger,
  });
  return { app, logger };
}

const EMPTY_PAGE = { count: 0, next: null, previous: null, results: [] };
const auth = () => ({ Authorization: `Bearer ${world.keys.owner}` });

describe('request logging', () => {
  it('writes one line per request with id, method, path, status, ms and echoes X-Request-Id', async () => {
    const { app, logger } = build();
    const res = await app.request(`http://api.test/api/organizations/${world.orgA.id}/members/`, {
      headers: { ...auth(), 'X-Request-Id': 'abc-123' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('abc-123');
    expect(logger.records).toHaveLength(1);
    const [line] = logger.records;
    expect(line).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'abc-123',
      method: 'GET',
      path: `/api/organizations/${world.orgA.id}/members/`,
      status: 200,
      operationId: 'members_list',
    });
    expect(typeof line?.ms).toBe('number');
  });

  it('generates a request id when none (or a strange one) is sent', async () => {
    const { app, logger } = build();
    const res = await app.request('http://api.test/nothing', {
      headers: { 'X-Request-Id': 'bad id with spaces' },
    });
    expect(res.status).toBe(404);
    const id = res.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(logger.records).toEqual([
      expect.objectContaining({
        msg: 'request',
        requestId: id,
        method: 'GET',
        path: '/nothing',
        status: 404,
      }),
    ]);
  });
});

describe('errors and response validation', () => {
  it('turns a handler crash into the 500 server_error body, logged with the request id', async () => {
    const { app, logger } = build();
    const res = await app.request(
      `http://api.test/api/organizations/${world.orgA.id}/invites/0d6b8f1e-4d7c-4e5a-9a43-6f0f6b2b0c11/`,
      { method: 'DELETE', headers: { ...auth(), 'X-Request-Id': 'r-500' } },
    );
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      type: 'server_error',
      code: 'error',
      detail: 'A server error occurred.',
      attr: null,
    });
    expect(logger.records.filter((r) => r.level === 'error')).toHaveLength(1);
    expect(logger.records[0]).toMatchObject({
      level: 'error',
      msg: 'unhandled error',
      requestId: 'r-500',
      error: { message: 'database exploded' },
    });
  });

  it('answers 500 when a response fails validation and logs operation, status and attr', async () => {
    const { app, logger } = build();
    const res = await app.request(`http://api.test/api/organizations/${world.orgA.id}/invites/`, {
      headers: { ...auth(), 'X-Request-Id': 'r-leak' },
    });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      type: 'server_error',
      code: 'error',
      detail: 'A server error occurred.',
      attr: null,
    });
    expect(logger.records.filter((r) => r.level === 'error')).toEqual([
      {
        level: 'error',
        msg: 'response failed validation',
        requestId: 'r-leak',
        operationId: 'invites_list',
        status: 200,
        attr: 'leaked',
        message: 'Unrecognized key: "leaked"',
      },
    ]);
  });

  it('does not validate responses when disabled', async () => {
    const { app } = build({ validateResponses: false });
    const res = await app.request(`http://api.test/api/organizations/${world.orgA.id}/invites/`, {
      headers: auth(),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ...EMPTY_PAGE, leaked: 'secret' });
  });
});

describe('HEAD', () => {
  it('is answered like GET, without a body', async () => {
    const { app } = build();
    const res = await app.request(`http://api.test/api/organizations/${world.orgA.id}/members/`, {
      method: 'HEAD',
      headers: auth(),
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });
});

describe('static routes', () => {
  it('GET /healthz pings the store', async () => {
    const { app } = build();
    const res = await app.request('http://api.test/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('GET /healthz answers 503 when the store does not', async () => {
    const store = await openStore(`sqlite:${join(dir, 'closed.db')}`);
    await store.migrate();
    await store.close();
    const logger = createMemoryLogger();
    const app = createApp({
      store,
      clock: world.clock,
      mailer: null,
      config: {},
      logger,
    });
    const res = await app.request('http://api.test/healthz');
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unavailable' });
    expect(logger.records[0]).toMatchObject({ level: 'error', msg: 'health check failed' });
  });

  it('GET /openapi.yaml serves the source file as application/yaml', async () => {
    const specPath = join(dir, 'spec.yaml');
    writeFileSync(specPath, 'openapi: 3.1.0\ninfo:\n  title: T\n');
    const { app } = build({ specPath });
    const res = await app.request('http://api.test/openapi.yaml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/yaml; charset=utf-8');
    expect(await res.text()).toBe('openapi: 3.1.0\ninfo:\n  title: T\n');
  });

  it('GET /api/schema/ emits the document of the registered routes (test/document checks it against the spec)', async () => {
    const { app } = build();
    const res = await app.request('http://api.test/api/schema/');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      info: { title: string };
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info.title).toBe('PostHog Organizations API');
    const paths = new Set(Object.values(operations).map((operation) => operation.path));
    expect(Object.keys(doc.paths).sort()).toEqual([...paths].sort());
  });

  it('GET /docs serves the built page, or 503 telling to run npm run docs', async () => {
    const docsPath = join(dir, 'index.html');
    const missing = await build({ docsPath }).app.request('http://api.test/docs');
    expect(missing.status).toBe(503);
    expect(await missing.text()).toBe(
      `API docs are not built (${docsPath} is missing). Run \`npm run docs\` at the repository root, then reload.\n`,
    );
    writeFileSync(docsPath, '<!doctype html><title>Docs</title>');
    const present = await build({ docsPath }).app.request('http://api.test/docs');
    expect(present.status).toBe(200);
    expect(present.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(await present.text()).toBe('<!doctype html><title>Docs</title>');
  });
});
