import { sql } from 'kysely';
import { type RateRule, type RateVerdict, refusal, windowPosition } from '../../domain/rate-windows.js';
import type { StoreContext } from '../store-context.js';
import { PURGE_BATCH, type RateLimitStore, STALE_COUNTER_MS } from './rate-limit-store.js';

interface CounterRow {
  scope: string;
  previous_count: number;
  current_count: number;
  admitted: boolean;
}

/**
 * One data-modifying CTE per rule: the upsert of the key's row for that scope. The row's counts are rolled to the
 * current window (`rollWindow`), the request is admitted by the inequality of `isAdmitted` evaluated on the rolled
 * counts and the current count incremented when it is — all in the one UPDATE of the row, under its row lock, so
 * concurrent requests from any process are counted exactly. SET expressions read the row as it was before.
 */
function upsertCounter(index: number, keyId: string, rule: RateRule, nowMs: number) {
  const periodMs = rule.periodSeconds * 1000;
  const { windowStart, elapsedMs } = windowPosition(rule, nowMs);
  const previous = sql`case c.window_start when excluded.window_start then c.previous_count when excluded.window_start - ${periodMs}::bigint then c.current_count else 0 end`;
  const current = sql`case c.window_start when excluded.window_start then c.current_count else 0 end`;
  const admitted = sql`(${previous})::bigint * ${periodMs - elapsedMs - 1}::bigint < (${rule.requests}::bigint - (${current})) * ${periodMs}::bigint`;
  return sql`${sql.id(`s${index}`)} as (
  insert into rate_limit_counters as c (key_id, scope, window_start, previous_count, current_count, admitted)
  values (${keyId}, ${rule.scope}, ${windowStart}::bigint, 0, 1, true)
  on conflict (key_id, scope) do update set
    window_start = excluded.window_start,
    previous_count = ${previous},
    current_count = ${current} + case when ${admitted} then 1 else 0 end,
    admitted = ${admitted}
  returning scope, previous_count, current_count, admitted)`;
}

/** The {@link RateLimitStore} of PostgreSQL: `rate_limit_counters` (migration 0005), one statement per request. */
export function postgresRateCounters(ctx: StoreContext): RateLimitStore {
  return {
    async countRateLimitedRequest(keyId, rules, now) {
      if (rules.length === 0) return [];
      const nowMs = now.getTime();
      const upserts = rules.map((rule, index) => upsertCounter(index, keyId, rule, nowMs));
      const selects = rules.map((_, index) => sql`select * from ${sql.id(`s${index}`)}`);
      const { rows } =
        await sql<CounterRow>`with ${sql.join(upserts, sql`, `)} ${sql.join(selects, sql` union all `)}`.execute(
          ctx.db,
        );
      return rules.map((rule): RateVerdict => {
        const row = rows.find((r) => r.scope === rule.scope);
        if (!row) throw new Error(`no counter row for scope ${rule.scope}`);
        if (row.admitted) return { scope: rule.scope, admitted: true, waitMs: 0 };
        const { windowStart, elapsedMs } = windowPosition(rule, nowMs);
        const counts = { windowStart, previous: row.previous_count, current: row.current_count };
        return refusal(rule, counts, elapsedMs);
      });
    },

    async purgeStaleRateCounters() {
      const staleBefore = ctx.now().getTime() - STALE_COUNTER_MS;
      const result = await sql`delete from rate_limit_counters where ctid in (
  select ctid from rate_limit_counters where window_start < ${staleBefore}::bigint limit ${PURGE_BATCH})`.execute(
        ctx.db,
      );
      return Number(result.numAffectedRows ?? 0);
    },
  };
}
