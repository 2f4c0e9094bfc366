import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/exchange-fixture.js';
import { miniSpec } from '../../test/mini-spec.js';
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
