import { OpenAPIHono } from '@hono/zod-openapi';
import { formatValidationError, registerRoute } from '@org-api/runtime';
import type { Context } from 'hono';
import { describe, expect, it } from 'vitest';
import { operations } from '../generated/operations.gen.js';
import { routes } from '../generated/routes.gen.js';
import type { AppEnv } from '../http/app-env.js';
import {
  BLANK_MESSAGE,
  BULK_NOT_A_LIST_MESSAGE,
  BULK_TOO_MANY_MESSAGE,
  createUpstreamValidationHook,
  findNullCharacter,
  SEARCH_TOO_LONG_MESSAGE,
  upstreamValidationBody,
} from './validation-hook.js';

const bulkSchema = routes.invites_bulk_create.request.body.content['application/json'].schema;
const membersQuery = routes.members_list.request.query;

/** What the generated layer says, and what the override makes of it. */
function validate(
  operationId: string,
  target: string,
  schema: typeof bulkSchema | typeof membersQuery,
  data: unknown,
) {
  const result = schema.safeParse(data);
  if (result.success) throw new Error('expected a validation failure');
  return {
    generated: formatValidationError(result.error, target as never, data),
    upstream: upstreamValidationBody(operationId, { target, data, issues: result.error.issues }),
  };
}

describe('upstreamValidationBody', () => {
  it('words "more than 20 bulk invites" as upstream (the generated validator says "elements")', () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ target_email: `u${i}@example.com` }));
    expect(validate('invites_bulk_create', 'json', bulkSchema, items)).toEqual({
      generated: {
        type: 'validation_error',
        code: 'max_length',
        detail: 'Ensure this field has no more than 20 elements.',
        attr: null,
      },
      upstream: { type: 'validation_error', code: 'max_length', detail: BULK_TOO_MANY_MESSAGE, attr: null },
    });
  });

  it('counts before looking at the items, as upstream', () => {
    const items = [
      { target_email: 'nope' },
      ...Array.from({ length: 20 }, () => ({ target_email: 'a@b.co' })),
    ];
    expect(validate('invites_bulk_create', 'json', bulkSchema, items).upstream?.detail).toBe(
      BULK_TOO_MANY_MESSAGE,
    );
  });

  it('words a non-array bulk body as upstream, and leaves item errors to the generic formatter', () => {
    expect(validate('invites_bulk_create', 'json', bulkSchema, { target_email: 'a@b.co' }).upstream).toEqual({
      type: 'validation_error',
      code: 'not_a_list',
      detail: BULK_NOT_A_LIST_MESSAGE,
      attr: null,
    });
    expect(
      validate('invites_bulk_create', 'json', bulkSchema, [{ target_email: 'nope' }]).upstream,
    ).toBeUndefined();
  });

  it('words an over-long members search as upstream, other query errors stay generic', () => {
    expect(validate('members_list', 'query', membersQuery, { search: 'x'.repeat(201) }).upstream).toEqual({
      type: 'validation_error',
      code: 'invalid_input',
      detail: SEARCH_TOO_LONG_MESSAGE,
      attr: 'search',
    });
    expect(validate('members_list', 'query', membersQuery, { order: 'name' }).upstream).toBeUndefined();
    expect(
      validate('invites_list', 'query', membersQuery, { search: 'x'.repeat(201) }).upstream,
    ).toBeUndefined();
  });
});

describe('findNullCharacter', () => {
  it.each([
    [{ name: 'ok', tags: ['a', 'b'] }, undefined],
    [{ name: 'a\u0000b' }, 'name'],
    [{ app_urls: ['ok', '\u0000'] }, 'app_urls__1'],
    [[{ target_email: 'a@b.co' }, { first_name: '\u0000' }], '1__first_name'],
    [{ survey_config: { 'k\u0000': 1 } }, 'survey_config__k\u0000'],
    [{ level: 8, send_email: true, message: null }, undefined],
    ['\u0000', ''],
  ])('%j → %s', (value, attr) => {
    expect(findNullCharacter(value)).toBe(attr);
  });
});

describe('blank text fields', () => {
  const inviteSchema = routes.invites_create.request.body.content['application/json'].schema;

  it('words an empty email as DRF does (blank before format); a malformed one keeps the generic body', () => {
    const empty = inviteSchema.safeParse({ target_email: '' });
    const malformed = inviteSchema.safeParse({ target_email: 'nope' });
    if (empty.success || malformed.success) throw new Error('expected validation failures');
    expect(
      upstreamValidationBody('invites_create', {
        target: 'json',
        data: { target_email: '' },
        issues: empty.error.issues,
      }),
    ).toEqual({ type: 'validation_error', code: 'blank', detail: BLANK_MESSAGE, attr: 'target_email' });
    expect(
      upstreamValidationBody('invites_create', {
        target: 'json',
        data: { target_email: 'nope' },
        issues: malformed.error.issues,
      }),
    ).toBeUndefined();
  });
});

describe('createUpstreamValidationHook (on the generated bulk and create routes)', () => {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: createUpstreamValidationHook() });
  app.use(function matchedOperation(c, next) {
    const operationId = c.req.path.endsWith('/bulk/') ? 'invites_bulk_create' : 'invites_create';
    c.set('operation', { operationId, operation: operations[operationId], params: {} });
    return next();
  });
  const created = (c: Context) => c.json(c.req.valid('json' as never), 201);
  registerRoute(app, routes.invites_bulk_create, created);
  registerRoute(app, routes.invites_create, created);
  const post = (path: string, body: string, contentType = 'application/json') =>
    app.request(`http://api.test/api/organizations/@current/invites/${path}`, {
      method: 'POST',
      body,
      headers: { 'Content-Type': contentType },
    });

  it('answers an unparseable body with parse_error before any operation rule (bulk: not not_a_list)', async () => {
    const res = await post('bulk/', '[{"target_email":');
    expect([res.status, await res.json()]).toEqual([
      400,
      {
        type: 'invalid_request',
        code: 'parse_error',
        detail: 'JSON parse error - Unexpected end of JSON input',
        attr: null,
      },
    ]);
  });

  it('words the operation rules: a bulk body that is not a list', async () => {
    const res = await post('bulk/', '{"target_email":"a@b.co"}');
    expect([res.status, await res.json()]).toEqual([
      400,
      { type: 'validation_error', code: 'not_a_list', detail: BULK_NOT_A_LIST_MESSAGE, attr: null },
    ]);
  });

  it('refuses a NUL character in a validated form body as in a JSON one', async () => {
    for (const [body, contentType] of [
      ['target_email=a%40b.co&first_name=a%00b', 'application/x-www-form-urlencoded'],
      ['{"target_email":"a@b.co","first_name":"a\\u0000b"}', 'application/json'],
    ] as const) {
      const res = await post('', body, contentType);
      expect([res.status, await res.json()]).toEqual([
        400,
        {
          type: 'validation_error',
          code: 'null_characters_not_allowed',
          detail: 'Null characters are not allowed.',
          attr: 'first_name',
        },
      ]);
    }
  });
});
