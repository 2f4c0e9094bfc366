import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formToJson } from '../src/index.js';

const inviteSchema = z.strictObject({
  target_email: z.email(),
  first_name: z.string().max(30).optional(),
  level: z.enum({ member: 1, admin: 8, owner: 15 }).optional(),
  message: z.string().nullable().optional(),
  send_email: z.boolean().default(true),
  private_project_access: z
    .array(z.strictObject({ id: z.int(), level: z.enum(['none', 'member', 'admin']) }))
    .nullable()
    .optional(),
  app_urls: z.array(z.string().nullable()).optional(),
  sample_rate: z
    .string()
    .regex(/^\d(\.\d+)?$/)
    .optional(),
  minimum: z.int().nullable().optional(),
});

describe('formToJson', () => {
  it.each([
    ['target_email=a%40b.co', { target_email: 'a@b.co' }],
    [
      'target_email=a%40b.co&level=8&send_email=false',
      { target_email: 'a@b.co', level: 8, send_email: false },
    ],
    ['first_name=123&level=2', { first_name: '123', level: '2' }],
    ['message=&minimum=', { message: '', minimum: null }],
    ['sample_rate=0.5&minimum=300', { sample_rate: '0.5', minimum: 300 }],
    ['app_urls=https%3A%2F%2Fa.co', { app_urls: ['https://a.co'] }],
    ['app_urls=a&app_urls=b', { app_urls: ['a', 'b'] }],
    ['first_name=a&first_name=b', { first_name: 'b' }],
    [
      'private_project_access=%5B%7B%22id%22%3A1%2C%22level%22%3A%22member%22%7D%5D',
      { private_project_access: [{ id: 1, level: 'member' }] },
    ],
    ['unknown=1', { unknown: '1' }],
  ])('%s', (body, expected) => {
    expect(formToJson(new URLSearchParams(body), inviteSchema)).toEqual(expected);
  });

  it('treats keys named like Object.prototype members (__proto__, constructor, toString) as plain data', () => {
    const result = formToJson(
      new URLSearchParams('__proto__=1&constructor=x&toString=2&hasOwnProperty=3'),
      inviteSchema,
    );
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect(JSON.stringify(result)).toBe(
      '{"__proto__":"1","constructor":"x","toString":"2","hasOwnProperty":"3"}',
    );
    expect(Object.keys(result)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
  });

  it('without a schema keeps strings and turns repeated keys into arrays', () => {
    expect(formToJson(new URLSearchParams('a=1&b=x&b=y'))).toEqual({ a: '1', b: ['x', 'y'] });
  });
});
