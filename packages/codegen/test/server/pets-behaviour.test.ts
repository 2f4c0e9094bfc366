import { OpenAPIHono } from '@hono/zod-openapi';
import { createValidationHook, validateResponse } from '@org-api/runtime';
import { describe, expect, it } from 'vitest';
import { type Handlers, registerRoutes, responseValidators } from './fixture/src/generated/handlers.gen.js';

/** The parts of a Hono context the echo handlers use. */
interface EchoContext {
  req: { header(name: string): string | undefined; valid(target: string): unknown };
  json(body: unknown, status: 200): Response;
}

const OWNER = '6b5e0c8a-1c6e-4d5f-9a3b-2f1e0d9c8b7a';
const PETS = `/owners/${OWNER}/pets/`;

/** Every handler echoes what the generated validators let through. */
function echoApp() {
  const app = new OpenAPIHono({ defaultHook: createValidationHook() });
  const echo = (c: EchoContext) => {
    const type = c.req.header('content-type') ?? '';
    const body = type.includes('json')
      ? c.req.valid('json')
      : type.includes('form')
        ? c.req.valid('form')
        : undefined;
    return c.json(
      { params: c.req.valid('param'), query: c.req.valid('query'), header: c.req.valid('header'), body },
      200,
    );
  };
  const handlers = Object.fromEntries(
    ['pets_list', 'pets_create', 'pets_partial_update', 'pets_destroy', 'pets_photo_retrieve'].map((id) => [
      id,
      echo,
    ]),
  ) as unknown as Handlers;
  registerRoutes(app, handlers);
  return app;
}

const app = echoApp();
const validPet = { name: 'Rex', owner_email: 'ann@example.com', born_at: '2019-08-24T14:15:22Z' };
const postJson = (body: unknown, path = PETS) =>
  app.request(path, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  });
const error = (code: string, detail: string, attr: string | null) => ({
  type: 'validation_error',
  code,
  detail,
  attr,
});

