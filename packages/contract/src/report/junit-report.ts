import type { ResultSet } from '../run/run-types.js';
import { cell, combine, countOutcomes, gridOperations } from './outcome-grid.js';

const escapeXml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/**
 * JUnit XML: one testsuite per operation, one testcase per check that produced results for it. A failing testcase
 * lists every failure (message, request, response, schema path, curl); the seed is a property of the run.
 */
export function formatJunit(set: ResultSet): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const operation of gridOperations(set)) {
    const cases: string[] = [];
    let sFail = 0;
    let sSkip = 0;
    for (const check of set.checks) {
      const results = cell(set, operation, check);
      const outcome = combine(results);
      if (!outcome) continue;
      const open = `    <testcase classname="${escapeXml(operation)}" name="${check}"`;
      if (outcome === 'pass') cases.push(`${open}/>`);
      else if (outcome === 'skip') {
        sSkip++;
        cases.push(
          `${open}>\n      <skipped message="${escapeXml(results[0]?.message ?? '')}"/>\n    </testcase>`,
        );
      } else {
        sFail++;
        const failed = results.filter((r) => r.outcome === 'fail');
        const details = failed
          .map((f) =>
            [
              f.message,
              f.request && `${f.request.method} ${f.request.url}`,
              f.response && `-> ${f.response.status} ${f.response.body}`,
              f.schemaPath && `schema: ${f.schemaPath}`,
              f.curl,
            ]
              .filter(Boolean)
              .join('\n'),
          )
          .join('\n\n');
        cases.push(
          `${open}>\n      <failure message="${escapeXml(failed[0]?.message ?? '')}">${escapeXml(details)}</failure>\n    </testcase>`,
        );
      }
    }
    tests += cases.length;
    failures += sFail;
    skipped += sSkip;
    suites.push(
      `  <testsuite name="${escapeXml(operation)}" tests="${cases.length}" failures="${sFail}" skipped="${sSkip}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  const c = countOutcomes(set.results);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="org-api-contract" tests="${tests}" failures="${failures}" skipped="${skipped}">`,
    `  <properties>\n    <property name="seed" value="${escapeXml(set.seed)}"/>\n    <property name="baseUrl" value="${escapeXml(set.baseUrl)}"/>\n    <property name="results" value="${c.pass} passed, ${c.fail} failed, ${c.skip} skipped"/>\n  </properties>`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
