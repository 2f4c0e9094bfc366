import { OpenAPIHono, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import type { SchemaNode } from '../../src/schema/openapi-types.js';
import { emitFragment } from './emit-helpers.js';

/** Evaluates an emitted zod expression with the `z` the generated files import. */
function evaluate(code: string): z.ZodType {
  return new Function('z', `return ${code};`)(z) as z.ZodType;
}

/** The schema zod-to-openapi publishes for an emitted expression (registered as component `X`). */
function published(code: string): unknown {
  const app = new OpenAPIHono();
  app.openAPIRegistry.register('X', evaluate(code));
  const document = app.getOpenAPI31Document({ openapi: '3.1.0', info: { title: 't', version: '1' } });
  return document.components?.schemas?.X;
}

// codat sync-for-commerce / sync-for-expenses: a PROPERTY named `additionalProperties` whose schema is `false`.
const connection: SchemaNode = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string' }, additionalProperties: false },
};

describe('the false schema on a property ("must be absent")', () => {
  it.each([
    ['the property absent', { id: 'a' }, true],
    ['the property present with false', { id: 'a', additionalProperties: false }, false],
    ['the property present with an object', { id: 'a', additionalProperties: {} }, false],
    ['the property present with null', { id: 'a', additionalProperties: null }, false],
  ])('%s → valid: %s', (_label, value, valid) => {
    expect(evaluate(emitFragment(connection)).safeParse(value).success).toBe(valid);
  });

  it('reports a present property at its path', () => {
    const result = evaluate(emitFragment(connection)).safeParse({ id: 'a', additionalProperties: 1 });
    expect(result.error?.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['additionalProperties'], 'invalid_type'],
    ]);
  });

  it('is published as `not: {}` (the false schema), optional', () => {
    expect(published(emitFragment(connection))).toEqual({
      type: 'object',
      properties: { id: { type: 'string' }, additionalProperties: { not: {} } },
      required: ['id'],
    });
  });

  it('makes a required property unsatisfiable, and publishes it as required', () => {
    const required: SchemaNode = { type: 'object', required: ['gone'], properties: { gone: false } };
    const code = emitFragment(required);
    expect(evaluate(code).safeParse({}).success).toBe(false);
    expect(evaluate(code).safeParse({ gone: 1 }).success).toBe(false);
    expect(published(code)).toEqual({
      type: 'object',
      properties: { gone: { not: {} } },
      required: ['gone'],
    });
  });
});
