import type { Exchange } from '../http/http-types.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { fail, pass, unlessThrottled } from './verdicts.js';

/** Methods probed on every path (as Schemathesis: HEAD, OPTIONS and TRACE are left alone). */
export const PROBED_METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** A method the spec does not declare on a path must get 405 Method Not Allowed. */
export const judgeUnsupportedMethod = unlessThrottled(function judgeUnsupportedMethod(
  exchange: Exchange,
): Verdict {
  const { status } = exchange.response;
  const what = `${exchange.request.method} ${exchange.plan.pathTemplate}`;
  return status === 405
    ? pass(`${what}: 405`)
    : fail(`Unsupported method ${what} returned ${status}, expected 405`);
});

const probes = new WeakMap<object, Promise<Exchange[]>>();

/** Sends each undeclared method once per path (memoised per session, shared with `allow_header_conformance`). */
export function probeUnsupportedMethods(ctx: CheckContext): Promise<Exchange[]> {
  let pending = probes.get(ctx.session);
  if (!pending) {
    pending = (async () => {
      const out: Exchange[] = [];
      for (const [path, declared] of ctx.spec.pathMethods) {
        const op = ctx.spec.operations.find((o) => o.path === path);
        if (!op) continue;
        const pathValues = await ctx.session.pathValues(op, 'read');
        if (!pathValues) continue;
        for (const method of PROBED_METHODS.filter((m) => !declared.includes(m))) {
          const plan = { method, pathTemplate: path, pathParams: pathValues, query: {}, headers: {} };
          out.push(
            await ctx.session.send(plan, 'owner', {
              operationId: `${method.toUpperCase()} ${path}`,
              kind: 'probe',
            }),
          );
        }
      }
      return out;
    })();
    probes.set(ctx.session, pending);
  }
  return pending;
}

export const unsupportedMethod: Check = {
  name: 'unsupported_method',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const exchanges = await probeUnsupportedMethods(ctx);
    return exchanges.map((e) => ctx.session.result('unsupported_method', e, judgeUnsupportedMethod(e)));
  },
};
