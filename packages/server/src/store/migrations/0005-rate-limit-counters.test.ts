import { describe, expect, it } from 'vitest';
import { rateLimitCountersMigration } from './0005-rate-limit-counters.js';
import { recordedSql } from './test-support/recorded-sql.js';

// The exact statements of the migration on each dialect (a released migration never changes: this pins it).
const POSTGRES = [
  'create unlogged table "rate_limit_counters" ("key_id" text not null, "scope" text not null, "window_start" bigint not null, "previous_count" integer not null, "current_count" integer not null, "admitted" boolean not null, constraint "rate_limit_counters_pkey" primary key ("key_id", "scope"))',
];

describe('0005_rate_limit_counters: the throttles counts shared by every process on PostgreSQL', () => {
  it.each([
    ['sqlite', []],
    ['postgres', POSTGRES],
  ] as const)('sends exactly these statements on %s', async (dialect, expected) => {
    const statements = await recordedSql(rateLimitCountersMigration(dialect), dialect);
    expect(statements.map((statement) => statement.sql)).toEqual(expected);
    expect(statements.every((statement) => statement.parameters.length === 0)).toBe(true);
  });
});
