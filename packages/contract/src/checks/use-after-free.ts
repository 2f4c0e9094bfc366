import type { Exchange } from '../http/http-types.js';
import { skipAll, successProperties } from './check-helpers.js';
import type { Check, CheckResult, Verdict } from './check-types.js';
import { creatableCollections, createItem, sendItem } from './resource-flows.js';
import { fail, isSuccess, pass, unlessThrottled } from './verdicts.js';

/**
 * After a successful DELETE the resource must be gone (404/410). When the spec models asynchronous deletion
 * (`is_pending_deletion` in the item schema), a 2xx whose body says `is_pending_deletion: true` is also correct.
 */
export const judgeUseAfterFree = unlessThrottled(function judgeUseAfterFree(
  fetched: Exchange,
  pendingDeletionModelled: boolean,
): Verdict {
  const { status, json } = fetched.response;
  if (status === 404 || status === 410) return pass(`deleted resource is gone (${status})`);
  if (
    isSuccess(status) &&
    pendingDeletionModelled &&
    (json as { is_pending_deletion?: unknown })?.is_pending_deletion === true
  ) {
    return pass('deleted resource is pending deletion');
  }
  return fail(
    `Deleted resource is still available: ${fetched.request.method} ${fetched.request.path} returned ${status}`,
  );
});

export const useAfterFree: Check = {
  name: 'use_after_free',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    for (const c of creatableCollections(ctx)) {
      if (!c.del) continue;
      const created = await createItem(ctx, c, `use-after-free:${c.create.id}`);
      if (!created || created.id === undefined) continue;
      const deleted = await sendItem(ctx, c.del, created.exchange, created.id);
      if (!isSuccess(deleted.response.status)) {
        results.push(
          ctx.session.result(
            'use_after_free',
            deleted,
            { outcome: 'skip', message: `DELETE returned ${deleted.response.status}` },
            { operation: c.del.id },
          ),
        );
        continue;
      }
      const fetched = await sendItem(ctx, c.get, created.exchange, created.id);
      const pending = successProperties(ctx.spec, c.get).includes('is_pending_deletion');
      results.push(
        ctx.session.result('use_after_free', fetched, judgeUseAfterFree(fetched, pending), {
          operation: c.del.id,
        }),
      );
    }
    return results.length
      ? results
      : skipAll('use_after_free', 'no creatable resource with GET and DELETE item operations');
  },
};
