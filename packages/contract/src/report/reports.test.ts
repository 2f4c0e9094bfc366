import { describe, expect, it } from 'vitest';
import type { ResultSet } from '../run/run-types.js';
import { formatJson } from './json-report.js';
import { formatJunit } from './junit-report.js';
import { formatProgress } from './progress-reporter.js';
import { formatSummary } from './summary-matrix.js';

const failure = {
  check: 'response_schema_conformance' as const,
  operation: 'projects_create',
  outcome: 'fail' as const,
  message:
    'Response violates schema: /id must be integer (schema /components/schemas/Project/properties/id/type)',
  schemaPath: '/components/schemas/Project/properties/id/type',
  request: { method: 'POST', url: 'http://h/api/p/', body: '{"name":"a"}', role: 'owner' as const },
  response: { status: 201, contentType: 'application/json', body: '{"id":"x"}' },
  curl: `curl -X POST 'http://h/api/p/' -H "authorization: Bearer $TOKEN" --data-raw '{"name":"a"}'`,
  occurrences: 2,
};

const set: ResultSet = {
  seed: '42',
  baseUrl: 'http://h',
  specSource: 'spec.yaml',
  startedAt: '2026-01-01T00:00:00.000Z',
  finishedAt: '2026-01-01T00:00:01.000Z',
  operations: ['projects_list', 'projects_create'],
  checks: ['not_a_server_error', 'response_schema_conformance', 'scope_enforcement'],
  results: [
    {
      check: 'not_a_server_error',
      operation: 'projects_list',
      outcome: 'pass',
      message: '3 response(s) conform',
    },
    {
      check: 'not_a_server_error',
      operation: 'projects_create',
      outcome: 'pass',
      message: '2 response(s) conform',
    },
    failure,
    {
      check: 'scope_enforcement',
      operation: '*',
      outcome: 'skip',
      message: 'no token without scopes given (--no-scope-token)',
    },
  ],
  requests: 9,
  throttled: { waits: 0, seconds: 0 },
  cleanup: { deleted: 1, leftovers: [] },
  errors: [],
};

