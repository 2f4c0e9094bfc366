import { randomBytes } from 'node:crypto';
import type { Migration } from 'kysely';
import type { StoreDialect } from '../store.js';
import type { Db } from './column-types.js';

/** Name of the file signing key's row in `server_secrets` (see `server-secrets-store.ts`). */
export const FILE_SIGNING_KEY_SECRET = 'file_signing_key';

/** `0004_server_secrets`: see {@link addServerSecrets}. `newSecret` is for the exact-SQL test only. */
export function serverSecretsMigration(
  _dialect: StoreDialect,
  newSecret: () => string = () => randomBytes(32).toString('hex'),
): Migration {
  return { up: (db) => addServerSecrets(db, newSecret) };
}

/**
 * `server_secrets` (name → value): secrets every process of a deployment shares, generated once, when the database is
 * migrated for the first time, and kept across restarts. Its one row so far is the HMAC key of the legal document
 * download links (32 random bytes, hex), used unless `FILE_SIGNING_KEY` is configured.
 */
async function addServerSecrets(db: Db, newSecret: () => string): Promise<void> {
  await db.schema
    .createTable('server_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db
    .insertInto('server_secrets' as never)
    .values({ name: FILE_SIGNING_KEY_SECRET, value: newSecret() } as never)
    .execute();
}
