// The trivial local server of the client benchmark, run in its own process: one members page (GET) and an
// echo of a JSON invite (POST), on loopback. Prints `{"port":…}` once listening.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const user = (n: number) => ({
  id: n,
  uuid: `0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c${String(n).padStart(2, '0')}`,
  distinct_id: `distinct-${n}`,
  first_name: `First${n}`,
  last_name: `Last${n}`,
  email: `member${n}@example.com`,
  is_email_verified: true,
  hedgehog_config: null,
  role_at_organization: 'engineering',
});
const page = JSON.stringify({
  count: 3,
  next: null,
  previous: null,
  results: [1, 2, 3].map((n) => ({
    id: `0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3d${String(n).padStart(2, '0')}`,
    user: user(n),
    level: 1,
    joined_at: '2026-11-27T09:30:00Z',
    updated_at: '2026-11-27T09:30:00Z',
    is_2fa_enabled: false,
    has_social_auth: false,
    last_login: '2026-11-27T09:30:00Z',
    search_match_type: null,
  })),
});

const authorized = (header: string | undefined) => header?.startsWith('Bearer ') === true;
const app = new Hono()
  .get('/api/organizations/:org/members/', (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json({ detail: 'no key' }, 401);
    return c.body(page, 200, { 'Content-Type': 'application/json' });
  })
  .post('/api/organizations/:org/invites/', async (c) => {
    if (!authorized(c.req.header('authorization'))) return c.json({ detail: 'no key' }, 401);
    return c.body(await c.req.text(), 201, { 'Content-Type': 'application/json' });
  });

serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
