import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { seedMembers } from './seed-members.js';

const dir = mkdtempSync(join(tmpdir(), 'orgapi-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('seedMembers', () => {
  it('adds searchable active members in batches, reproducibly', async () => {
    const url = `sqlite:${join(dir, 'seed.db')}`;
    const store = await openStore(url);
    await store.migrate();
    const org = await store.createOrganization({ name: 'Seeded' });
    const other = await store.createOrganization({ name: 'Seeded again' });
    await seedMembers(url, { organizationId: org.id, count: 25, batchSize: 10, seed: 7 });
    await seedMembers(url, { organizationId: other.id, count: 20, seed: 8 });
    // Seed 7 again: the same emails, all taken, so nothing is added.
    await seedMembers(url, { organizationId: other.id, count: 25, seed: 7 });
    const page = await store.listMembers(org.id, { limit: 100, offset: 0, order: 'joined_at' });
    expect(page.count).toBe(25);
    expect((await store.listMembers(other.id, { limit: 100, offset: 0 })).count).toBe(20);
    const first = page.results[0]?.user;
    if (!first) throw new Error('no member');
    const found = await store.listMembers(org.id, { limit: 100, offset: 0, search: first.email });
    expect(found.results.map((m) => [m.user.email, m.search_match_type])).toEqual([[first.email, 'exact']]);
    await store.close();
  });
});
