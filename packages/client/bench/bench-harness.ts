// Pieces of the client benchmark: child-process servers and interleaved timing with medians.
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** A server script of this folder running in its own process, and the JSON line it printed once listening. */
export interface ChildServer<Info> {
  child: ChildProcess;
  info: Info & { port: number };
  baseUrl: string;
}

/** Starts `bench/<script>` with tsx and waits for its first stdout line (JSON with at least `port`). */
export async function startChildServer<Info>(
  script: string,
  args: string[] = [],
): Promise<ChildServer<Info>> {
  const path = fileURLToPath(new URL(`./${script}`, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', path, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
  const line = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before listening`)));
  });
  lines.close();
  const info = JSON.parse(line) as Info & { port: number };
  return { child, info, baseUrl: `http://127.0.0.1:${info.port}` };
}

/** One variant of a scenario: a name and one call (awaited, its body read). */
export type Variant = readonly [name: string, call: () => Promise<unknown>];

/** Timing of one variant: all per-call times and the median of each round. */
export interface VariantTimes {
  name: string;
  callsUs: number[];
  roundMediansUs: number[];
}

/** How many calls: `rounds` × `callsPerRound` per variant, after `warmup` calls of each. */
export interface RunShape {
  rounds: number;
  callsPerRound: number;
  warmup: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

/**
 * Runs the variants call by call, interleaved (rotating which goes first), so the drift of a shared machine
 * hits them alike; each call is timed on its own.
 */
export async function runInterleaved(variants: readonly Variant[], shape: RunShape): Promise<VariantTimes[]> {
  for (const [, call] of variants) for (let i = 0; i < shape.warmup; i++) await call();
  const times = variants.map(([name]) => ({ name, callsUs: [] as number[], roundMediansUs: [] as number[] }));
  for (let round = 0; round < shape.rounds; round++) {
    const roundUs = variants.map(() => [] as number[]);
    for (let i = 0; i < shape.callsPerRound; i++) {
      for (let k = 0; k < variants.length; k++) {
        const index = (i + k) % variants.length;
        const started = performance.now();
        await (variants[index] as Variant)[1]();
        roundUs[index]?.push((performance.now() - started) * 1000);
      }
    }
    roundUs.forEach((us, index) => {
      times[index]?.callsUs.push(...us);
      times[index]?.roundMediansUs.push(median(us));
    });
  }
  return times;
}

/** A variant's ratio to the first one (the baseline): the median over rounds of the rounds' median ratios. */
export interface Ratio {
  median: number;
  p25: number;
  p75: number;
}

export function ratioToBaseline(times: readonly VariantTimes[], index: number): Ratio {
  const baseline = times[0]?.roundMediansUs ?? [];
  const ratios = (times[index]?.roundMediansUs ?? []).map((us, round) => us / (baseline[round] as number));
  return { median: median(ratios), p25: quantile(ratios, 0.25), p75: quantile(ratios, 0.75) };
}

/** Prints one table: median µs per call, and the ratio to the first variant with its interquartile range. */
export function printTable(title: string, times: readonly VariantTimes[], shape: RunShape): void {
  const calls = shape.rounds * shape.callsPerRound;
  console.log(`\n${title}: ${calls} calls per variant (${shape.rounds} interleaved rounds)`);
  console.log(`${'variant'.padEnd(46)} ${'median µs'.padStart(10)} ${'ratio'.padStart(7)}  rounds p25–p75`);
  times.forEach((variant, index) => {
    const ratio = ratioToBaseline(times, index);
    const range = `${ratio.p25.toFixed(3)}–${ratio.p75.toFixed(3)}`;
    console.log(
      `${variant.name.padEnd(46)} ${median(variant.callsUs).toFixed(1).padStart(10)} ${`${ratio.median.toFixed(3)}×`.padStart(7)}  ${range}`,
    );
  });
}
