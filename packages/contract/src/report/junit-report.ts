import type { CheckResult } from '../checks/check-types.js';
import type { ResultSet } from '../run/run-types.js';
import { countRun, formatCounts, gridOperations } from './outcome-grid.js';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** The text of a failure: message, request, response, schema path and the reproducer (every step of a flow). */
export function failureDetails(f: CheckResult): string {
  return [
    f.message,
    f.request && `${f.request.method} ${f.request.url}`,
    f.response && `-> ${f.response.status} ${f.response.body}`,
    f.schemaPath && `schema: ${f.schemaPath}`,
    ...(f.reproduce ?? (f.curl ? [f.curl] : [])),
  ]
    .filter(Boolean)
    .join('\n');
}

function testcase(operation: string, result: CheckResult): string {
  const open = `    <testcase classname="${escapeXml(operation)}" name="${escapeXml(`${result.check}: ${result.message}`)}"`;
  if (result.outcome === 'pass') return `${open}/>`;
  if (result.outcome === 'skip')
    return `${open}>\n      <skipped message="${escapeXml(result.message)}"/>\n    </testcase>`;
  return `${open}>\n      <failure message="${escapeXml(result.message)}">${escapeXml(failureDetails(result))}</failure>\n    </testcase>`;
}

/**
 * JUnit XML: one testsuite per operation, one testcase per result (named `check: message`), and a `run` suite with
 * one errored testcase per run error. Its totals are the JSON report's (`summary`): tests = results + errors.
 */
export function formatJunit(set: ResultSet): string {
  const suites: string[] = [];
  for (const operation of gridOperations(set)) {
    const results = set.results.filter((r) => r.operation === operation);
    const failed = results.filter((r) => r.outcome === 'fail').length;
    const skipped = results.filter((r) => r.outcome === 'skip').length;
    suites.push(
      `  <testsuite name="${escapeXml(operation)}" tests="${results.length}" failures="${failed}" errors="0" skipped="${skipped}">\n${results.map((r) => testcase(operation, r)).join('\n')}\n  </testsuite>`,
    );
  }
  if (set.errors.length) {
    const cases = set.errors.map(
      (e, i) =>
        `    <testcase classname="run" name="error ${i + 1}">\n      <error message="${escapeXml(e)}"/>\n    </testcase>`,
    );
    suites.push(
      `  <testsuite name="run" tests="${cases.length}" failures="0" errors="${cases.length}" skipped="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const c = countRun(set);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="org-api-contract" tests="${c.tests}" failures="${c.fail}" errors="${c.errors}" skipped="${c.skip}">`,
    `  <properties>\n    <property name="seed" value="${escapeXml(set.seed)}"/>\n    <property name="baseUrl" value="${escapeXml(set.baseUrl)}"/>\n    <property name="results" value="${formatCounts(c)}"/>\n  </properties>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