describe('generated routes: request bodies', () => {
  it('valid body passes with defaults filled and optional fields absent', async () => {
    const res = await postJson(validPet);
    expect(res.status).toBe(200);
    expect((await res.json()).body).toEqual({ ...validPet, level: 1, vaccinated: false });
  });

  it('readOnly fields in a request body are ignored (stripped)', async () => {
    const res = await postJson({ ...validPet, id: 5, parent: null, secret: 's' });
    expect((await res.json()).body).toEqual({ ...validPet, level: 1, vaccinated: false, secret: 's' });
  });

  it.each([1, 8, 15])('numeric enum accepts %i', async (level) => {
    const res = await postJson({ ...validPet, level });
    expect((await res.json()).body.level).toBe(level);
  });

  it('date-time with an offset is accepted', async () => {
    const res = await postJson({ ...validPet, born_at: '2019-08-24T16:15:22.123+02:00' });
    expect(res.status).toBe(200);
  });

  const invalid: [string, Record<string, unknown>, ReturnType<typeof error>][] = [
    [
      'missing field',
      { owner_email: 'a@b.co', born_at: validPet.born_at },
      error('required', 'This field is required.', 'name'),
    ],
    ['null field', { ...validPet, name: null }, error('null', 'This field may not be null.', 'name')],
    [
      'bad enum value',
      { ...validPet, level: 2 },
      error('invalid_choice', '"2" is not a valid choice.', 'level'),
    ],
    [
      'too long',
      { ...validPet, name: 'x'.repeat(21) },
      error('max_length', 'Ensure this field has no more than 20 characters.', 'name'),
    ],
    [
      'too short',
      { ...validPet, name: '' },
      error('min_length', 'Ensure this field has at least 1 characters.', 'name'),
    ],
    [
      'above maximum',
      { ...validPet, weight: 30001 },
      error('max_value', 'Ensure this value is less than or equal to 30000.', 'weight'),
    ],
    [
      'below minimum',
      { ...validPet, weight: -1 },
      error('min_value', 'Ensure this value is greater than or equal to 0.', 'weight'),
    ],
    [
      'bad email',
      { ...validPet, owner_email: 'nope' },
      error('invalid_input', 'Enter a valid email address.', 'owner_email'),
    ],
    [
      'bad date-time',
      { ...validPet, born_at: '24/08/2019' },
      error(
        'invalid_input',
        'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
        'born_at',
      ),
    ],
    [
      'not a boolean',
      { ...validPet, vaccinated: 'maybe' },
      error('invalid_input', 'Must be a valid boolean.', 'vaccinated'),
    ],
    ['not a string', { ...validPet, name: 5 }, error('invalid_input', 'Not a valid string.', 'name')],
    [
      'not a list',
      { ...validPet, tags: {} },
      error('not_a_list', 'Expected a list of items but got type "dict".', 'tags'),
    ],
    [
      'list too long',
      { ...validPet, tags: Array.from({ length: 21 }, () => 't') },
      error('max_length', 'Ensure this field has no more than 20 elements.', 'tags'),
    ],
    [
      'nested list item',
      { ...validPet, tags: ['a', 7] },
      error('invalid_input', 'Not a valid string.', 'tags__1'),
    ],
  ];
  it.each(invalid)('%s → 400 with the upstream body', async (_name, body, expected) => {
    const res = await postJson(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(expected);
  });

  it('root-level error has attr null', async () => {
    const res = await postJson(['not', 'an', 'object']);
    expect(await res.json()).toEqual(
      error('invalid_input', 'Invalid data. Expected a dictionary, but got list.', null),
    );
  });

  it('form bodies are coerced to the JSON shape (numbers, booleans, repeated keys)', async () => {
    const form = new URLSearchParams({ ...validPet, level: '8', vaccinated: 'true', weight: '' });
    form.append('tags', 'a');
    form.append('tags', 'b');
    const res = await app.request(PETS, {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).body).toEqual({
      ...validPet,
      level: 8,
      vaccinated: true,
      weight: null,
      tags: ['a', 'b'],
    });
  });

  it('a required body that is missing is validated as {} (upstream reports the first missing field)', async () => {
    const res = await app.request(PETS, { method: 'POST' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(error('required', 'This field is required.', 'name'));
  });

  it('an undeclared media type is refused with 415 (before validation)', async () => {
    const res = await app.request(PETS, {
      method: 'POST',
      body: 'x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
  });

  it('a body that is not required is not validated without a JSON content type', async () => {
    const res = await app.request(`/owners/${OWNER}/pets/3/`, { method: 'PATCH' });
    expect(res.status).toBe(200);
  });
});

describe('generated routes: parameters', () => {
  it('path: uuid or literal, int64 id coerced from the string', async () => {
    const res = await app.request('/owners/@me/pets/9007199254740991/', { method: 'DELETE' });
    expect((await res.json()).params).toEqual({ owner_id: '@me', id: 9007199254740991 });
  });

  it('path: `@current` accepted for the id', async () => {
    const res = await app.request(`/owners/${OWNER}/pets/@current/`, { method: 'DELETE' });
    expect((await res.json()).params.id).toBe('@current');
  });

  it('path: bad uuid → 400 with the param as attr', async () => {
    const res = await app.request('/owners/not-a-uuid/pets/', { method: 'GET' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(error('invalid_input', 'Must be a valid UUID.', 'owner_id'));
  });

  it('path: non-numeric id → 400', async () => {
    const res = await app.request(`/owners/${OWNER}/pets/abc/`, { method: 'DELETE' });
    expect(await res.json()).toEqual(error('invalid_input', 'A valid integer is required.', 'id'));
  });

  it('query: numbers, numeric enums and booleans coerced; defaults applied; arrays from repeated keys', async () => {
    const res = await app.request(`${PETS}?limit=5&level=8&vaccinated=true&tag=a&tag=b`);
    expect((await res.json()).query).toEqual({ limit: 5, level: 8, vaccinated: true, tag: ['a', 'b'] });
    const defaults = await app.request(`${PETS}?tag=a`);
    expect((await defaults.json()).query).toEqual({ limit: 100, tag: ['a'] });
  });

  it('query: deepObject style folded into an object', async () => {
    const res = await app.request(`${PETS}?filter[name]=rex&filter[min_age]=2`);
    expect((await res.json()).query).toEqual({ limit: 100, filter: { name: 'rex', min_age: 2 } });
  });

  const invalid: [string, string, ReturnType<typeof error>][] = [
    ['limit=0', 'limit=0', error('min_value', 'Ensure this value is greater than or equal to 1.', 'limit')],
    [
      'limit=1001',
      'limit=1001',
      error('max_value', 'Ensure this value is less than or equal to 1000.', 'limit'),
    ],
    ['limit=abc', 'limit=abc', error('invalid_input', 'A valid integer is required.', 'limit')],
    ['level=2', 'level=2', error('invalid_choice', '"2" is not a valid choice.', 'level')],
    [
      'vaccinated=maybe',
      'vaccinated=maybe',
      error('invalid_input', 'Must be a valid boolean.', 'vaccinated'),
    ],
    [
      'tag item too long',
      'tag=abcdef',
      error('max_length', 'Ensure this field has no more than 5 characters.', 'tag__0'),
    ],
  ];
  it.each(invalid)('query %s → 400', async (_name, query, expected) => {
    const res = await app.request(`${PETS}?${query}`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual(expected);
  });

  it('header: validated case-insensitively', async () => {
    const res = await app.request(PETS, { headers: { 'X-Request-Id': 'nope' } });
    expect(await res.json()).toEqual(error('invalid_input', 'Must be a valid UUID.', 'X-Request-Id'));
  });
});

describe('responseValidators (strict)', () => {
  const pet = {
    id: 9007199254740991,
    ...validPet,
    level: 8,
    vaccinated: false,
    parent: { id: 1, name: 'Mum', children: [] },
  };

  it('a declared response passes', () => {
    expect(validateResponse(responseValidators, 'pets_create', 201, pet)).toEqual({ ok: true });
  });

  it('an undeclared property anywhere fails, naming its path', () => {
    const leaked = { ...pet, parent: { ...pet.parent, children: [{ id: 2, name: 'Kid', password: 'x' }] } };
    expect(validateResponse(responseValidators, 'pets_create', 201, leaked)).toEqual({
      ok: false,
      attr: 'parent__children__0__password',
      message: 'Unrecognized key: "password"',
    });
  });

  it('a writeOnly field in a response fails', () => {
    expect(validateResponse(responseValidators, 'pets_create', 201, { ...pet, secret: 's' })).toMatchObject({
      ok: false,
      attr: 'secret',
    });
  });

  it('a wrong field type fails', () => {
    expect(validateResponse(responseValidators, 'pets_create', 201, { ...pet, id: '1' })).toEqual({
      ok: false,
      attr: 'id',
      message: 'A valid integer is required.',
    });
  });

  it('a status without a JSON body is fine; an undeclared status is not', () => {
    expect(validateResponse(responseValidators, 'pets_destroy', 204, undefined)).toEqual({ ok: true });
    expect(validateResponse(responseValidators, 'pets_destroy', 200, {})).toEqual({
      ok: false,
      attr: '',
      message: 'Status 200 is not declared for operation "pets_destroy".',
    });
  });
});
