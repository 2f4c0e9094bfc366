import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadWorkerRequest } from './load-worker.js';

/* Child processes of the benchmark: servers under test and the load generator, each its own Node process. */

const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
const PACKAGE_DIR = dirname(BENCH_DIR);

function forkTs(file: string, args: string[], execArgv: string[] = []): ChildProcess {
  // `--import tsx` in the child itself (not the tsx CLI, which would add a wrapper process): the pid is the
  // process whose memory we sample. Server stdout (one log line per request) goes to /dev/null.
  return fork(join(BENCH_DIR, file), args, {
    cwd: PACKAGE_DIR,
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
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

/** Starts `server-process.ts real <databaseUrl>` or `bare <bodies.json>`; `execArgv` e.g. `--cpu-prof`. */
export async function startServerProcess(
  mode: 'real' | 'bare',
  argument: string,
  execArgv: string[] = [],
): Promise<ServerHandle> {
  const child = forkTs('server-process.ts', [mode, argument], execArgv);
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
