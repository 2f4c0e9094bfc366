import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { findUndeclared, strictResponse, validateResponse } from '../src/index.js';

const user = z.object({ id: z.int(), email: z.email() });
const member = z.object({
  id: z.guid(),
  user,
  level: z.enum({ _1: 1, _8: 8, _15: 15 }),
  settings: z.record(z.string(), z.unknown()).optional(),
  extra: z.looseObject({ a: z.string() }).optional(),
  keys: z.array(z.object({ name: z.string() })).optional(),
  joined_at: z.iso.datetime({ offset: true }).default('2020-01-01T00:00:00Z'),
});
const m = { id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d', user: { id: 1, email: 'a@b.co' }, level: 8 };

describe('strictResponse', () => {
  const strict = strictResponse(member);

  it('accepts a declared body and returns the parsed value', () => {
    expect(strict.parse(m)).toEqual({ ...m, joined_at: '2020-01-01T00:00:00Z' });
  });

  it('rejects an undeclared key at the top, nested, and inside arrays', () => {
    const issue = (value: unknown) => strict.safeParse(value).error?.issues[0];
    expect(issue({ ...m, password: 'x' })).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['password'],
      path: [],
    });
    expect(issue({ ...m, user: { ...m.user, is_staff: true } })).toMatchObject({
      keys: ['is_staff'],
      path: ['user'],
    });
    expect(issue({ ...m, keys: [{ name: 'a' }, { name: 'b', secret: 's' }] })).toMatchObject({
      keys: ['secret'],
      path: ['keys', 1],
    });
  });

  it('keeps maps (records) and loose objects open', () => {
    expect(
      strict.safeParse({ ...m, settings: { anything: { deep: 1 } }, extra: { a: 'x', b: 2 } }).success,
    ).toBe(true);
  });

  it('reports schema errors as they are', () => {
    expect(strict.safeParse({ ...m, level: 2 }).error?.issues[0]).toMatchObject({
      code: 'invalid_value',
      path: ['level'],
    });
  });

  it('int64 ids are JSON numbers', () => {
    expect(strictResponse(user).safeParse({ id: 9007199254740991, email: 'a@b.co' }).success).toBe(true);
  });
});

describe('findUndeclared', () => {
  it('returns the path of the first dropped key, or undefined', () => {
    expect(findUndeclared({ a: 1, b: { c: 2, d: 3 } }, { a: 1, b: { c: 2 } }, [])).toEqual(['b', 'd']);
    expect(findUndeclared([{ a: 1 }], [{ a: 1 }], [])).toBeUndefined();
  });
});

describe('validateResponse', () => {
  const validators = {
    members_list: {
      200: strictResponse(member),
      '4XX': strictResponse(z.object({ detail: z.string() })),
      204: null,
    },
    other: { default: strictResponse(z.object({ ok: z.boolean() })) },
  };

  it('exact status → its schema', () => {
    expect(validateResponse(validators, 'members_list', 200, m)).toEqual({ ok: true });
    expect(validateResponse(validators, 'members_list', 200, { ...m, user: { ...m.user, pw: 'x' } })).toEqual(
      {
        ok: false,
        attr: 'user__pw',
        message: 'Unrecognized key: "pw"',
      },
    );
  });

  it('range (4XX) and default entries', () => {
    expect(validateResponse(validators, 'members_list', 404, { detail: 'Not found.' })).toEqual({ ok: true });
    expect(validateResponse(validators, 'other', 500, { ok: 'no' })).toEqual({
      ok: false,
      attr: 'ok',
      message: 'Invalid input: expected boolean, received string',
    });
  });

  it('declared without a JSON body → ok; undeclared status or operation → not ok', () => {
    expect(validateResponse(validators, 'members_list', 204, undefined)).toEqual({ ok: true });
    expect(validateResponse(validators, 'members_list', 500, {})).toEqual({
      ok: false,
      attr: '',
      message: 'Status 500 is not declared for operation "members_list".',
    });
    expect(validateResponse(validators, 'nope', 200, {})).toEqual({
      ok: false,
      attr: '',
      message: 'Unknown operation "nope".',
    });
  });
});

describe('strictResponse with unions and recursion', () => {
  const short = z.object({ kind: z.string() });
  const long = z.object({ kind: z.string(), size: z.int() });

  it('a union picks the branch that declares every key (no false positive from an earlier, smaller branch)', () => {
    const strict = strictResponse(z.union([short, long]));
    expect(strict.safeParse({ kind: 'a', size: 1 }).success).toBe(true);
    expect(strict.safeParse({ kind: 'a', size: 1, extra: true }).success).toBe(false);
  });

  it('nullable refs, intersections and recursive (getter) schemas stay strict', () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.array(Node).optional();
      },
    });
    const strict = strictResponse(
      z.object({ root: z.union([Node, z.null()]), both: z.intersection(short, z.object({ n: z.int() })) }),
    );
    const ok = { root: { name: 'a', children: [{ name: 'b' }] }, both: { kind: 'k', n: 1 } };
    expect(strict.safeParse(ok).success).toBe(true);
    expect(strict.safeParse({ ...ok, root: { name: 'a', children: [{ name: 'b', x: 1 }] } }).success).toBe(
      false,
    );
    expect(strict.safeParse({ ...ok, both: { kind: 'k', n: 1, x: 1 } }).success).toBe(false);
  });

  it('keeps checks and defaults of the original schema', () => {
    const strict = strictResponse(z.object({ tags: z.array(z.string()).max(1), level: z.int().default(1) }));
    expect(strict.parse({ tags: ['a'] })).toEqual({ tags: ['a'], level: 1 });
    expect(strict.safeParse({ tags: ['a', 'b'] }).success).toBe(false);
  });
});
