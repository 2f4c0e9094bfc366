import { formatValidationError } from '@org-api/codegen/runtime';
import { describe, expect, it } from 'vitest';
import { routes } from '../generated/routes.gen.js';
import {
  BULK_NOT_A_LIST_MESSAGE,
  BULK_TOO_MANY_MESSAGE,
  SEARCH_TOO_LONG_MESSAGE,
  upstreamValidationBody,
} from './upstream-validation-messages.js';

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
