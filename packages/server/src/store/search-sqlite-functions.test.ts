import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { registerSqliteFunctions } from './sqlite-connection.js';

const db = new SqliteDatabase(':memory:');
registerSqliteFunctions(db);
afterAll(() => db.close());
const value = (sqlText: string, ...params: unknown[]) =>
  db
    .prepare(sqlText)
    .pluck()
    .get(...params);

describe('the pg_trgm functions registered on SQLite', () => {
  it('orgapi_word_similarity is word_similarity', () => {
    expect(value('select orgapi_word_similarity(?, ?)', 'smth', 'Smith')).toBe(0.4000000059604645);
    expect(value('select orgapi_word_similarity(?, ?)', 'jon', null)).toBe(0);
  });

  it('orgapi_search_score adds the fields in single precision, whatever their similarity', () => {
    expect(value('select orgapi_search_score(?, ?, ?, ?)', 'jon', 'Jon', 'Jonas', 'jon@x.io')).toBe(2.75);
    expect(value('select orgapi_search_score(?, ?, ?, ?)', 'jhon', 'john', '', 'x@y.z')).toBe(
      0.20000000298023224,
    );
  });

  it('orgapi_similar_score is that sum for rows with a field above 0.3, else NULL', () => {
    // word_similarity('jhon', 'john') = 0.2: not similar; 'abcdefghi' vs 'abc' = fround(0.3) > 0.3: similar.
    expect(value('select orgapi_similar_score(?, ?, ?, ?)', 'jhon', 'john', 'john', 'x@y.z')).toBeNull();
    expect(value('select orgapi_similar_score(?, ?, ?, ?)', 'abcdefghi', 'x', 'abc', 'x')).toBe(
      0.30000001192092896,
    );
    expect(
      value('select orgapi_similar_score(?, ?, ?, ?)', 'smth', 'Jon', 'Smith', 'jon.smith@acme.io'),
    ).toBe(0.800000011920929);
  });

  it('prepares each query anew when the query changes between rows', () => {
    const rows = db
      .prepare(
        "select orgapi_similar_score(q, t, '', '') as s from (select 'jon' as q, 'Jon' as t union all select 'smth', 'Smith' union all select 'jon', 'Smith')",
      )
      .pluck()
      .all();
    expect(rows).toEqual([1, 0.4000000059604645, null]);
  });
});
