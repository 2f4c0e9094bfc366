import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  deepObjectQuery,
  formToJson,
  pathInteger,
  queryArray,
  queryBoolean,
  queryCsv,
  queryNumber,
} from '../src/index.js';

describe('parameter coercions', () => {
  it.each([
    ['42', 42],
    ['-1.5', -1.5],
    [' 7 ', 7],
    ['abc', 'abc'],
    ['', ''],
    ['0x10', '0x10'],
    [3, 3],
  ])('queryNumber(%j) → %j', (input, expected) => {
    expect(queryNumber(input)).toBe(expected);
  });

  it.each([
    ['42', 42],
    ['+7', 7],
    ['-3', -3],
    ['007', 7],
    [' 5 ', 5],
    ['1.0', '1.0'],
    ['1e0', '1e0'],
    ['0x1', '0x1'],
    ['', ''],
    [9, 9],
  ])('pathInteger(%j) → %j', (input, expected) => {
    expect(pathInteger(input)).toBe(expected);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['False', false],
    ['0', false],
    ['maybe', 'maybe'],
    [undefined, undefined],
  ])('queryBoolean(%j) → %j', (input, expected) => {
    expect(queryBoolean(input)).toBe(expected);
  });

  it('queryArray: one value → list; lists and absent values unchanged', () => {
    expect(queryArray('a')).toEqual(['a']);
    expect(queryArray(['a', 'b'])).toEqual(['a', 'b']);
    expect(queryArray(undefined)).toBeUndefined();
  });

  it('queryCsv: comma-separated → list; empty → []', () => {
    expect(queryCsv('a,b')).toEqual(['a', 'b']);
    expect(queryCsv(['a,b', 'c'])).toEqual(['a', 'b', 'c']);
    expect(queryCsv('')).toEqual([]);
  });
});

describe('form bodies', () => {
  const schema = z.object({
    name: z.string(),
    level: z.enum({ _1: 1, _8: 8 }),
    kind: z.enum(['a', 'b']).optional(),
    count: z.int().min(0).optional(),
    active: z.boolean().default(false),
    ids: z.array(z.int()).optional(),
    note: z.string().nullable().optional(),
    weight: z.number().nullable().optional(),
    target: z.union([z.int(), z.literal('@current')]).optional(),
  });

  it('converts strings where the schema says number, boolean, numeric enum or list', () => {
    const form = new URLSearchParams({
      name: '5',
      level: '8',
      kind: 'a',
      count: '3',
      active: 'true',
      ids: '7',
      weight: '',
      target: '@current',
    });
    expect(formToJson(form, schema)).toEqual({
      name: '5',
      level: 8,
      kind: 'a',
      count: 3,
      active: true,
      ids: [7],
      weight: null,
      target: '@current',
    });
  });

  it('leaves what the schema refuses as sent, for the validator to report', () => {
    const converted = formToJson(new URLSearchParams({ name: 'x', level: '2' }), schema);
    expect(converted).toEqual({ name: 'x', level: '2' });
    expect(schema.safeParse(converted).success).toBe(false);
    expect(schema.parse(formToJson(new URLSearchParams({ name: 'x', level: '1' }), schema))).toEqual({
      name: 'x',
      level: 1,
      active: false,
    });
  });
});

describe('deepObjectQuery', () => {
  it('folds name[key] query keys of the listed parameters into objects', async () => {
    const queries = { 'filter[name]': ['rex'], 'filter[tag]': ['a', 'b'], 'other[x]': ['1'], limit: ['5'] };
    const c = { req: { queries: () => queries } };
    let seen: Record<string, unknown> = {};
    await deepObjectQuery(['filter'])(c, async () => {
      seen = c.req.queries();
    });
    expect(seen).toEqual({ filter: [{ name: 'rex', tag: ['a', 'b'] }], 'other[x]': ['1'], limit: ['5'] });
  });
});
