/** The parts of an OpenAPIHono app that {@link registerRoute} uses (kept structural: the runtime imports zod only). */
export interface RouteRegistrar {
  openapi(route: never, handler: never): unknown;
  openAPIRegistry: { registerPath(route: never): void };
}

interface BodyRoute {
  middleware?: unknown;
  request?: { body?: { required?: boolean; content?: Record<string, unknown> } };
}

interface RawRequestContext {
  req: { raw: Request; header(name: string): string | undefined };
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/**
 * Registers a route like `app.openapi(route, handler)`, except for a REQUIRED body declared with several media types
 * (JSON and form): @hono/zod-openapi then runs every media type's validator on every request, so a JSON request fails
 * the form validator. Such a route is published as declared (`required: true`) but validated per Content-Type, and a
 * request without a body is validated as the JSON body `{}` (so missing fields are reported, as upstream does).
 *
 * @example registerRoute(app, routes.invites_create, handlers.invites_create);
 */
export function registerRoute(app: RouteRegistrar, routeConfig: object, handler: unknown): void {
  const route = routeConfig as BodyRoute;
  const body = route.request?.body;
  const mediaTypes = Object.keys(body?.content ?? {});
  if (!body?.required || mediaTypes.length < 2 || !mediaTypes.some((m) => JSON_TYPE.test(m))) {
    app.openapi(route as never, handler as never);
    return;
  }
  app.openAPIRegistry.registerPath(route as never);
  const own =
    route.middleware === undefined
      ? []
      : Array.isArray(route.middleware)
        ? route.middleware
        : [route.middleware];
  app.openapi(
    {
      ...route,
      hide: true,
      middleware: [emptyBodyAsJson, ...own],
      request: { ...route.request, body: { ...body, required: false } },
    } as never,
    handler as never,
  );
}

/** A request without Content-Type and without a body becomes a JSON request with the body `{}`. */
async function emptyBodyAsJson(c: RawRequestContext, next: () => Promise<void>): Promise<void> {
  const length = c.req.header('content-length');
  const empty =
    c.req.raw.body === null || length === '0' || (length === undefined && !c.req.header('transfer-encoding'));
  if (!c.req.header('content-type') && empty) {
    const headers = new Headers(c.req.raw.headers);
    headers.set('content-type', 'application/json');
    headers.delete('content-length');
    c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers, body: '{}' });
  }
  await next();
}
