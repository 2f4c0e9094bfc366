import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../http/logger.js';
import { openStore } from '../store/open-store.js';
import { createTestSchema, TEST_DATABASE_URL } from '../store/postgres-test-database.js';
import type { Store } from '../store/store.js';
import { fileSigningKey } from './legal-documents-file-signing.js';
import { STORE_KINDS, type StoreKind } from './test-support/handler-harness.js';

/** A fresh database of `kind` and a way to open (and migrate) as many stores on it as a test needs. */
async function freshDatabase(kind: StoreKind) {
  const opened: Store[] = [];
  let open: () => Promise<Store>;
  let dispose: () => Promise<void>;
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'signing-key-'));
    open = () => openStore(`sqlite:${join(dir, 'api.db')}`);
    dispose = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const { schema, drop } = await createTestSchema();
    open = () => openStore(TEST_DATABASE_URL, { schema, poolSize: 2 });
    dispose = drop;
  }
  return {
    async store() {
      const store = await open();
      opened.push(store);
      await store.migrate();
      return store;
    },
    async close() {
      await Promise.all(opened.splice(0).map((store) => store.close()));
      await dispose();
    },
  };
}

const deps = (store: Store, fileSigningKeySetting?: string) => ({
  store,
  settings: fileSigningKeySetting === undefined ? {} : { fileSigningKey: fileSigningKeySetting },
  logger: silentLogger,
});

describe.each(STORE_KINDS)('the file signing key (%s)', (kind) => {
  const databases: Array<Awaited<ReturnType<typeof freshDatabase>>> = [];
  const database = async () => {
    const created = await freshDatabase(kind);
    databases.push(created);
    return created;
  };
  afterAll(async () => {
    await Promise.all(databases.map((created) => created.close()));
  });

  it('is generated at the first migration: 32 random bytes that two stores (processes) on one database share', async () => {
    const db = await database();
    const [a, b] = [await db.store(), await db.store()];
    const key = await fileSigningKey(deps(a));
    expect(key).toHaveLength(32);
    expect(await fileSigningKey(deps(b))).toEqual(key);
    expect(await b.getFileSigningKey()).toEqual(key);
  });

  it('survives a restart (a store opened again on the database after every store was closed)', async () => {
    const db = await database();
    const first = await db.store();
    const key = await fileSigningKey(deps(first));
    await first.close();
    const again = await db.store();
    expect(await fileSigningKey(deps(again))).toEqual(key);
  });

  it('differs between two databases; FILE_SIGNING_KEY, when set, is the key instead', async () => {
    const [one, two] = [await (await database()).store(), await (await database()).store()];
    expect(await fileSigningKey(deps(one))).not.toEqual(await fileSigningKey(deps(two)));
    expect(await fileSigningKey(deps(one, 'k3y-of-the-deployment'))).toEqual(
      Buffer.from('k3y-of-the-deployment', 'utf8'),
    );
  });
});
