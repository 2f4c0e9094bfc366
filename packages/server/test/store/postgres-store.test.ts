import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { PG_TRGM_WORD_SIMILARITY } from '../../src/store/pg-trgm-reference.js';
import { createTestSchema, TEST_DATABASE_URL } from '../../src/store/postgres-test-database.js';
import type { Store } from '../../src/store/store.js';
import { FAST_PATH_IN_TESTS } from '../../src/store/test-support/fast-path-in-tests.js';
import { lowerText } from '../../src/store/text-fold.js';
import { extractTrigrams, wordSimilarity } from '../../src/store/trigram.js';
import { describeStore } from './store-contract.js';

describeStore('postgres', async (now) => {
  const { schema, drop } = await createTestSchema();
  const options = { now, schema, poolSize: 4, fastPath: FAST_PATH_IN_TESTS };
  const [store, peer] = [
    await openStore(TEST_DATABASE_URL, options),
    await openStore(TEST_DATABASE_URL, options),
  ];
  return {
    store,
    peer,
    cleanup: async () => {
      await Promise.all([store.close(), peer.close()]);
      await drop();
    },
  };
});

describe('PostgreSQL: several store instances on one database', () => {
  let stores: Store[] = [];
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const created = await createTestSchema();
    drop = created.drop;
    stores = [0, 1].map(() => openStore(TEST_DATABASE_URL, { schema: created.schema, poolSize: 2 })) as never;
    stores = await Promise.all(stores);
    await Promise.all(stores.map((s) => s.migrate())); // concurrent migrations are serialized by Kysely's lock
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await drop();
  });

  it('see the same data', async () => {
    const [a, b] = stores as [Store, Store];
    const org = await a.createOrganization({ name: 'Shared' });
    const user = await b.createUser({ email: 'shared@example.com', first_name: 'Shared' });
    if (!user.ok) throw new Error(user.reason);
    expect(await b.getOrganization(org.id)).toEqual(org);
    await b.addMember(org.id, user.user.id, 15);
    expect((await a.listMembers(org.id, { limit: 10, offset: 0, search: 'shard' })).results).toEqual([
      expect.objectContaining({ user_id: user.user.id, search_match_type: 'similar' }),
    ]);
    expect(await a.removeMember(org.id, user.user.id)).toEqual({ ok: false, reason: 'last_owner' });
  });
});

describe('wordSimilarity against the live pg_trgm', () => {
  it('equals word_similarity() for every reference pair', async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      for (const [query, text, expected] of PG_TRGM_WORD_SIMILARITY) {
        const { rows } = await client.query<{ ws: number }>('select word_similarity($1, $2)::float8 as ws', [
          query,
          text,
        ]);
        expect([query, text, rows[0]?.ws]).toEqual([query, text, expected]);
        expect(wordSimilarity(query, text)).toBe(rows[0]?.ws);
      }
    } finally {
      await client.end();
    }
  });
});

describe('text folding against the live PostgreSQL (LC_CTYPE of the test database)', () => {
  const codePoints: string[] = [];
  // The Basic Multilingual Plane (names are written with it); surrogates excluded.
  for (let cp = 0x21; cp < 0x10000; cp++)
    if (cp < 0xd800 || cp >= 0xe000) codePoints.push(String.fromCodePoint(cp));

  it('lowerText equals lower() for every code point PostgreSQL knows a lowercase of', async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query<{ l: string }>('select lower(x) as l from unnest($1::text[]) x', [
        codePoints,
      ]);
      const differing = codePoints.flatMap((ch, i) =>
        rows[i]?.l === lowerText(ch) ? [] : [[ch, rows[i]?.l]],
      );
      // Only characters newer than the server's Unicode tables (PostgreSQL leaves them unchanged) may differ.
      expect(differing.filter(([ch, pgLower]) => pgLower !== ch)).toEqual([]);
      expect(differing.length).toBeLessThan(100);
    } finally {
      await client.end();
    }
  });

  it('extractTrigrams splits words where pg_trgm does (up to Unicode-version skew)', async () => {
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const probes = codePoints.filter((ch) => (ch.codePointAt(0) ?? 0) > 0x7f);
      const { rows } = await client.query<{ n: number }>(
        "select coalesce(array_length(show_trgm('abc' || x), 1), 0) as n from unnest($1::text[]) x",
        [probes],
      );
      // A word character extends the word `abc` to 5 trigrams; a separator leaves the 4 of `abc`.
      const isWordChar = (ch: string) => new Set(extractTrigrams(`abc${ch}`)).size === 5;
      const pgOnly = probes.filter((ch, i) => rows[i]?.n === 5 && !isWordChar(ch));
      const jsOnly = probes.filter((ch, i) => rows[i]?.n !== 5 && isWordChar(ch));
      expect(pgOnly).toEqual([]);
      // Node's Unicode tables are newer than glibc's: only these later additions may differ.
      const newer: readonly [number, number][] = [
        [0x363, 0x36f],
        [0x88f, 0x88f],
        [0x897, 0x897],
        [0xc04, 0xc04],
        [0xc5c, 0xc5c],
        [0xcdc, 0xcdc],
        [0xcf3, 0xcf3],
        [0xf82, 0xf83],
        [0x1c89, 0x1c8a],
        [0x1dd3, 0x1de6],
        [0xa7cb, 0xa7f1],
      ];
      const isNewer = (ch: string) =>
        newer.some(([lo, hi]) => (ch.codePointAt(0) ?? 0) >= lo && (ch.codePointAt(0) ?? 0) <= hi);
      expect(jsOnly.filter((ch) => !isNewer(ch))).toEqual([]);
      expect(probes.filter(isWordChar).length).toBeGreaterThan(40_000);
    } finally {
      await client.end();
    }
  });
});
