/*
 * Stored text and list pages are bounded (issue 12, item 3). Before the caps a plain member stored 560 invites with a
 * 1 MB `message` each: `GET invites/?limit=100` returned 104 MB and `?limit=1000` answered 500 (`RangeError: Invalid
 * string length`). Now every text field has a `maxLength`, every list a `maxItems` and every request body field at
 * most 16 KiB of JSON, so a page of the largest `limit` filled with the largest rows has a known bound.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/app.js';
import { MAX_FIELD_JSON_BYTES } from '../../src/http/field-size.js';
import { createTestWorld, type TestWorld } from '../../src/http/test-support/test-world.js';

const LIMIT = 1000;
let world: TestWorld;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  world = await createTestWorld();
  app = createApp({ store: world.store, clock: world.clock, mailer: null, config: {} });
});
afterAll(async () => {
  await world.cleanup();
});

const base = () => `http://api.test/api/organizations/${world.orgA.id}`;

function call(key: string, method: string, path: string, body?: unknown) {
  return app.request(`${base()}${path}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

/** A JSON object of exactly `bytes` bytes once serialized. */
const objectOfBytes = (bytes: number) => ({ blob: 'x'.repeat(bytes - '{"blob":""}'.length) });

/** `count` distinct tags of 100 three-byte characters (50 of them take 15,201 bytes of JSON). */
const bigTags = (count: number) =>
  Array.from({ length: count }, (_, i) => `${String(i).padStart(3, '0')}${'€'.repeat(97)}`);

describe('caps on stored text', () => {
  it('refuses an invite message over 1000 characters (upstream stores any length)', async () => {
    const res = await call(world.keys.member, 'POST', '/invites/', {
      target_email: 'long@example.com',
      message: 'm'.repeat(1001),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      type: 'validation_error',
      code: 'max_length',
      detail: 'Ensure this field has no more than 1000 characters.',
      attr: 'message',
    });
  });

  it('refuses a free-form JSON setting over 16 KiB of JSON, naming it, and takes one of exactly 16 KiB', async () => {
    const created = await call(world.keys.owner, 'POST', '/projects/', { name: 'Settings' });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    const tooBig = await call(world.keys.owner, 'PATCH', `/projects/${id}/`, {
      extra_settings: objectOfBytes(MAX_FIELD_JSON_BYTES + 1),
    });
    expect(tooBig.status).toBe(400);
    expect(await tooBig.json()).toEqual({
      type: 'validation_error',
      code: 'max_length',
      detail: 'Ensure this field has no more than 16384 bytes of JSON.',
      attr: 'extra_settings',
    });
    const fits = await call(world.keys.owner, 'PATCH', `/projects/${id}/`, {
      extra_settings: objectOfBytes(MAX_FIELD_JSON_BYTES),
    });
    expect(fits.status).toBe(200);
  });

  it('refuses more than 50 tags', async () => {
    const res = await call(world.keys.owner, 'POST', '/projects/', {
      tags: bigTags(51).map((t) => t.slice(0, 3)),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'max_length', attr: 'tags' });
  });
});

describe(`a page of ${LIMIT} of the largest rows`, () => {
  it('of invites is 200 and under 12 MB (12 KB a row)', async () => {
    const project = await call(world.keys.owner, 'POST', '/projects/', { name: 'Private' });
    const { id: projectId } = (await project.json()) as { id: number };
    const message = '€'.repeat(1000);
    for (let batch = 0; batch < LIMIT / 20; batch++) {
      const invites = Array.from({ length: 20 }, (_, i) => ({
        target_email: `${'a'.repeat(200)}${batch * 20 + i}@example.com`,
        first_name: '€'.repeat(30),
        message,
        private_project_access: [{ id: projectId, level: 'member' }],
        send_email: false,
      }));
      const res = await call(world.keys.owner, 'POST', '/invites/bulk/', invites);
      expect(res.status).toBe(201);
    }
    const page = await call(world.keys.member, 'GET', `/invites/?limit=${LIMIT}`);
    expect(page.status).toBe(200);
    const bytes = (await page.arrayBuffer()).byteLength;
    expect(bytes).toBeGreaterThan(LIMIT * 3000); // every row carries its 3,000-byte message
    expect(bytes).toBeLessThan(LIMIT * 12_000);
  });

  it('of projects is 200 and under 34 MB (two 16 KiB fields and 2 KB of others a row)', async () => {
    const settings = { has_completed_onboarding_for: objectOfBytes(MAX_FIELD_JSON_BYTES), tags: bigTags(50) };
    const existing = Number(
      ((await (await call(world.keys.owner, 'GET', '/projects/')).json()) as { count: number }).count,
    );
    for (let i = existing; i < LIMIT; i++) {
      const res = await call(world.keys.owner, 'POST', '/projects/', {
        name: `${'€'.repeat(195)}${i}`,
        ...settings,
      });
      expect(res.status).toBe(201);
    }
    const page = await call(world.keys.member, 'GET', `/projects/?limit=${LIMIT}`);
    expect(page.status).toBe(200);
    const body = (await page.json()) as { count: number; results: unknown[] };
    expect([body.count, body.results.length]).toEqual([LIMIT, LIMIT]);
    const bytes = Buffer.byteLength(JSON.stringify(body));
    expect(bytes).toBeGreaterThan(LIMIT * 2 * 15_000);
    expect(bytes).toBeLessThan(LIMIT * (2 * MAX_FIELD_JSON_BYTES + 2048));
  });
});
