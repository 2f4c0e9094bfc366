import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePersonalApiKey } from '../cli/provisioning.js';
import { operations } from '../generated/operations.gen.js';
import { createApp } from './app.js';
import { echoHandlers } from './test-support/echo-handlers.js';
import { createTestWorld, type TestWorld } from './test-support/test-world.js';

let world: TestWorld;
let noScopeKey: string;
beforeAll(async () => {
  world = await createTestWorld();
  noScopeKey = (
    await issuePersonalApiKey(world.store, {
      userId: world.users.owner.id,
      label: 'x',
      scopes: ['user:read'],
    })
  ).value;
});
afterAll(async () => {
  await world.cleanup();
});

const ids = { organization_id: '', id: '1', user__uuid: '@me' };
function concretePath(template: string, organizationId: string): string {
  return template.replace(/\{(\w+)\}/g, (_m, name: string) =>
    name === 'organization_id' ? organizationId : (ids[name as keyof typeof ids] ?? 'x'),
  );
}

describe('the real API definition (generated modules)', () => {
  // Every operation gets a stub handler (the real ones live in src/handlers): the pipeline runs before it.
  const stub = () => {
    throw new Error('stub handler reached');
  };
  const stubHandlers = echoHandlers(
    Object.fromEntries(Object.keys(operations).map((operationId) => [operationId, stub])),
  );
  const app = () =>
    createApp({
      store: world.store,
      clock: world.clock,
      mailer: null,
      config: {},
      handlers: () => stubHandlers,
    });

  it.each(Object.entries(operations))('%s requires authentication', async (_id, operation) => {
    const res = await app().request(`http://api.test${concretePath(operation.path, world.orgA.id)}`, {
      method: operation.method.toUpperCase(),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      type: 'authentication_error',
      code: 'not_authenticated',
      detail: 'Authentication credentials were not provided.',
      attr: null,
    });
  });

  it.each(Object.entries(operations))(
    '%s enforces its scope from the operations table',
    async (_id, operation) => {
      const res = await app().request(`http://api.test${concretePath(operation.path, world.orgA.id)}`, {
        method: operation.method.toUpperCase(),
        headers: { Authorization: `Bearer ${noScopeKey}` },
      });
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({
        type: 'authentication_error',
        code: 'permission_denied',
        detail: `API key missing required scope '${operation.scopes[0]}'`,
        attr: null,
      });
    },
  );

  it('publishes the document of the generated routes at /api/schema/', async () => {
    const res = await app().request('http://api.test/api/schema/');
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    const emitted = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    expect(emitted.sort()).toEqual(Object.keys(operations).sort());
  });

  it('validates form bodies of required-body routes with upstream 400 bodies', async () => {
    const res = await app().request(`http://api.test/api/organizations/${world.orgA.id}/invites/`, {
      method: 'POST',
      body: 'first_name=Ann',
      headers: {
        Authorization: `Bearer ${world.keys.owner}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: 'validation_error',
      code: 'required',
      detail: 'This field is required.',
      attr: 'target_email',
    });
  });
});
