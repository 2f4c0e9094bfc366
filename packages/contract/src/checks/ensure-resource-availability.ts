import type { Exchange } from '../http/http-types.js';
import { skipAll } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { creatableCollections, createItem, sendItem } from './resource-flows.js';
import { fail, isSuccess, pass, skip } from './verdicts.js';

/** Right after a successful create, fetching the new resource must succeed. */
export function judgeAvailability(created: Exchange, fetched: Exchange): Verdict {
  if (!isSuccess(created.response.status)) return skip(`creation returned ${created.response.status}`);
  const { status } = fetched.response;
  return isSuccess(status)
    ? pass(`created resource is available (${status})`)
    : fail(
        `Created resource is not available: ${fetched.request.method} ${fetched.request.path} returned ${status}`,
      );
}

export const ensureResourceAvailability: Check = {
  name: 'ensure_resource_availability',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    for (const c of creatableCollections(ctx)) {
      const created = await createItem(ctx, c, `availability:${c.create.id}`);
      if (!created) continue;
      if (created.id === undefined) {
        results.push(
          ctx.session.result(
            'ensure_resource_availability',
            created.exchange,
            skip(`creation returned ${created.exchange.response.status}`),
          ),
        );
        continue;
      }
      const fetched = await sendItem(ctx, c.get, created.exchange, created.id);
      results.push(
        ctx.session.result(
          'ensure_resource_availability',
          fetched,
          judgeAvailability(created.exchange, fetched),
          { operation: c.create.id },
        ),
      );
    }
    return results.length
      ? results
      : skipAll('ensure_resource_availability', 'no creatable resource with a GET item operation');
  },
};
