import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** The test database: TEST_DATABASE_URL, or the local cluster that scripts/start-postgres.sh starts. */
export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://orgapi:orgapi@127.0.0.1:5432/orgapi_test';

const redacted = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

/** Runs one statement on the test database, failing with a clear message when PostgreSQL is unreachable. */
export async function runOnTestDatabase(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL is unreachable at ${redacted(TEST_DATABASE_URL)} (${reason}). ` +
        'Start it with `bash scripts/start-postgres.sh` and export the TEST_DATABASE_URL it prints.',
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates a uniquely named, empty schema; returns its name and a function that drops it. */
export async function createTestSchema(): Promise<{ schema: string; drop(): Promise<void> }> {
  const schema = `store_test_${randomBytes(6).toString('hex')}`;
  await runOnTestDatabase(`create schema ${schema}`);
  return { schema, drop: () => runOnTestDatabase(`drop schema if exists ${schema} cascade`) };
}
