/**
 * CLI benchmark: whole commands as a user runs them, each a new process, side by side with the peers' CLIs on
 * openapi/organizations.yaml, then the `--watch` latency (save → files regenerated).
 *
 *   npm run bench -w @org-api/codegen [-- --rounds 7]
 *
 * Ours runs as `npm run -s generate` from the repository root (npm's own start-up included), the peers as
 * `node <their bin>` (no npm in front of them). Rounds run the commands in turn after one warm-up round (which also
 * builds our bundle and its code cache when stale, as a first run does), so every command sees the same machine;
 * the ratio is taken pair by pair within a round and its median printed. `cpu` is the process tree's user + system
 * time (Linux). Timings on a shared machine vary: read the ratios, and the load average printed with them.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/repo-root.js';
import { median } from './median.js';
import { ensurePeers, PEERS } from './peer-clis.js';

const SPEC = path.join(REPO_ROOT, 'openapi/organizations.yaml');
const LAUNCHER = path.join(REPO_ROOT, 'packages/codegen/bin/org-api-codegen.mjs');
const WATCH_TARGET_MS = 300;
const TARGET_MS = 1_000;

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: process.env.BENCH_RUNS ?? '5' },
    'watch-edits': { type: 'string', default: '7' },
  },
});
const rounds = Number(values.rounds);
const watchEdits = Number(values['watch-edits']);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive integer`);
if (!Number.isInteger(watchEdits) || watchEdits < 1)
  throw new Error(`--watch-edits must be a positive integer`);

interface Command {
  label: string;
  file: string;
  args: string[];
}

interface Sample {
  wallMs: number;
  cpuMs: number;
}

/** User + system time of this process's reaped children, in ms (Linux `/proc`; 0 elsewhere). */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / clockTicks;
  } catch {
    return 0;
  }
}
const clockTicks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;

function runOnce(command: Command): Sample {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const result = spawnSync(command.file, command.args, { cwd: REPO_ROOT, encoding: 'utf8' });
  const wallMs = performance.now() - started;
  if (result.status !== 0) {
    throw new Error(`${command.label} exited with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return { wallMs, cpuMs: childrenCpuMs() - cpuBefore };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

/** Runs every command once per round, in turn, after a warm-up round; returns the samples per command. */
function measure(commands: Command[]): Sample[][] {
  for (const command of commands) runOnce(command);
  const samples: Sample[][] = commands.map(() => []);
  for (let round = 0; round < rounds; round++) {
    commands.forEach((command, i) => {
      samples[i]?.push(runOnce(command));
    });
  }
  return samples;
}

/** Saves the spec copy `edits` times and times each save until the watcher prints its `generated …` line. */
async function measureWatch(): Promise<number[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'codegen-watch-bench-'));
  const spec = path.join(work, 'organizations.yaml');
  copyFileSync(SPEC, spec);
  const original = readFileSync(spec, 'utf8');
  const args = [
    '--watch',
    '--spec',
    spec,
    '--server-out',
    path.join(work, 's'),
    '--client-out',
    path.join(work, 'c'),
  ];
  const child = spawn(process.execPath, [LAUNCHER, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  let waiter: (() => void) | undefined;
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    waiter?.();
  });
  const waitFor = (count: () => boolean) =>
    new Promise<void>((resolve) => {
      waiter = () => {
        if (count()) resolve();
      };
      waiter();
    });
  const generated = () => stdout.split('\n').filter((line) => line.startsWith('generated ')).length;
  try {
    await waitFor(() => stdout.includes('watching '));
    const latencies: number[] = [];
    for (let edit = 1; edit <= watchEdits; edit++) {
      const before = generated();
      // A comment appended: the spec file changes, so the generator reads, emits and compares every file again.
      const started = performance.now();
      writeFileSync(spec, `${original}\n# edit ${edit}\n`);
      await waitFor(() => generated() > before);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return latencies;
  } finally {
    child.kill('SIGTERM');
    rmSync(work, { recursive: true, force: true });
  }
}

ensurePeers();
const peerOut = mkdtempSync(path.join(os.tmpdir(), 'codegen-peer-bench-'));
const ours: Command[] = [
  { label: 'ours: npm run generate', file: 'npm', args: ['run', '-s', 'generate'] },
  {
    label: 'ours: npm run generate -- --check',
    file: 'npm',
    args: ['run', '-s', 'generate', '--', '--check'],
  },
];
const peers: Command[] = PEERS.map((peer) => ({
  label: `${peer.name} ${peer.version}: ${peer.what}`,
  file: process.execPath,
  args: peer.args(SPEC, path.join(peerOut, peer.name)),
}));
const help: Command = {
  label: 'ours: npm run generate -- --help',
  file: 'npm',
  args: ['run', '-s', 'generate', '--', '--help'],
};

const loadBefore = load();
const commands = [...ours, ...peers, help];
const samples = measure(commands);
rmSync(peerOut, { recursive: true, force: true });
const loadAfter = load();

console.log(
  `@org-api/codegen CLI benchmark: openapi/organizations.yaml, ${rounds} rounds after a warm-up, commands in turn ` +
    `(Node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore} before, ${loadAfter} after)\n`,
);
console.log(
  '| command | wall median (min–max) | cpu median | ours ÷ this, median of pairs (< 1: ours faster) |',
);
console.log('|---|---:|---:|---|');
commands.forEach((command, i) => {
  const own = samples[i] ?? [];
  const walls = own.map((s) => s.wallMs);
  const ratios =
    i >= ours.length && i < ours.length + peers.length
      ? ours
          .map((mine, j) => {
            const pairs = own.map((s, round) => (samples[j]?.[round]?.wallMs ?? 0) / s.wallMs);
            return `${mine.label.replace('ours: ', '')}: ${median(pairs).toFixed(2)}×`;
          })
          .join('; ')
      : '';
  console.log(
    `| ${command.label} | ${seconds(median(walls))} (${seconds(Math.min(...walls))}–${seconds(Math.max(...walls))}) | ${seconds(median(own.map((s) => s.cpuMs)))} | ${ratios} |`,
  );
});
for (const [i, command] of ours.entries()) {
  const wall = median((samples[i] ?? []).map((s) => s.wallMs));
  console.log(
    `\n${command.label}: ${seconds(wall)} median wall, target < ${seconds(TARGET_MS)} on a quiet machine`,
  );
}

const latencies = await measureWatch();
console.log(
  `\n--watch: save → files regenerated in ${median(latencies).toFixed(0)} ms median (max ${Math.max(...latencies).toFixed(0)} ms) over ${latencies.length} saves, target < ${WATCH_TARGET_MS} ms (load average ${load()})`,
);
