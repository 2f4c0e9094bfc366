import { describe, expect, it } from 'vitest';
import { serverSecretsMigration } from './0004-server-secrets.js';
import { recordedSql } from './test-support/recorded-sql.js';

// The exact statements of the migration on each dialect (a released migration never changes: this pins it).
const STATEMENTS = [
  'create table "server_secrets" ("name" text primary key, "value" text not null)',
  'insert into "server_secrets" ("name", "value") values (?, ?)',
];

describe('0004_server_secrets: the shared secrets table and the file signing key generated at first migration', () => {
  it.each([
    ['sqlite', STATEMENTS],
    ['postgres', STATEMENTS.map((statement) => statement.replace('(?, ?)', '($1, $2)'))],
  ] as const)('sends exactly these statements on %s', async (dialect, expected) => {
    const statements = await recordedSql(
      serverSecretsMigration(dialect, () => 'f'.repeat(64)),
      dialect,
    );
    expect(statements.map((statement) => statement.sql)).toEqual(expected);
    expect(statements.map((statement) => statement.parameters)).toEqual([
      [],
      ['file_signing_key', 'f'.repeat(64)],
    ]);
  });

  it('generates a new random 32-byte key (hex) each time it runs', async () => {
    const keys = await Promise.all(
      [1, 2].map(
        async () => (await recordedSql(serverSecretsMigration('sqlite'), 'sqlite'))[1]?.parameters[1],
      ),
    );
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[1]).toMatch(/^[0-9a-f]{64}$/);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
