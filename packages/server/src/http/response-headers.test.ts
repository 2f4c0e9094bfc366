import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type OperationId, operations } from '../generated/operations.gen.js';
import { createApp } from './app.js';
import { SECRET_BEARING_OPERATIONS } from './response-headers.js';
import { DEFAULT_SPEC_PATH, docsContentSecurityPolicy } from './static-routes.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

let world: TestWorld;
let dir: string;
beforeAll(async () => {
  world = await createTestWorld();
  dir = mkdtempSync(join(tmpdir(), 'response-headers-'));
});
afterAll(async () => {
  await world.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const BUILT_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'";

function build(docsPath = join(dir, 'docs.html')) {
  return createApp({
    store: world.store,
    clock: world.clock,
    mailer: null,
    config: { validateResponses: true, docsPath },
  });
}

describe('X-Content-Type-Options', () => {
  it.each([
    ['an answer', '/members/', 200],
    ['a refusal', '/members/?limit=0', 400],
    ['an unknown route', '/nothing/', 404],
  ])('is nosniff on %s', async (_, path, status) => {
    const res = await build().request(`http://api.test/api/organizations/${world.orgA.id}${path}`, {
      headers: { Authorization: `Bearer ${world.keys.owner}` },
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(['/healthz', '/openapi.yaml', '/api/schema/', '/docs'])('is nosniff on %s', async (path) => {
    writeFileSync(join(dir, 'docs.html'), '<!doctype html><title>Docs</title>');
    const res = await build().request(`http://api.test${path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('Cache-Control on secrets', () => {
  const auth = () => ({ Authorization: `Bearer ${world.keys.owner}`, 'Content-Type': 'application/json' });

  it('is no-store on answers carrying project tokens and invite ids, and absent elsewhere', async () => {
    const app = build();
    const base = `http://api.test/api/organizations/${world.orgA.id}`;
    const created = await app.request(`${base}/projects/`, { method: 'POST', headers: auth(), body: '{}' });
    expect(created.status).toBe(201);
    const { id, api_token } = (await created.json()) as { id: number; api_token: string };
    expect(api_token).toMatch(/^phc_/);
    expect(created.headers.get('cache-control')).toBe('no-store');
    for (const path of ['/projects/', `/projects/${id}/`, '/invites/']) {
      const res = await app.request(`${base}${path}`, { headers: auth() });
      expect([path, res.status, res.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
    }
    const members = await app.request(`${base}/members/`, { headers: auth() });
    expect([members.status, members.headers.get('cache-control')]).toEqual([200, null]);
  });

  it('covers every operation whose success body has a token or secret field (read from the spec)', () => {
    const spec = parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));
    const schemas = spec.components.schemas as Record<string, Schema>;
    const carriesSecret = (schema: Schema | undefined, seen = new Set<string>()): boolean => {
      if (!schema || typeof schema !== 'object') return false;
      if (typeof schema.$ref === 'string') {
        const name = schema.$ref.split('/').at(-1) as string;
        if (seen.has(name)) return false;
        seen.add(name);
        return carriesSecret(schemas[name], seen);
      }
      const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
      if (properties.some(([name]) => /token|secret/.test(name))) return true;
      const children = [...properties.map(([, child]) => child), schema.items, ...(schema.anyOf ?? [])];
      return children.some((child) => carriesSecret(child as Schema, seen));
    };
    const withSecrets = Object.entries(operations)
      .filter(([, { path, method }]) => {
        const responses = spec.paths[path][method].responses as Record<
          string,
          { content?: Record<string, { schema?: Schema }> }
        >;
        return Object.entries(responses).some(
          ([status, response]) =>
            status.startsWith('2') && carriesSecret(response.content?.['application/json']?.schema),
        );
      })
      .map(([operationId]) => operationId as OperationId);
    expect(withSecrets.length).toBeGreaterThan(0);
    expect(withSecrets.filter((operationId) => !SECRET_BEARING_OPERATIONS.has(operationId))).toEqual([]);
  });
});

type Schema = { $ref?: string; properties?: unknown; items?: unknown; anyOf?: unknown[] };

describe('the docs page', () => {
  it("sends the policy it was built with as a header, with frame-ancestors 'none'", async () => {
    const docsPath = join(dir, 'built.html');
    writeFileSync(
      docsPath,
      `<html><head>\n  <meta http-equiv="Content-Security-Policy" content="${BUILT_CSP}"></head></html>`,
    );
    const res = await build(docsPath).request('http://api.test/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(`${BUILT_CSP}; frame-ancestors 'none'`);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });

  it('forbids framing a page built without a policy', () => {
    expect(docsContentSecurityPolicy('<!doctype html><title>Docs</title>')).toBe("frame-ancestors 'none'");
  });
});
