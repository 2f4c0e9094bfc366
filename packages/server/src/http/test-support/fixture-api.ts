import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { ApiDefinition, ResponseCheck } from '../api-definition.js';
import type { AppEnv } from '../app-env.js';
import { fixtureOperations } from './fixture-operations.js';

/** Test handlers: operationId → plain Hono handler. */
export type FixtureHandlers = Record<string, (c: Context<AppEnv>) => Response | Promise<Response>>;

const membersListRoute = createRoute({
  method: 'get',
  path: '/api/organizations/{organization_id}/members/',
  operationId: 'members_list',
  request: { query: z.object({ limit: z.coerce.number().int().min(1).optional() }) },
  responses: {
    200: { description: 'members', content: { 'application/json': { schema: z.object({}).passthrough() } } },
  },
});

const inviteBody = z.strictObject({
  target_email: z.string(),
  level: z.enum({ member: 1, admin: 8, owner: 15 }).optional(),
  send_email: z.boolean().optional(),
});

/** What the echo handler answers: enough to see what the pipeline put on the context. */
export async function echo(c: Context<AppEnv>): Promise<Response> {
  const text = c.req.method === 'GET' || c.req.method === 'DELETE' ? '' : await c.req.text();
  return c.json(
    {
      operationId: c.get('operation').operationId,
      organization: c.get('organization').id,
      level: c.get('membership').level,
      user: c.get('principal').user.email,
      body: text === '' ? null : JSON.parse(text),
    },
    200,
  );
}

/**
 * A small ApiDefinition over {@link fixtureOperations}: `members_list` is a real zod-openapi route (shows up in
 * `/api/schema/`), the others plain Hono routes; `validateResponse` is supplied by the test.
 */
export function createFixtureApi(
  validateResponse?: (operationId: string, status: number, body: unknown) => ResponseCheck,
): ApiDefinition<FixtureHandlers> {
  return {
    operations: fixtureOperations,
    registerRoutes(app, handlers) {
      for (const [operationId, operation] of Object.entries(fixtureOperations)) {
        const handler = handlers[operationId] ?? echo;
        if (operationId === 'members_list') {
          app.openapi(membersListRoute, (c) => handler(c) as never);
          continue;
        }
        app.on(operation.method.toUpperCase(), operation.path.replace(/\{(\w+)\}/g, ':$1'), handler);
      }
    },
    bodySchemaFor: (operationId) => (operationId === 'invites_create' ? inviteBody : undefined),
    ...(validateResponse ? { validateResponse } : {}),
    documentConfig: { openapi: '3.1.0', info: { title: 'Fixture API', version: '0.0.1' } },
  };
}
