import type { OpenAPIHono, z } from '@hono/zod-openapi';
import type { RegisterOptions } from '@org-api/runtime';
import type { Env } from 'hono';
import { describe, expectTypeOf, it } from 'vitest';
import type { Handlers, registerRoutes } from './fixture/src/generated/handlers.gen.js';
import type { OperationId } from './fixture/src/generated/operations.gen.js';
import type { componentSchemas, Pet, PetRequest } from './fixture/src/generated/schemas.gen.js';

const pet = {
  id: 1,
  name: 'Rex',
  owner_email: 'a@b.co',
  born_at: '2019-08-24T14:15:22Z',
  level: 1 as const,
  vaccinated: false,
};

describe('generated Handlers type', () => {
  it('accepts a complete, correct implementation', () => {
    const handlers: Handlers = {
      pets_list: (c) => c.json({ count: 0, results: [] }, 200),
      pets_create: (c) => {
        const body = c.req.valid('json');
        expectTypeOf(body.level).toEqualTypeOf<1 | 8 | 15>();
        return c.json({ ...pet, name: body.name }, 201);
      },
      pets_partial_update: (c) => c.json(pet, 200),
      pets_destroy: (c) => c.body(null, 204),
      pets_photo_retrieve: (c) => c.body(null, 302, { Location: 'https://example.com/p.png' }),
    };
    expectTypeOf(handlers).toMatchTypeOf<Handlers>();
  });

  it('validated inputs are typed: coerced numbers, int64 ids, request forms without readOnly fields', () => {
    const list: Handlers['pets_list'] = (c) => {
      expectTypeOf(c.req.valid('query').limit).toEqualTypeOf<number>();
      expectTypeOf(c.req.valid('query').level).toEqualTypeOf<1 | 8 | 15 | undefined>();
      return c.json({ count: 0, results: [] }, 200);
    };
    const destroy: Handlers['pets_destroy'] = (c) => {
      expectTypeOf(c.req.valid('param').id).toEqualTypeOf<number | '@current'>();
      return c.body(null, 204);
    };
    expectTypeOf<keyof PetRequest>().toEqualTypeOf<
      'name' | 'owner_email' | 'level' | 'born_at' | 'weight' | 'vaccinated' | 'tags' | 'secret'
    >();
    expectTypeOf<keyof Pet>().not.toEqualTypeOf<keyof PetRequest>();
    expectTypeOf(list).not.toBeAny();
    expectTypeOf(destroy).not.toBeAny();
  });

  it('covers every operation', () => {
    expectTypeOf<keyof Handlers>().toEqualTypeOf<OperationId>();
    // @ts-expect-error a handler for every operation is required
    const partial: Handlers = { pets_list: (c) => c.json({ count: 0, results: [] }, 200) };
    expectTypeOf(partial).not.toBeAny();
  });

  it('rejects an undeclared status', () => {
    // @ts-expect-error 201 is not declared for pets_list
    const handler: Handlers['pets_list'] = (c) => c.json({ count: 0, results: [] }, 201);
    expectTypeOf(handler).not.toBeAny();
  });

  it('rejects a wrong field type', () => {
    // @ts-expect-error count must be an integer
    const handler: Handlers['pets_list'] = (c) => c.json({ count: 'zero', results: [] }, 200);
    expectTypeOf(handler).not.toBeAny();
  });

  it('rejects a missing required field', () => {
    const incomplete = { id: 1, name: 'Rex', owner_email: 'a@b.co' };
    // @ts-expect-error born_at is required in a Pet
    const handler: Handlers['pets_partial_update'] = (c) => c.json(incomplete, 200);
    expectTypeOf(handler).not.toBeAny();
  });

  it('rejects a wrong enum value', () => {
    // @ts-expect-error level 2 is not a membership level
    const handler: Handlers['pets_partial_update'] = (c) => c.json({ ...pet, level: 2 }, 200);
    expectTypeOf(handler).not.toBeAny();
  });

  it('registration keeps its public types (componentSchemas is widened by a cast, not an annotation)', () => {
    expectTypeOf<typeof componentSchemas>().toEqualTypeOf<[string, z.ZodType][]>();
    expectTypeOf<Parameters<typeof registerRoutes<Env>>>().toEqualTypeOf<
      [app: OpenAPIHono<Env>, handlers: Handlers<Env>, options?: RegisterOptions]
    >();
  });
});
