import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckName, CheckResult } from '../../src/checks/check-types.js';
import { EXIT, exitCodeOf } from '../../src/cli/exit-code.js';
import type { ResultSet } from '../../src/run/run-types.js';
import { runContract } from '../../src/run-contract.js';
import { fixtureOptions, type ReferenceTarget, startReferenceTarget } from '../support/reference-target.js';
import { ACCESS_MUTANTS } from './access-mutants.js';
import { DELETED_MUTANTS, LIST_MUTANTS } from './list-mutants.js';
import type { Mutant } from './proxy-helpers.js';
import { REQUEST_MUTANTS } from './request-mutants.js';
import { RESPONSE_MUTANTS } from './response-mutants.js';
import { RULE_MUTANTS } from './rule-mutants.js';
import { WRITE_MUTANTS } from './write-mutants.js';

// Each mutant is the real reference server (in-process, SQLite, response validation on) behind a proxy that injects
// ONE defect. The check that names the defect must fail on the mutant and pass on the real server.

/** The mutants of the defect kinds of issue 9 (scopes, object tenancy, links, readOnly on PATCH, business rules…). */
const ISSUE_9_MUTANTS = [
  ...ACCESS_MUTANTS,
  ...LIST_MUTANTS,
  ...DELETED_MUTANTS,
  ...WRITE_MUTANTS,
  ...RULE_MUTANTS,
];
const MUTANTS = [...REQUEST_MUTANTS, ...RESPONSE_MUTANTS, ...ISSUE_9_MUTANTS];
const SEED = 3;
let target: ReferenceTarget;
let baseline: ResultSet;

/** Runs `checks` on a fresh organization of the shared database, through the mutant's proxy when given. */
async function runOn(checks: CheckName[], mutant?: Mutant, maxExamples = mutant?.maxExamples ?? 1) {
  const fixtures = await target.newFixtures();
  const fetch = mutant ? mutant.build({ real: target.fetch, fixtures }) : target.fetch;
  return runContract({
    target: { baseUrl: 'http://localhost', fetch: fetch as typeof globalThis.fetch },
    ...fixtureOptions(fixtures),
    seed: SEED,
    maxExamples,
    checks,
  });
}

const of = (set: ResultSet, check: CheckName, outcome: CheckResult['outcome']) =>
  set.results.filter((r) => r.check === check && r.outcome === outcome);
const describeResult = (r: CheckResult) =>
  `${r.check} ${r.operation}: ${r.message}${r.response ? ` [${r.response.status} ${r.response.body.slice(0, 160)}]` : ''}`;

beforeAll(async () => {
  target = await startReferenceTarget('sqlite');
  // The real server, judged by every check the mutants are judged by, with the largest example count they use.
  const maxExamples = Math.max(...MUTANTS.map((m) => m.maxExamples ?? 1));
  baseline = await runOn([...new Set(MUTANTS.map((m) => m.caughtBy))], undefined, maxExamples);
}, 120_000);
afterAll(() => target?.close());

describe('mutants of the reference server', () => {
  it('are one defect each, and cover the named defects of both issues', () => {
    expect(new Set(MUTANTS.map((m) => m.name)).size).toBe(MUTANTS.length);
    const judges = (list: Mutant[]) => {
      const counts: Record<string, number> = {};
      for (const m of list) counts[m.caughtBy] = (counts[m.caughtBy] ?? 0) + 1;
      return counts;
    };
    // The first issue's list: scope check, 200 after delete, offset/count/next, writeOnly leak, cross-organization
    // read, error body, undocumented status, content type, invalid enum, 500 on bad input, bulk invite, level rules.
    expect(judges([...REQUEST_MUTANTS, ...RESPONSE_MUTANTS])).toMatchObject({
      scope_enforcement: 1,
      use_after_free: 1,
      pagination: 3,
      read_only_write_only: 1,
      tenant_isolation: 1,
      error_body_conformance: 1,
      status_code_conformance: 1,
      content_type_conformance: 1,
      negative_data_rejection: 1,
      not_a_server_error: 1,
      bulk_invite_atomicity: 1,
      member_level_rules: 3,
    });
    // Issue 9: at least 25 new mutants, each of the ten defect kinds caught by the check that names it.
    expect(ISSUE_9_MUTANTS.length).toBeGreaterThanOrEqual(25);
    expect(judges(ISSUE_9_MUTANTS)).toEqual({
      scope_enforcement: 5,
      tenant_object_isolation: 6,
      pagination_links: 5,
      read_only_write_only: 4,
      bulk_invite_atomicity: 3,
      member_level_rules: 6,
      search_and_order: 5,
      deleted_not_listed: 3,
      trailing_slash_redirect: 3,
      reinvite_replacement: 1,
    });
  });

  it('the real server passes every check the mutants are judged by', () => {
    expect(baseline.errors).toEqual([]);
    expect(exitCodeOf(baseline)).toBe(EXIT.ok);
    expect(baseline.results.filter((r) => r.outcome === 'fail').map(describeResult)).toEqual([]);
    for (const check of new Set(MUTANTS.map((m) => m.caughtBy)))
      expect(of(baseline, check, 'pass').length, `${check} has passing results`).toBeGreaterThan(0);
  });

  it.each(MUTANTS.map((m) => [m.caughtBy, m.name, m] as const))(
    '%s catches: %s',
    async (check, _name, mutant) => {
      const set = await runOn([check], mutant);
      expect(set.errors).toEqual([]);
      expect(exitCodeOf(set)).toBe(EXIT.failures);
      const messages = of(set, check, 'fail').map((r) => r.message);
      expect(
        messages.filter((m) => mutant.message.test(m)).length,
        `no ${check} failure matches ${mutant.message}; results:\n${set.results.map(describeResult).join('\n')}`,
      ).toBeGreaterThan(0);
    },
  );
});
