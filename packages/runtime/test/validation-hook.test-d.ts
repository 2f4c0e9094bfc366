import { OpenAPIHono } from '@hono/zod-openapi';
import { describe, expectTypeOf, it } from 'vitest';
import { createValidationHook } from '../src/index.js';

describe('createValidationHook', () => {
  it('is accepted as a defaultHook without casts, for any Env', () => {
    type Env = { Variables: { principal: string } };
    const app = new OpenAPIHono<Env>({ defaultHook: createValidationHook() });
    expectTypeOf(app).toEqualTypeOf<OpenAPIHono<Env>>();
  });
});
