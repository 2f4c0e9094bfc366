import { Hono } from 'hono';

/** One request as the toy app saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | null;
  body: string;
}

/** Options of the toy app. */
export interface ToyAppOptions {
  /** Number of members in the list (named m1, m2, …). Default 7. */
  members?: number;
  /** Page size when the request has no `limit`. Default 100, like upstream. */
  defaultLimit?: number;
  /** Origin written into `next`/`previous` links; default: the request's own origin (as DRF does). */
  linkOrigin?: string;
  /** Answer a members page with this status and error body instead, for the given offsets. */
  failAtOffset?: { offset: number; status: number };
  /** Always answer with the same `next` link (a looping server). */
  loopNext?: boolean;
}

/**
 * A small real Hono app serving a slice of the organizations API: a paginated members list with absolute
 * `next` links (limit/offset, like upstream), member PATCH/DELETE and invite POST. Every request is recorded.
 */
export function createToyApp(options: ToyAppOptions = {}) {
  const seen: SeenRequest[] = [];
  const total = options.members ?? 7;
  const members = Array.from({ length: total }, (_, i) => ({
    id: `m${i + 1}`,
    name: `Member ${i + 1}`,
    level: 1,
  }));
  const app = new Hono();

  app.use(async (c, next) => {
    const body = await c.req.raw.clone().text();
    seen.push({
      method: c.req.method,
      url: c.req.url,
      authorization: c.req.header('authorization') ?? null,
      body,
    });
    await next();
  });

  app.get('/api/organizations/:org/members/', (c) => {
    const url = new URL(c.req.url);
    const limit = Number(url.searchParams.get('limit') ?? options.defaultLimit ?? 100);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    if (options.failAtOffset?.offset === offset) {
      const detail = 'Request was throttled.';
      return c.json({ type: 'throttled_error', code: 'throttled', detail, attr: null }, 429 as const);
    }
    const search = url.searchParams.get('search');
    const matching = search ? members.filter((m) => m.name.includes(search)) : members;
    const link = (at: number) => {
      const target = new URL(url.pathname + url.search, options.linkOrigin ?? url.origin);
      target.searchParams.set('limit', String(limit));
      target.searchParams.set('offset', String(at));
      return target.toString();
    };
    const hasNext = options.loopNext || offset + limit < matching.length;
    return c.json({
      count: matching.length,
      next: hasNext ? link(options.loopNext ? limit : offset + limit) : null,
      previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
      results: matching.slice(offset, offset + limit),
    });
  });

  app.patch('/api/organizations/:org/members/:user/', async (c) => {
    const body = (await c.req.json()) as { level: number };
    return c.json({ id: c.req.param('user'), name: 'Patched', level: body.level });
  });

  app.delete('/api/organizations/:org/members/:user/', (c) => c.body(null, 204));

  app.post('/api/organizations/:org/invites/', async (c) => {
    const body = (await c.req.json()) as { target_email: string };
    return c.json({ id: 'inv1', target_email: body.target_email }, 201);
  });

  return { app, seen };
}
