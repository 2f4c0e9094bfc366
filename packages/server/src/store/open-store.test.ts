import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.js';
import { StoreError } from './store.js';

describe('openStore', () => {
  it('refuses unsupported URLs with a StoreError that says what to use', async () => {
    const error = await openStore('mysql://localhost/db').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toBe(
      'openStore: unsupported DATABASE_URL scheme "mysql:" (use sqlite:<path> or postgres://user:pass@host:port/db)',
    );
    await expect(openStore('sqlite:')).rejects.toThrow('openStore: sqlite: URL without a file path');
    await expect(openStore('postgres://u:p@localhost/db', { schema: 'Bad-Name' })).rejects.toThrow(
      'openStore: invalid PostgreSQL schema name: "Bad-Name"',
    );
  });

  it('opens an in-memory SQLite store', async () => {
    const store = await openStore('sqlite::memory:');
    expect(store.dialect).toBe('sqlite');
    await store.migrate();
    expect((await store.createOrganization({ name: 'Mem' })).name).toBe('Mem');
    await store.close();
  });
});
