import type { ResultSet } from '../run/run-types.js';
import { countRun } from './outcome-grid.js';

/** The JSON report: the whole result set plus the run's totals (the JUnit report's numbers), pretty-printed. */
export function formatJson(set: ResultSet): string {
  return `${JSON.stringify({ ...set, summary: countRun(set) }, null, 2)}\n`;
}
