import pg from 'pg';
import { TEST_DATABASE_URL } from '../../store/postgres-test-database.js';

/** An organization row locked by a transaction of its own (see {@link holdOrganizationLock}). */
export interface HeldOrganizationLock {
  /** Resolves once `count` sessions are waiting for this lock (polls `pg_blocking_pids`). */
  waitForWaiters(count: number): Promise<void>;
  /** Ends the transaction (rollback): the waiters proceed, first come first served. */
  release(): Promise<void>;
}

/**
 * Locks an organization's row on PostgreSQL (`for update`, which conflicts with the store's `for no key update`) in a
 * transaction of a connection of its own, so a test can line concurrent requests up behind it and interleave them for
 * real: each request runs up to the store's lock, then all go on at once when it is released.
 *
 * @example
 * const lock = await holdOrganizationLock(h.schema, organizationId);
 * const answers = Promise.all(requests());
 * await lock.waitForWaiters(requests.length);
 * await lock.release();
 */
export async function holdOrganizationLock(
  schema: string,
  organizationId: string,
): Promise<HeldOrganizationLock> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` });
  await client.connect();
  await client.query('begin');
  await client.query('select id from organizations where id = $1 for update', [organizationId]);
  const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
  const pid = rows[0]?.pid;
  const watcher = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await watcher.connect();
  return {
    async waitForWaiters(count) {
      for (;;) {
        // The first waiter waits for the lock's transaction, later ones for the first waiter's tuple lock: follow
        // the chain from this connection.
        const blocked = await watcher.query<{ pid: number; blockers: number[] }>(
          'select pid, pg_blocking_pids(pid) as blockers from pg_stat_activity where cardinality(pg_blocking_pids(pid)) > 0',
        );
        const chain = new Set([pid]);
        for (let grew = true; grew; ) {
          grew = false;
          for (const row of blocked.rows) {
            if (!chain.has(row.pid) && row.blockers.some((blocker) => chain.has(blocker))) {
              chain.add(row.pid);
              grew = true;
            }
          }
        }
        if (chain.size - 1 >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async release() {
      await client.query('rollback');
      await client.end();
      await watcher.end();
    },
  };
}
