/**
 * The emitted types (snapshot of test/client/fixtures/invites.yaml) against the real openapi-fetch 0.17 client:
 * requests are ergonomic (defaults optional, readOnly rejected), responses exact (readOnly present, writeOnly gone).
 */
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import type { paths } from './__snapshots__/invites.gen.js';

const client = createClient<paths>({ baseUrl: 'http://localhost' });

interface ExpectedUserBasic {
  id: number;
  uuid: string;
  email: string;
  first_name?: string;
}

interface ExpectedInvite {
  id: string;
  target_email: string;
  first_name: string;
  emailing_attempt_made: boolean;
  level: 1 | 8 | 15;
  is_expired: boolean;
  created_by: ExpectedUserBasic | null;
  created_at: string;
  message?: string | null;
}

describe('request bodies', () => {
  it('accept a body with only the required writable fields (defaults are optional)', () => {
    void client.POST('/invites/', { body: { target_email: 'ann@example.com' } });
    void client.POST('/invites/', {
      body: {
        target_email: 'ann@example.com',
        level: 8,
        first_name: 'Ann',
        send_email: false,
        message: null,
      },
    });
  });

  it('reject a readOnly field in a body', () => {
    // @ts-expect-error id is readOnly
    void client.POST('/invites/', { body: { target_email: 'ann@example.com', id: 'x' } });
    // @ts-expect-error is_expired is readOnly
    void client.POST('/invites/', { body: { target_email: 'ann@example.com', is_expired: false } });
  });

  // (An unknown extra field is not rejected: openapi-fetch infers the init object into a type parameter, which
  // turns off TypeScript's excess-property check. That holds with or without these markers.)
  it('reject a missing required field and a wrong enum value', () => {
    // @ts-expect-error target_email is required
    void client.POST('/invites/', { body: { level: 1 } });
    // @ts-expect-error 2 is not a membership level
    void client.POST('/invites/', { body: { target_email: 'ann@example.com', level: 2 } });
  });

  it('let a request-only schema with defaults be sent empty, but not with readOnly fields', () => {
    const params = { path: { user__uuid: '@me' } };
    void client.PATCH('/members/{user__uuid}/', { params, body: {} });
    void client.PATCH('/members/{user__uuid}/', { params, body: { level: 15 } });
    // @ts-expect-error id is readOnly
    void client.PATCH('/members/{user__uuid}/', { params, body: { id: 'x' } });
  });

  it('make query parameters with defaults optional and path parameters required', () => {
    void client.GET('/invites/');
    void client.GET('/invites/', { params: { query: { limit: 10 } } });
    void client.DELETE('/invites/{id}/', { params: { path: { id: 'x' } } });
    // @ts-expect-error the path parameter is required
    void client.DELETE('/invites/{id}/', {});
  });
});

describe('responses', () => {
  it('type a created invite exactly: readOnly and defaulted fields present, writeOnly fields absent', async () => {
    const { data, error } = await client.POST('/invites/', { body: { target_email: 'ann@example.com' } });
    if (data) {
      expectTypeOf(data).toEqualTypeOf<ExpectedInvite>();
      expectTypeOf(data).not.toHaveProperty('send_email');
    }
    if (error) {
      expectTypeOf(error).toEqualTypeOf<{
        type: 'validation_error' | 'authentication_error';
        code: string;
        detail: string;
        attr: string | null;
      }>();
    }
  });

  it('type a page of invites exactly', async () => {
    const { data } = await client.GET('/invites/');
    if (data) {
      expectTypeOf(data).toEqualTypeOf<{
        count: number;
        next: string | null;
        previous: string | null;
        results: ExpectedInvite[];
      }>();
    }
  });

  it('type a 204 as no data', async () => {
    const { data } = await client.DELETE('/invites/{id}/', { params: { path: { id: 'x' } } });
    expectTypeOf(data).toEqualTypeOf<never | undefined>();
  });
});
