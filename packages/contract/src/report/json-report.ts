import type { ResultSet } from '../run/run-types.js';
import { countOutcomes } from './outcome-grid.js';

/** The JSON report: the whole result set plus totals, pretty-printed (stable key order). */
export function formatJson(set: ResultSet): string {
  return `${JSON.stringify({ ...set, summary: countOutcomes(set.results) }, null, 2)}\n`;
}
