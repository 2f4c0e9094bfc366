import type { Verdict } from './check-types.js';
import { fail, pass } from './verdicts.js';

/** One page of a limit/offset envelope. */
export interface Page {
  count: number;
  next: string | null;
  previous: string | null;
  results: unknown[];
}

/** Reads the envelope fields of a page body (undefined when it is not an envelope). */
export function asPage(json: unknown): Page | undefined {
  const p = json as Partial<Page> | undefined;
  if (!p || typeof p.count !== 'number' || !Array.isArray(p.results)) return undefined;
  return { count: p.count, next: p.next ?? null, previous: p.previous ?? null, results: p.results };
}

const itemKey = (item: unknown) => JSON.stringify((item as { id?: unknown })?.id ?? item);

/** The first page without parameters applies the default limit and has no `previous`. */
export function judgeDefaultPage(page: Page, defaultLimit: number | undefined): Verdict {
  const problems: string[] = [];
  if (page.previous !== null)
    problems.push(`previous is ${JSON.stringify(page.previous)} on the first page, expected null`);
  if (defaultLimit !== undefined) {
    if (page.results.length > defaultLimit)
      problems.push(`${page.results.length} results exceed the default limit ${defaultLimit}`);
    else if (page.count > defaultLimit && page.results.length !== defaultLimit) {
      problems.push(
        `${page.results.length} results on a first page of ${page.count} items, expected the default limit ${defaultLimit}`,
      );
    }
  }
  if (page.count <= (defaultLimit ?? Number.POSITIVE_INFINITY) && page.results.length !== page.count) {
    problems.push(`count is ${page.count} but the only page holds ${page.results.length} results`);
  }
  return problems.length
    ? fail(`Default page: ${problems.join('; ')}`)
    : pass(`default page of ${page.results.length}/${page.count}`);
}

/**
 * Pages walked by following `next` with a fixed limit: each holds ≤ limit items, `count` never changes and equals
 * the number of distinct items seen, nothing repeats, the first page has no `previous`, and no page that completes
 * the collection (every counted item seen) has a `next` link — a link to an empty page is still a `next` on the
 * last page.
 */
export function judgeWalk(pages: Page[], limit: number, truncated: boolean): Verdict {
  const problems: string[] = [];
  const first = pages[0];
  if (!first) return fail('Walk: no page fetched');
  if (first.previous !== null) problems.push('first page has a previous link');
  const seen = new Set<string>();
  const duplicates: string[] = [];
  pages.forEach((page, i) => {
    if (page.results.length > limit)
      problems.push(`page ${i + 1} holds ${page.results.length} results for limit ${limit}`);
    if (page.count !== first.count)
      problems.push(`count changed from ${first.count} to ${page.count} on page ${i + 1}`);
    if (i > 0 && page.previous === null) problems.push(`page ${i + 1} has no previous link`);
    for (const item of page.results) {
      const key = itemKey(item);
      if (seen.has(key)) duplicates.push(key);
      seen.add(key);
    }
    if (page.next !== null && seen.size >= first.count && page.count === first.count)
      problems.push(
        `page ${i + 1} completes the collection (${seen.size} of ${first.count} items) but has a next link`,
      );
  });
  if (duplicates.length) problems.push(`items seen twice: ${duplicates.slice(0, 5).join(', ')}`);
  const last = pages[pages.length - 1] as Page;
  if (!truncated) {
    if (last.next !== null) problems.push('last page has a next link');
    if (seen.size !== first.count)
      problems.push(`walk visited ${seen.size} distinct items but count is ${first.count}`);
  }
  return problems.length
    ? fail(`Pagination walk (limit ${limit}): ${problems.join('; ')}`)
    : pass(`walked ${pages.length} page(s), ${seen.size} item(s)`);
}

/** An offset past the end yields an empty page with the same count. */
export function judgeOffsetPastEnd(page: Page, count: number, offset: number): Verdict {
  if (page.results.length === 0 && page.count === count && page.next === null)
    return pass(`offset ${offset}: empty page`);
  return fail(
    `Offset ${offset} past the end (count ${count}) returned ${page.results.length} result(s), count ${page.count}, next ${JSON.stringify(page.next)}`,
  );
}

/** Creating one item raises `count` by exactly one; deleting it lowers it by exactly one. */
export function judgeCountDelta(action: 'create' | 'delete', before: number, after: number): Verdict {
  const expected = action === 'create' ? before + 1 : before - 1;
  return after === expected
    ? pass(`${action} changed count ${before} → ${after}`)
    : fail(`After one ${action}, count went from ${before} to ${after}, expected ${expected}`);
}
