import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../scripts/build-bundle.mjs';
import type { LoadWorkerRequest } from './load-worker.js';

/* Child processes of the benchmark: servers under test and the load generator, each its own Node process. */

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = dirname(BENCH_DIR);
/** The benchmark's server process, bundled by scripts/build-bundle.mjs like `npm start`'s build/main.mjs. */
const SERVER_BUNDLE = join(PACKAGE_DIR, 'build', 'server-process.mjs');
/** Node flags of the bundled server, as in `npm start` (package.json `start`): stack traces point at src/. */
const BUNDLE_EXEC_ARGV = ['--enable-source-maps'];

function forkTs(file: string, args: string[]): ChildProcess {
  // `--import tsx` in the child itself (not the tsx CLI, which would add a wrapper process).
  return fork(join(BENCH_DIR, file), args, {
    cwd: PACKAGE_DIR,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

/**
 * Forks the bundled server process under plain node (no tsx loader thread or esbuild service in it: the memory and
 * CPU measured are what `npm start` runs). The pid is the process whose memory we sample. Server stdout (one log
 * line per request) goes to /dev/null.
 */
function forkServerBundle(args: string[], execArgv: string[]): ChildProcess {
  return fork(SERVER_BUNDLE, args, {
    cwd: PACKAGE_DIR,
    execArgv: [...BUNDLE_EXEC_ARGV, ...execArgv],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
}

/**
 * Builds build/server-process.mjs when any of its inputs is newer (`build-bundle.mjs --if-stale`, one line when it
 * builds): both sides of the comparison run from this one bundle.
 */
export async function ensureServerBundle(): Promise<void> {
  await runCli(['--if-stale']);
}

function firstMessage<T>(child: ChildProcess, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`${what} exited (${code}) before answering`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message as T);
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.send('stop');
  });
}

/** A server under test. */
export interface ServerHandle {
  pid: number;
  port: number;
  /** `process.memoryUsage()` of the server, over IPC. */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** Asks the server to close and waits for its exit (a `--cpu-prof` profile is written then). */
  stop(): Promise<void>;
}

/**
 * Starts the bundled `server-process.ts real <databaseUrl>` or `bare <bodies.json>` (built first when stale);
 * `execArgv` e.g. `--cpu-prof`.
 */
export async function startServerProcess(
  mode: 'real' | 'bare',
  argument: string,
  execArgv: string[] = [],
): Promise<ServerHandle> {
  await ensureServerBundle();
  const child = forkServerBundle([mode, argument], execArgv);
  const { port } = await firstMessage<{ port: number }>(child, `${mode} server`);
  return {
    pid: child.pid as number,
    port,
    async memory() {
      const answer = firstMessage<{ memory: NodeJS.MemoryUsage }>(child, `${mode} server`);
      child.send('memory');
      return (await answer).memory;
    },
    stop: () => stopChild(child),
  };
}

/** The load generator's process; one job at a time. */
export interface LoadWorker {
  run<T>(request: LoadWorkerRequest): Promise<T>;
  stop(): void;
}

/** Starts `load-worker.ts`. */
export function startLoadWorker(): LoadWorker {
  const child = forkTs('load-worker.ts', []);
  return {
    async run<T>(request: LoadWorkerRequest): Promise<T> {
      const answer = firstMessage<{ ok: boolean; result?: T; error?: string }>(child, 'load worker');
      child.send(request);
      const { ok, result, error } = await answer;
      if (!ok) throw new Error(`load worker failed: ${error}`);
      return result as T;
    },
    stop: () => child.disconnect(),
  };
}

/** The resident set size of a process in MB (VmRSS of `/proc/<pid>/status`); NaN when unreadable. */
export function readRssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; `stop()` returns the largest sample (MB). */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let max = readRssMb(pid);
  const timer = setInterval(() => {
    const rss = readRssMb(pid);
    if (!Number.isNaN(rss)) max = Number.isNaN(max) ? rss : Math.max(max, rss);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return max;
    },
  };
}
