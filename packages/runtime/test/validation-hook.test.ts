import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { createValidationHook, registerRoute } from '../src/index.js';

const route = createRoute({
  method: 'post',
  path: '/things/',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: z.object({ name: z.string().max(3) }) } },
    },
  },
  responses: { 201: { description: 'created' } },
});

describe('createValidationHook', () => {
  const app = new OpenAPIHono({ defaultHook: createValidationHook() });
  registerRoute(app, route, (c: { body: (b: null, s: 201) => Response }) => c.body(null, 201));
  const post = (body: unknown) =>
    app.request('/things/', {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json' },
    });

  it('answers 400 with the upstream body', async () => {
    const res = await post({ name: 'long' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: 'validation_error',
      code: 'max_length',
      detail: 'Ensure this field has no more than 3 characters.',
      attr: 'name',
    });
  });

  it('lets a valid request through to the handler', async () => {
    expect((await post({ name: 'ok' })).status).toBe(201);
  });

  it('a single-media required body is registered as is: an empty JSON request is refused with 400', async () => {
    const res = await app.request('/things/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
  });
});
