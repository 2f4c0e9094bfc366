import { describe, expect, it } from 'vitest';
import { miniSpec } from '../../test/mini-spec.js';
import { judgeLinkKeepsQuery, judgeLinkTarget, planFromLink } from './list-links.js';
import { paginatedOperations } from './pagination.js';
import {
  asPage,
  judgeCountDelta,
  judgeDefaultPage,
  judgeOffsetPastEnd,
  judgeWalk,
  type Page,
} from './pagination-judges.js';

const page = (
  count: number,
  ids: number[],
  next: string | null = null,
  previous: string | null = null,
): Page => ({
  count,
  next,
  previous,
  results: ids.map((id) => ({ id })),
});

describe('pagination judges', () => {
  it('reads envelopes', () => {
    expect(asPage({ count: 1, results: [] })).toEqual({ count: 1, next: null, previous: null, results: [] });
    expect(asPage([1, 2])).toBeUndefined();
  });

  it('checks the default page', () => {
    expect(judgeDefaultPage(page(2, [1, 2]), 100).outcome).toBe('pass');
    expect(judgeDefaultPage(page(150, [1, 2], 'n'), 100).message).toBe(
      'Default page: 2 results on a first page of 150 items, expected the default limit 100',
    );
    expect(judgeDefaultPage(page(3, [1, 2], null, 'p'), 100).message).toBe(
      'Default page: previous is "p" on the first page, expected null; count is 3 but the only page holds 2 results',
    );
  });

  it('walks pages: limit, constant count, no duplicates, every item once, links at the ends', () => {
    const good = [page(3, [1, 2], 'n1'), page(3, [3], null, 'p1')];
    expect(judgeWalk(good, 2, false)).toEqual({ outcome: 'pass', message: 'walked 2 page(s), 3 item(s)' });
    const bad = [page(3, [1, 2], 'n1'), page(4, [2, 3, 4], 'n2', null)];
    expect(judgeWalk(bad, 2, false).message).toBe(
      'Pagination walk (limit 2): page 2 holds 3 results for limit 2; count changed from 3 to 4 on page 2; ' +
        'page 2 has no previous link; items seen twice: 2; last page has a next link; walk visited 4 distinct items but count is 3',
    );
    expect(judgeWalk([page(100, [1, 2], 'n')], 2, true).outcome).toBe('pass');
  });

  it('fails a next link on the page that completes the collection, even when it leads to an empty page', () => {
    const walk = [page(3, [1, 2], 'n1'), page(3, [3], 'n2', 'p1'), page(3, [], null, 'p2')];
    expect(judgeWalk(walk, 2, false)).toEqual({
      outcome: 'fail',
      message:
        'Pagination walk (limit 2): page 2 completes the collection (3 of 3 items) but has a next link',
      schemaPath: undefined,
    });
    expect(judgeWalk([page(0, [], 'n')], 2, true).message).toBe(
      'Pagination walk (limit 2): page 1 completes the collection (0 of 0 items) but has a next link',
    );
  });

  it('checks offsets past the end and count deltas', () => {
    expect(judgeOffsetPastEnd(page(3, []), 3, 13).outcome).toBe('pass');
    expect(judgeOffsetPastEnd(page(3, [1]), 3, 13).message).toBe(
      'Offset 13 past the end (count 3) returned 1 result(s), count 3, next null',
    );
    expect(judgeCountDelta('create', 3, 4).outcome).toBe('pass');
    expect(judgeCountDelta('delete', 4, 4).message).toBe(
      'After one delete, count went from 4 to 4, expected 3',
    );
  });

  it('follows links inside the base URL (keeping a base path prefix), never rebasing one outside it', () => {
    expect(planFromLink('http://localhost:8000/api/x/?limit=2&offset=4', 'http://localhost:8000')).toEqual({
      method: 'get',
      pathTemplate: '/api/x/',
      pathParams: {},
      query: { limit: '2', offset: '4' },
      headers: {},
    });
    expect(planFromLink('http://h/prefix/api/x/?offset=2', 'http://h/prefix')?.pathTemplate).toBe('/api/x/');
    expect(planFromLink('/api/x/?offset=2', 'http://h')?.pathTemplate).toBe('/api/x/');
    expect(
      planFromLink('http://server.example/api/x/?limit=2&offset=4', 'http://localhost:8000'),
    ).toBeUndefined();
    expect(planFromLink('http://h/other/api/x/', 'http://h/prefix')).toBeUndefined();
    expect(judgeLinkTarget('http://server.example/api/x/?offset=2', 'http://localhost:8000', 'next')).toEqual(
      {
        outcome: 'fail',
        message:
          'next link http://server.example/api/x/?offset=2 points outside --base-url http://localhost:8000: a client cannot follow it',
        schemaPath: undefined,
      },
    );
    expect(
      judgeLinkKeepsQuery(
        'http://h/x/?limit=2&offset=2&order=-a',
        { limit: '2', order: 'a', search: 'q' },
        'next',
      ),
    ).toEqual({
      outcome: 'fail',
      message:
        'next link changes order from "a" to "-a", drops search="q": http://h/x/?limit=2&offset=2&order=-a',
      schemaPath: undefined,
    });
    expect(
      judgeLinkKeepsQuery('http://h/x/?search=q&limit=2&offset=2', { limit: '2', search: 'q' }, 'next')
        .outcome,
    ).toBe('pass');
    expect(paginatedOperations(miniSpec().operations).map((o) => o.id)).toEqual([
      'projects_list',
      'invites_list',
    ]);
  });
});
