/* Pure number crunching and the final table of the server benchmark (unit-tested in bench-stats.test.ts). */

/** Median of the values (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Nearest-rank percentile (`p` in 0–100): the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** One row of the final table. `target` is the human form; `pass` decides PASS/FAIL (undefined = info only). */
export interface ResultRow {
  scenario: string;
  baseline: string;
  server: string;
  ratio: string;
  target: string;
  pass: boolean | undefined;
}

/** A throughput row: the ratio server/baseline (medians of alternating rounds) against `minRatio`. */
export function throughputRow(
  scenario: string,
  baseline: number,
  server: number,
  minRatio: number,
): ResultRow {
  const ratio = server / baseline;
  return {
    scenario,
    baseline: baseline.toFixed(0),
    server: server.toFixed(0),
    ratio: `${ratio.toFixed(2)}x`,
    target: `>= ${minRatio}x`,
    pass: Number.isFinite(ratio) ? ratio >= minRatio : false,
  };
}

/** A latency or memory row: `value` must be strictly below `limit`. */
export function limitRow(scenario: string, value: number, limit: number, unit: string): ResultRow {
  return {
    scenario,
    baseline: '-',
    server: `${value.toFixed(1)} ${unit}`,
    ratio: '-',
    target: `< ${limit} ${unit}`,
    pass: Number.isFinite(value) ? value < limit : false,
  };
}

/** The compact table: one header, one line per row, columns padded; PASS/FAIL (or `info`) last. */
export function formatTable(rows: readonly ResultRow[]): string {
  const header = ['scenario', 'baseline req/s', 'server req/s', 'ratio', 'target', 'result'];
  const lines = rows.map((r) => [
    r.scenario,
    r.baseline,
    r.server,
    r.ratio,
    r.target,
    r.pass === undefined ? 'info' : r.pass ? 'PASS' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] as string).length)));
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] as number) : cell.padStart(widths[i] as number)))
      .join('  ')
      .trimEnd();
  return [format(header), ...lines.map(format)].join('\n');
}