describe('reports', () => {
  it('prints the summary matrix, the failures with reproducers, totals and the seed', () => {
    expect(formatSummary(set)).toBe(`Checks:
   1 not_a_server_error
   2 response_schema_conformance
   3 scope_enforcement

operation       |  1  2  3
----------------+---------
projects_list   |  .      
projects_create |  .  F   
*               |        s

Failures:
1. [response_schema_conformance] projects_create: Response violates schema: /id must be integer (schema /components/schemas/Project/properties/id/type) (x2)
   request: POST http://h/api/p/ as owner body {"name":"a"}
   response: 201 {"id":"x"}
   schema: /components/schemas/Project/properties/id/type
   reproduce: curl -X POST 'http://h/api/p/' -H "authorization: Bearer $TOKEN" --data-raw '{"name":"a"}'

2 passed, 1 failed, 1 skipped, 0 errors; 9 requests; cleanup deleted 1
seed 42 (rerun with --seed 42)
`);
  });

  it('prints every request of a failing flow in order, errors, an early stop, and counts errors', () => {
    const flowFailure = {
      ...failure,
      check: 'member_level_rules' as const,
      operation: 'members_partial_update',
      message: 'member sets their own level to 8: expected 403, got 200',
      schemaPath: undefined,
      occurrences: undefined,
      reproduce: [
        `curl -X GET 'http://h/m/' -H "authorization: Bearer $OWNER_TOKEN"`,
        `curl -X PATCH 'http://h/m/%40me/' -H "authorization: Bearer $MEMBER_TOKEN" --data-raw '{"level":8}'`,
      ],
    };
    const text = formatSummary({
      ...set,
      throttled: { waits: 1, seconds: 56 },
      results: [flowFailure],
      errors: ['projects_list: GET http://h/api/p/ timed out after 10000 ms'],
      stoppedEarly: 'member_level_rules',
    });
    expect(text.slice(text.indexOf('Failures:'))).toBe(`Failures:
1. [member_level_rules] members_partial_update: member sets their own level to 8: expected 403, got 200
   request: POST http://h/api/p/ as owner body {"name":"a"}
   response: 201 {"id":"x"}
   reproduce (2 requests of the flow, in order):
     1. curl -X GET 'http://h/m/' -H "authorization: Bearer $OWNER_TOKEN"
     2. curl -X PATCH 'http://h/m/%40me/' -H "authorization: Bearer $MEMBER_TOKEN" --data-raw '{"level":8}'

Errors:
  projects_list: GET http://h/api/p/ timed out after 10000 ms

stopped early (--exitfirst): member_level_rules failed
0 passed, 1 failed, 0 skipped, 1 error; 9 requests; waited 56 s for the target's rate limit (1 time); cleanup deleted 1
seed 42 (rerun with --seed 42)
`);
  });

  it('writes JUnit XML: a suite per operation, a case per result, escaped failure details', () => {
    expect(formatJunit(set)).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="org-api-contract" tests="4" failures="1" errors="0" skipped="1">
  <properties>
    <property name="seed" value="42"/>
    <property name="baseUrl" value="http://h"/>
    <property name="results" value="2 passed, 1 failed, 1 skipped, 0 errors"/>
  </properties>
  <testsuite name="projects_list" tests="1" failures="0" errors="0" skipped="0">
    <testcase classname="projects_list" name="not_a_server_error: 3 response(s) conform"/>
  </testsuite>
  <testsuite name="projects_create" tests="2" failures="1" errors="0" skipped="0">
    <testcase classname="projects_create" name="not_a_server_error: 2 response(s) conform"/>
    <testcase classname="projects_create" name="response_schema_conformance: Response violates schema: /id must be integer (schema /components/schemas/Project/properties/id/type)">
      <failure message="Response violates schema: /id must be integer (schema /components/schemas/Project/properties/id/type)">Response violates schema: /id must be integer (schema /components/schemas/Project/properties/id/type)
POST http://h/api/p/
-&gt; 201 {&quot;id&quot;:&quot;x&quot;}
schema: /components/schemas/Project/properties/id/type
curl -X POST &apos;http://h/api/p/&apos; -H &quot;authorization: Bearer $TOKEN&quot; --data-raw &apos;{&quot;name&quot;:&quot;a&quot;}&apos;</failure>
    </testcase>
  </testsuite>
  <testsuite name="*" tests="1" failures="0" errors="0" skipped="1">
    <testcase classname="*" name="scope_enforcement: no token without scopes given (--no-scope-token)">
      <skipped message="no token without scopes given (--no-scope-token)"/>
    </testcase>
  </testsuite>
</testsuites>
`);
  });

  it('writes JSON with the whole result set and the same totals as the JUnit XML', () => {
    const withError = { ...set, errors: ['projects_list: GET http://h/api/p/ timed out after 10000 ms'] };
    const parsed = JSON.parse(formatJson(withError));
    expect(parsed).toEqual({ ...withError, summary: { tests: 5, pass: 2, fail: 1, skip: 1, errors: 1 } });
    expect(formatJson(set).startsWith('{\n  "seed": "42",\n  "baseUrl": "http://h",')).toBe(true);
    const xml = formatJunit(withError);
    expect(xml).toContain(
      '<testsuites name="org-api-contract" tests="5" failures="1" errors="1" skipped="1">',
    );
    expect(xml).toContain(`  <testsuite name="run" tests="1" failures="0" errors="1" skipped="0">
    <testcase classname="run" name="error 1">
      <error message="projects_list: GET http://h/api/p/ timed out after 10000 ms"/>
    </testcase>
  </testsuite>`);
    expect(xml.match(/<testcase /g)?.length).toBe(5);
  });

  it('prints one progress line per event', () => {
    expect(
      formatProgress({ type: 'start', seed: '42', baseUrl: 'http://h', operations: 2, checks: set.checks }),
    ).toBe('org-api-contract: seed 42, target http://h, 2 operations, 3 checks');
    expect(
      formatProgress({ type: 'operation', operationId: 'projects_list', requests: 7, note: undefined }),
    ).toBe('  examples projects_list: 7 requests');
    expect(
      formatProgress({
        type: 'check',
        check: 'response_schema_conformance',
        results: set.results.slice(1, 3),
      }),
    ).toBe('  FAIL response_schema_conformance: 1 passed, 1 failed, 0 skipped');
    expect(formatProgress({ type: 'throttled', operationId: 'invites_create', seconds: 56 })).toBe(
      '  throttled by the target: waiting 56 s (Retry-After) before retrying invites_create',
    );
    expect(formatProgress({ type: 'cleanup', deleted: 2, leftovers: ['/x/1/'] })).toBe(
      '  cleanup: deleted 2, could not delete /x/1/',
    );
  });
});
