/* The fixed, seeded set of members-search queries of the benchmark, and how answers are sorted into tiers. */

import { prng } from '../src/store/seed-members.js';

/** The kind of query as generated; the server's answer decides the tier it is reported under. */
export type QueryKind = 'exact' | 'typo' | 'miss';

/** A generated query. */
export interface SearchQuery {
  kind: QueryKind;
  search: string;
}

/** The tier an answer fell in: its rows' `search_match_type`, or `none` for an empty answer. */
export type AnswerTier = 'exact' | 'similar' | 'none';

/** A member as sampled from the seeded data (the fields the search covers). */
export interface SampledPerson {
  first_name: string;
  last_name: string;
  email: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const RARE = 'qxzjvkwy';

/** A substring of 3+ characters of one of the person's fields, sometimes the whole field, sometimes upper-cased. */
function exactNeedle(person: SampledPerson, random: (n: number) => number): string {
  const fields = [person.first_name, person.last_name, person.email, person.email.split('@')[0] ?? ''];
  const field = [...(fields[random(fields.length)] as string)];
  const length = Math.min(field.length, 3 + random(Math.max(1, field.length - 2)));
  const start = random(field.length - length + 1);
  const needle = field.slice(start, start + length).join('');
  return random(4) === 0 ? needle.toUpperCase() : needle;
}

/** One edit (drop, swap, replace or insert a letter) of a first or last name. */
function typo(person: SampledPerson, random: (n: number) => number): string {
  const chars = [...(random(2) === 0 ? person.first_name : person.last_name).toLowerCase()];
  const at = 1 + random(Math.max(1, chars.length - 2));
  const letter = LETTERS[random(LETTERS.length)] as string;
  const edit = random(4);
  if (edit === 0) chars.splice(at, 1);
  else if (edit === 1) [chars[at - 1], chars[at]] = [chars[at] as string, chars[at - 1] as string];
  else if (edit === 2) chars[at] = letter;
  else chars.splice(at, 0, letter);
  return chars.join('');
}

/**
 * `count` queries per kind from the sampled people: exact substrings of their fields, one-edit typos of their
 * names (some still land in the exact tier: the answer decides), and misses made of rare letters.
 */
export function buildSearchQueries(
  people: readonly SampledPerson[],
  count: number,
  seed = 42,
): SearchQuery[] {
  if (people.length === 0) throw new Error('no sampled people to build search queries from');
  const random = prng(seed);
  const pick = () => people[random(people.length)] as SampledPerson;
  const queries: SearchQuery[] = [];
  for (let i = 0; i < count; i++) queries.push({ kind: 'exact', search: exactNeedle(pick(), random) });
  for (let i = 0; i < count; i++) queries.push({ kind: 'typo', search: typo(pick(), random) });
  for (let i = 0; i < count; i++) {
    const length = 5 + random(4);
    const miss = Array.from({ length }, () => RARE[random(RARE.length)]).join('');
    queries.push({ kind: 'miss', search: miss });
  }
  return queries;
}

/** The tier of a members-list answer body. */
export function answerTier(body: string): AnswerTier {
  const page = JSON.parse(body) as { count: number; results: { search_match_type: string | null }[] };
  const type = page.results[0]?.search_match_type;
  if (page.count === 0 || type === undefined) return 'none';
  if (type === 'exact' || type === 'similar') return type;
  throw new Error(`unexpected search_match_type ${JSON.stringify(type)} in a search answer`);
}
