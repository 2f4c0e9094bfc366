/**
 * `word_similarity(a, b)::float8` as returned by real pg_trgm 1.6 (PostgreSQL 15, LC_CTYPE C.UTF-8) for each pair.
 * Used by trigram.test.ts; postgres-store.test.ts re-checks the same table against the live server.
 */
export const PG_TRGM_WORD_SIMILARITY: readonly (readonly [string, string, number])[] = [
  ['word', 'two words', 0.800000011920929],
  ['jon', 'John Smith', 0.5],
  ['jhon', 'john', 0.20000000298023224],
  ['smth', 'Smith', 0.4000000059604645],
  ['alice', 'alice@example.com', 1],
  ['examp', 'bob@example.com', 0.8333333134651184],
  ['a', 'abc', 0.5],
  ['abc', 'a', 0.25],
  ['', 'abc', 0],
  ['xyz', 'abc', 0],
  ['obrien', "O'Brien", 0.5714285969734192],
  ['martin', 'Marta Martinez Martina', 0.8571428656578064],
  ['tin mar', 'Martina Tinmar', 0.5],
  ['johnny', 'john', 0.5714285969734192],
  ['kowalsky', 'Kowalski', 0.7777777910232544],
  ['foo_bar', 'foo bar baz', 1],
  ['12', 'a12b', 0],
  ['gren', 'green grey grenade', 0.800000011920929],
  ['Müller', 'mueller muller', 0.5714285969734192],
  ['naïve', 'naive', 0.3333333432674408],
  ['Σίσυφος', 'σίσυφος', 1],
  ['日本', '日本語 テキスト', 0.6666666865348816],
  ['mit', 'Smith Mitchell', 0.75],
  ['ith', 'Smith with', 0.5],
  ['mari', 'maria', 0.800000011920929],
  ['grace', 'gracie@x.io', 0.6666666865348816],
  ['abcdefghi', 'abc', 0.30000001192092896],
  ['abcdefghij', 'abc', 0.27272728085517883],
];
