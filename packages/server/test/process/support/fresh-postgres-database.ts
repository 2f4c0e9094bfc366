import { randomBytes } from 'node:crypto';
import { runOnTestDatabase, TEST_DATABASE_URL } from '../../../src/store/postgres-test-database.js';

/**
 * Creates an empty PostgreSQL database next to TEST_DATABASE_URL's (same server and credentials; the role needs
 * CREATEDB) for servers that use the default `public` schema, as a real deployment does. Returns its URL and a
 * function that drops it (terminating any connection left behind).
 */
export async function createFreshDatabase(prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await runOnTestDatabase(`create database ${name}`);
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runOnTestDatabase(`drop database if exists ${name} with (force)`),
  };
}
