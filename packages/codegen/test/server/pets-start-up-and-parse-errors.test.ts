import { OpenAPIHono } from '@hono/zod-openapi';
import { createValidationHook, MissingHandlersError } from '@org-api/runtime';
import { describe, expect, it } from 'vitest';
import { type Handlers, registerRoutes } from './fixture/src/generated/handlers.gen.js';

/*
 * A generated server for another spec (the pets fixture) behaves like ours where the generated code decides:
 * a malformed JSON body is answered with the app's configured error body (its validation hook), never Hono's
 * text/plain 400; and operations without a handler fail at start-up, named, instead of answering 404 later.
 */

const OPERATIONS = ['pets_list', 'pets_create', 'pets_partial_update', 'pets_destroy', 'pets_photo_retrieve'];
const ok = (c: { body: (body: null, status: 204) => Response }) => c.body(null, 204);
const allHandlers = Object.fromEntries(OPERATIONS.map((id) => [id, ok])) as unknown as Handlers;
const PETS = '/owners/6b5e0c8a-1c6e-4d5f-9a3b-2f1e0d9c8b7a/pets/';

describe('generated pets server', () => {
  it('answers malformed JSON with the configured error body (400 parse_error), not text/plain', async () => {
    const app = new OpenAPIHono({ defaultHook: createValidationHook() });
    registerRoutes(app, allHandlers);
    const res = await app.request(PETS, {
      method: 'POST',
      body: '{"name":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({
      type: 'invalid_request',
      code: 'parse_error',
      detail: 'JSON parse error - Unexpected end of JSON input',
      attr: null,
    });
  });

  it('fails at start-up naming the operations without handlers', () => {
    const app = new OpenAPIHono();
    const { pets_create: _create, pets_destroy: _destroy, ...partial } = allHandlers;
    const register = () => registerRoutes(app, partial as Handlers);
    expect(register).toThrow(MissingHandlersError);
    expect(register).toThrow('no handler for 2 operation(s): pets_create, pets_destroy');
  });
});
