import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/exchange-fixture.js';
import { miniSpec } from '../../test/mini-spec.js';
import { filterOperations } from './operation-filter.js';
import { collectionPath, listItems, pickParam } from './path-values.js';
import { createRateLimiter, parseRateLimit, UsageError } from './rate-limiter.js';
import { createdIds, findDeleteOperation, resourcesCreatedBy } from './resource-tracker.js';

describe('rate limit', () => {
  it('parses N/s, N/m, N/h and rejects garbage', () => {
    expect(parseRateLimit('100/m')).toBe(600);
    expect(parseRateLimit('4')).toBe(250);
    expect(parseRateLimit('2/h')).toBe(1_800_000);
    expect(() => parseRateLimit('fast')).toThrow(
      new UsageError("invalid rate limit 'fast' (expected N/s, N/m or N/h)"),
    );
    expect(() => parseRateLimit('0/s')).toThrow(UsageError);
  });

  it('spaces request starts by the interval', async () => {
    const waits: number[] = [];
    const limiter = createRateLimiter(1000, async (ms) => {
      waits.push(ms);
    });
    await limiter();
    await limiter();
    await limiter();
    expect(waits.length).toBe(2);
    expect(waits.every((w) => w > 900 && w <= 2000)).toBe(true);
  });
});

describe('path values and created resources', () => {
  it('reads Django-style nested params and list items', () => {
    expect(pickParam({ user: { uuid: 'u1' } }, 'user__uuid')).toBe('u1');
    expect(pickParam({ id: 3 }, 'id')).toBe(3);
    expect(listItems({ results: [1] })).toEqual([1]);
    expect(listItems([2])).toEqual([2]);
    expect(collectionPath('/a/{org}/projects/{id}/x/', 'id')).toBe('/a/{org}/projects/');
  });

  it('finds the DELETE for items created by a POST, also from a sub-path like bulk/', () => {
    const spec = miniSpec();
    expect(findDeleteOperation(spec, '/api/organizations/{organization_id}/projects/')?.id).toBe(
      'projects_destroy',
    );
    expect(findDeleteOperation(spec, '/api/organizations/{organization_id}/projects/bulk/')?.id).toBe(
      'projects_destroy',
    );
    expect(findDeleteOperation(spec, '/api/organizations/{organization_id}/invites/bulk/')?.id).toBe(
      'invites_destroy',
    );
    expect(findDeleteOperation(spec, '/api/organizations/{organization_id}/')).toBeUndefined();
    expect(createdIds([{ id: 1 }, { id: 2 }, 'x'])).toEqual([1, 2]);
    const created = exchange({
      method: 'POST',
      status: 201,
      body: { id: 9 },
      pathTemplate: '/api/organizations/{organization_id}/projects/',
    });
    created.plan.pathParams = { organization_id: 'org' };
    expect(resourcesCreatedBy(spec, created).map((r) => r.path)).toEqual([
      '/api/organizations/org/projects/9/',
    ]);
    expect(resourcesCreatedBy(spec, { ...created, response: { ...created.response, status: 400 } })).toEqual(
      [],
    );
  });
});

describe('operation filters', () => {
  const ops = miniSpec().operations;
  const ids = (filter: Parameters<typeof filterOperations>[1]) =>
    filterOperations(ops, filter).map((o) => o.id);
  it('combines options (all must hold), values of one option are alternatives, excludes win', () => {
    expect(ids({})).toHaveLength(ops.length);
    expect(
      ids({
        includeMethod: ['GET', 'delete'],
        includePath: ['/api/organizations/{organization_id}/projects/{id}/'],
      }),
    ).toEqual(['projects_retrieve', 'projects_destroy']);
    expect(
      ids({
        includeOperationId: ['projects_list', 'invites_list', 'invites_create'],
        excludeMethod: ['GET'],
      }),
    ).toEqual(['invites_create']);
  });
  it('names a value that matches nothing, and filters that leave nothing', () => {
    expect(() => ids({ includePath: ['/nope/'] })).toThrow(
      new UsageError("--include-path '/nope/' matches no operation of the spec"),
    );
    expect(() => ids({ excludeMethod: ['fetch'] })).toThrow(
      "--exclude-method 'fetch' matches no operation of the spec",
    );
    expect(() =>
      ids({ includeOperationId: ['projects_list'], excludeOperationId: ['projects_list'] }),
    ).toThrow(new UsageError('the operation filters select no operation'));
  });
});
