import type { Client } from 'openapi-fetch';
import { raceAbort } from './abort-helpers.js';
import { ApiTimeoutError } from './api-error.js';

/**
 * Name of the property that carries a call's abort signal from the call options to the client's fetch layer:
 * openapi-fetch copies unknown call options onto the Request it builds. The signal is kept OFF openapi-fetch's
 * Request on purpose: on Node 20 every Request built with (or copied from one with) a signal costs as much as
 * the rest of the client's per-call work; the fetch layer attaches it once, to the request actually sent.
 */
export const CALL_SIGNAL = 'orgApiCallSignal';

/** The abort signal of the call that built `request`, if it has one (timeout and/or the caller's signal). */
export function callSignalOf(request: object): AbortSignal | undefined {
  const signal = (request as unknown as Record<string, unknown>)[CALL_SIGNAL];
  return signal instanceof AbortSignal ? signal : undefined;
}

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

type Init = { signal?: AbortSignal | null } & Record<string, unknown>;
type Call = (path: string, init?: Init) => Promise<unknown>;
type RequestCall = (method: string, path: string, init?: Init) => Promise<unknown>;

/** How calls get their signal. */
export interface CallSignalOptions {
  /** One deadline per call, in ms; `undefined` = none. */
  timeoutMs: number | undefined;
  /**
   * Also settle the call's promise when the signal aborts. Needed for an in-process fetch (Hono's `app.fetch`),
   * which ignores signals; the platform fetch rejects by itself, body reads included.
   */
  race: boolean;
}

/**
 * Wraps the methods of `client` (in place) so that every call has one abort signal: the caller's `signal`,
 * and with `timeoutMs` one deadline for the whole call (all attempts, the waits between retries and the
 * reading of the body, like ky's `timeout`) that aborts with an {@link ApiTimeoutError}.
 */
// biome-ignore lint/suspicious/noExplicitAny: accepts a client of any paths, as openapi-fetch's helpers do
export function applyCallSignals<C extends Client<any, any>>(client: C, options: CallSignalOptions): C {
  const methods = client as unknown as Record<(typeof METHODS)[number], Call> & { request: RequestCall };
  // Without a deadline, a call without a signal goes straight through (no closure per call).
  const plain = (init: Init | undefined) => options.timeoutMs === undefined && !init?.signal;
  for (const method of METHODS) {
    const call = methods[method];
    methods[method] = (path, init) =>
      plain(init) ? call(path, init) : callWithSignal(method, path, init, options, (i) => call(path, i));
  }
  const request = methods.request;
  methods.request = (method, path, init) =>
    plain(init)
      ? request(method, path, init)
      : callWithSignal(method.toUpperCase(), path, init, options, (i) => request(method, path, i));
  return client;
}

function callWithSignal(
  method: string,
  path: string,
  init: Init | undefined,
  { timeoutMs, race }: CallSignalOptions,
  run: (init: Init | undefined) => Promise<unknown>,
): Promise<unknown> {
  const callerSignal = init?.signal ?? undefined;
  if (timeoutMs === undefined) {
    if (!callerSignal) return run(init);
    const call = run({ ...init, signal: undefined, [CALL_SIGNAL]: callerSignal });
    return race ? raceAbort(call, callerSignal) : call;
  }
  // setTimeout + AbortController: AbortSignal.timeout/any cost far more per call on Node 20.
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new ApiTimeoutError(method, path, timeoutMs)), timeoutMs);
  const onCallerAbort = () => controller.abort(callerSignal?.reason);
  if (callerSignal?.aborted) onCallerAbort();
  else callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  const call = run({ ...init, signal: undefined, [CALL_SIGNAL]: controller.signal });
  return (race ? raceAbort(call, controller.signal) : call).finally(() => {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  });
}
