import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import { PreparedRequest } from './prepared-request.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Init = Record<string, unknown> | undefined;
type Call = (path: string, init?: Init) => Promise<unknown>;
type RequestCall = (method: string, path: string, init?: Init) => Promise<unknown>;
type Callable = Record<(typeof METHODS)[number], Call> & {
  request: RequestCall;
  use(...middleware: Middleware[]): void;
  eject(...middleware: Middleware[]): void;
};

/**
 * An openapi-fetch client whose calls skip building a platform `Request` whenever nothing but the client's own
 * fetch layer would see it. Two openapi-fetch clients share `options`: the returned one (real `Request`s) and a
 * second one given a {@link PreparedRequest} as its `Request` class (openapi-fetch's documented option). A call
 * goes to the second one unless middleware is registered (`use`, until `eject`ed) or the call brings its own
 * `middleware`, `fetch` or `Request`: middleware and a custom fetch always get a real `Request`.
 * @param options - openapi-fetch's options; `fetch` must accept a {@link PreparedRequest} as well as a `Request`
 */
export function createPreparedClient<Paths extends {}, Media extends `${string}/${string}`>(
  options: ClientOptions,
): Client<Paths, Media> {
  const client = createClient<Paths, Media>(options);
  const prepared = createClient<Paths, Media>({
    ...options,
    Request: PreparedRequest as unknown as typeof Request,
  }) as unknown as Callable;
  const methods = client as unknown as Callable;
  const registered: Middleware[] = [];
  const fast = (init: Init) =>
    registered.length === 0 &&
    (init === undefined ||
      (init.middleware === undefined && init.fetch === undefined && init.Request === undefined));

  for (const method of METHODS) {
    const call = methods[method];
    const fastCall = prepared[method];
    methods[method] = (path, init) => (fast(init) ? fastCall(path, init) : call(path, init));
  }
  const { request, use, eject } = methods;
  methods.request = (method, path, init) =>
    fast(init) ? prepared.request(method, path, init) : request(method, path, init);
  methods.use = (...middleware) => {
    for (const m of middleware) {
      use(m); // validates as openapi-fetch does (and skips empty entries)
      if (m) registered.push(m);
    }
  };
  methods.eject = (...middleware) => {
    for (const m of middleware) {
      eject(m);
      const index = registered.indexOf(m);
      if (index !== -1) registered.splice(index, 1);
    }
  };
  return client;
}
