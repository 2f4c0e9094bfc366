import { randomUUID } from 'node:crypto';
import { Kysely } from 'kysely';
import type { MembershipLevel } from '../domain/types.js';
import type { Database } from './database-schema.js';
import { createPostgresDialect } from './postgres-connection.js';
import { userStore } from './resources/users-store.js';
import { toIso } from './row-codec.js';
import { postgresDialect, sqliteDialect } from './sql-dialect.js';
import { createSqliteDialect } from './sqlite-connection.js';
import { inTransaction, type StoreContext } from './store-context.js';

/** Options of `seedMembers`. */
export interface SeedMembersOptions {
  organizationId: string;
  count: number;
  /** PostgreSQL schema (as given to `openStore`). */
  schema?: string;
  /** Rows per transaction; default 1000. */
  batchSize?: number;
  /** PRNG seed: the same seed yields the same names. Also part of every email, so seeds never collide. */
  seed?: number;
  /** Default 1. */
  level?: MembershipLevel;
}

const FIRST_NAMES = [
  'James',
  'Mary',
  'John',
  'Patricia',
  'Robert',
  'Jennifer',
  'Michael',
  'Linda',
  'William',
  'Elizabeth',
  'David',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Élodie',
  'Zoë',
  'Jürgen',
  'Søren',
  'Ana',
  'Luis',
  'Wei',
  'Yuki',
  'Omar',
  'Fatima',
  'Priya',
  'Kwame',
];
const LAST_NAMES = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Hernandez',
  'Lopez',
  'Gonzalez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Perez',
  'Thompson',
  'White',
  'Harris',
  'Sanchez',
  'Clark',
  "O'Brien",
  'Nguyen',
  'Kowalski',
];
const DOMAINS = ['gmail.com', 'acme.io', 'example.org', 'corp.example.com'];

/** mulberry32: a small seeded PRNG (an integer in [0, n)), so benchmark data and queries are reproducible. */
export function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/**
 * Bulk-inserts `count` active users with realistic names and makes them members of an existing organization, in
 * batched transactions, maintaining the search indexes exactly like `Store.createUser`. For benchmarks of the
 * members list/search at scale (100,000 members); tests and the API use the `Store`.
 * @example await seedMembers('sqlite:/tmp/bench.db', { organizationId: org.id, count: 100_000 })
 */
export async function seedMembers(databaseUrl: string, options: SeedMembersOptions): Promise<void> {
  const postgres = !databaseUrl.startsWith('sqlite:');
  const db = new Kysely<Database>({
    dialect: postgres
      ? createPostgresDialect(databaseUrl, options.schema ? { schema: options.schema } : {})
      : createSqliteDialect(databaseUrl.slice('sqlite:'.length)),
  });
  const ctx: StoreContext = {
    db,
    dialect: postgres ? postgresDialect : sqliteDialect,
    now: () => new Date(),
  };
  const random = prng(options.seed ?? 1);
  const batchSize = options.batchSize ?? 1000;
  try {
    for (let start = 0; start < options.count; start += batchSize) {
      await inTransaction(ctx, async (trx) => {
        for (let i = start; i < Math.min(options.count, start + batchSize); i++) {
          const first = FIRST_NAMES[random(FIRST_NAMES.length)] ?? 'Ann';
          const last = LAST_NAMES[random(LAST_NAMES.length)] ?? 'Lee';
          const local = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
          const email = `${local}.${options.seed ?? 1}.${i}@${DOMAINS[random(DOMAINS.length)]}`;
          const created = await userStore(trx).createUser({ email, first_name: first, last_name: last });
          if (!created.ok) continue;
          const joinedAt = toIso(new Date(Date.UTC(2024, 0, 1) + i * 60_000));
          await trx.db
            .insertInto('organization_memberships')
            .values({
              id: randomUUID(),
              organization_id: options.organizationId,
              user_id: created.user.id,
              level: options.level ?? 1,
              joined_at: joinedAt,
              updated_at: joinedAt,
              user_is_active: ctx.dialect.bool(created.user.is_active),
            })
            .execute();
        }
      });
    }
  } finally {
    await db.destroy();
  }
}
