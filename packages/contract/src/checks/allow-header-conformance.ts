import type { Exchange } from '../http/http-types.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { probeUnsupportedMethods } from './unsupported-method.js';
import { fail, pass, skip } from './verdicts.js';

const IMPLICIT = ['HEAD', 'OPTIONS'];

/** A 405 must carry an `Allow` header listing exactly the declared methods (HEAD/OPTIONS may be added). */
export function judgeAllowHeader(exchange: Exchange, declared: string[]): Verdict {
  if (exchange.response.status !== 405) return skip(`status ${exchange.response.status}, not 405`);
  const header = exchange.response.headers.allow;
  if (header === undefined) return fail(`405 response to ${exchange.request.method} without an Allow header`);
  const allowed = header
    .split(',')
    .map((m) => m.trim().toUpperCase())
    .filter(Boolean);
  const expected = declared.map((m) => m.toUpperCase());
  const missing = expected.filter((m) => !allowed.includes(m));
  const extra = allowed.filter((m) => !expected.includes(m) && !IMPLICIT.includes(m));
  if (!missing.length && !extra.length) return pass(`Allow: ${header}`);
  const parts = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    extra.length ? `undeclared ${extra.join(', ')}` : '',
  ].filter(Boolean);
  return fail(
    `Allow header '${header}' does not match the spec (${expected.join(', ')}): ${parts.join('; ')}`,
  );
}

export const allowHeaderConformance: Check = {
  name: 'allow_header_conformance',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const exchanges = await probeUnsupportedMethods(ctx);
    return exchanges
      .filter((e) => e.response.status === 405)
      .map((e) =>
        ctx.session.result(
          'allow_header_conformance',
          e,
          judgeAllowHeader(e, ctx.spec.pathMethods.get(e.plan.pathTemplate) ?? []),
        ),
      );
  },
};
