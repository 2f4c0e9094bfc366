// Prints one closing line, "N passed, N failed[, N skipped]", summing the given logs:
//   node scripts/sum-test-logs.mjs LOG…                  the last vitest "Tests" line of each (turbo task logs)
//   node scripts/sum-test-logs.mjs --closing-lines LOG…  the last such closing line of each (whole npm test runs):
//                                                        one line per log (named after it), then "total: …"
// A log without its line counts as nothing (its run's exit status tells the failure).
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { stripVTControlCharacters as strip } from 'node:util';

const VITEST_SUMMARY = /^\s*Tests\s+\d/;
const CLOSING_LINE = /^\d+ passed, \d+ failed(, \d+ skipped)?$/;

/** The counts of the last line of `file` that matches `pattern` (zeros when there is none). */
function countsOf(file, pattern) {
  const lines = existsSync(file) ? strip(readFileSync(file, 'utf8')).split('\n') : [];
  const line = lines.filter((candidate) => pattern.test(candidate)).at(-1) ?? '';
  const count = (word) => Number(new RegExp(`(\\d+) ${word}`).exec(line)?.[1] ?? 0);
  return { passed: count('passed'), failed: count('failed'), skipped: count('skipped') };
}

const format = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;

const args = process.argv.slice(2);
const runs = args[0] === '--closing-lines';
const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of runs ? args.slice(1) : args) {
  const counts = countsOf(file, runs ? CLOSING_LINE : VITEST_SUMMARY);
  if (runs) console.log(`${basename(file)}: ${format(counts)}`);
  for (const key of Object.keys(total)) total[key] += counts[key];
}
console.log(`${runs ? 'total: ' : ''}${format(total)}`);
