import { describe, expect, it } from 'vitest';
import { createFakeServer, ORG, TOKENS } from '../../test/fake-server.js';
import { miniSpec, op } from '../../test/mini-spec.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import { createSession } from './session.js';
import { findStateConflict } from './state-conflict.js';

describe('findStateConflict', () => {
  it('names the unique value an existing item already holds, and nothing for other 400s', async () => {
    const spec = miniSpec();
    const server = createFakeServer(['unique_project_names']);
    server.projects.set(99, { id: 99, name: 'taken', created_at: '2024-01-01T00:00:00Z' });
    const session = createSession({
      spec,
      validator: createSchemaValidator(spec),
      target: { baseUrl: 'http://fake.test', fetch: server.fetch },
      tokens: TOKENS,
      seed: '1',
      organizationId: ORG,
      otherOrganizationId: undefined,
      readOnly: false,
      headers: {},
      throttle: async () => {},
    });
    const create = op('projects_create');
    const plan = await session.plan(create, { body: { name: 'taken' } });
    if (!plan) throw new Error('no plan');
    const refused = await session.send(plan, 'owner', { operationId: create.id, kind: 'positive' });
    expect(refused.response.status).toBe(400);
    expect(await findStateConflict(spec, session, refused)).toBe('name="taken"');
    const other = {
      ...refused,
      response: { ...refused.response, json: { ...(refused.response.json as object), attr: null } },
    };
    expect(await findStateConflict(spec, session, other)).toBeUndefined();
  });
});
