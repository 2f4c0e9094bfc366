// Prints one closing line, "N passed, N failed", summing the vitest "Tests" lines of the given turbo task logs.
import { existsSync, readFileSync } from 'node:fs';
import { stripVTControlCharacters as strip } from 'node:util';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) continue;
  const lines = strip(readFileSync(file, 'utf8')).split('\n');
  const summary = lines.filter((line) => /^\s*Tests\s+\d/.test(line)).at(-1);
  if (!summary) continue;
  passed += Number(/(\d+) passed/.exec(summary)?.[1] ?? 0);
  failed += Number(/(\d+) failed/.exec(summary)?.[1] ?? 0);
  skipped += Number(/(\d+) skipped/.exec(summary)?.[1] ?? 0);
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
