import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (`npm start` runs there). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
/** The server package (`npm start -w @org-api/server` runs there). */
export const SERVER_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Upper bound for a process to print what a test waits for: a guard against hangs, not a timing assertion. */
export const OUTPUT_WAIT_MS = 120_000;

/** How a process ended. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A child process whose stdout/stderr are collected as text. */
export interface SpawnedProcess {
  /** Pid of the spawned command (also its process group id: it is spawned detached). */
  readonly pid: number;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves once the process has exited AND every holder of its stdout/stderr has closed them. */
  readonly closed: Promise<ProcessExit>;
  /** Whether {@link closed} has resolved. */
  isClosed(): boolean;
  /**
   * Waits until `find(stdout)` returns a value. Rejects (with the output so far) when the process closes first or
   * after `timeoutMs`.
   */
  waitForStdout<T>(find: (stdout: string) => T | undefined, what: string, timeoutMs?: number): Promise<T>;
  /** Sends a signal to the whole process group unless it has closed; ignores a group that is already gone. */
  signalGroup(signal: NodeJS.Signals): void;
}

/**
 * The environment a developer's shell would pass: the test runner's own variables (npm's `npm_*` from `npm test`,
 * vitest's, `NODE_OPTIONS`, `NODE_ENV`) are removed so they cannot change what the server does.
 */
export function shellEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (/^(npm_|VITEST|TEST$|INIT_CWD$|NODE_OPTIONS$|NODE_ENV$|TURBO_)/i.test(name)) continue;
    env[name] = value;
  }
  return { ...env, ...extra };
}

function describeOutput(child: SpawnedProcess): string {
  const tail = (text: string) => text.split('\n').slice(-40).join('\n');
  return `\n--- stdout (tail) ---\n${tail(child.stdout())}\n--- stderr (tail) ---\n${tail(child.stderr())}`;
}

/**
 * Spawns `command args` detached (its own process group, so cleanup can signal everything it started) with piped
 * output.
 *
 * @example
 * const npm = spawnProcess('npm', ['start'], { cwd: REPO_ROOT, env: shellEnvironment({ PORT: '0' }) });
 */
export function spawnProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): SpawnedProcess {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`could not spawn ${command} ${args.join(' ')}`);
  const pid = child.pid;
  let out = '';
  let err = '';
  let isClosed = false;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    notify();
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const closed = new Promise<ProcessExit>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      isClosed = true;
      resolve({ code, signal });
      notify();
    });
  });

  const spawned: SpawnedProcess = {
    pid,
    stdout: () => out,
    stderr: () => err,
    closed,
    isClosed: () => isClosed,
    waitForStdout<T>(find: (stdout: string) => T | undefined, what: string, timeoutMs = OUTPUT_WAIT_MS) {
      return new Promise<T>((resolve, reject) => {
        const check = () => {
          const found = find(out);
          if (found !== undefined) return finish(() => resolve(found));
          if (isClosed) {
            finish(() =>
              reject(new Error(`process ${pid} closed before printing ${what}${describeOutput(spawned)}`)),
            );
          }
        };
        const timer = setTimeout(
          () => finish(() => reject(new Error(`no ${what} after ${timeoutMs} ms${describeOutput(spawned)}`))),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          listeners.delete(check);
          settle();
        };
        listeners.add(check);
        check();
      });
    },
    signalGroup(signal) {
      // Once closed, nothing of ours holds the output pipes any more; the group id could even be reused.
      if (isClosed) return;
      try {
        process.kill(-pid, signal);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    },
  };
  return spawned;
}

/**
 * Waits for `closed` with an upper bound; rejects with the output when the process does not end.
 */
export async function waitForClose(child: SpawnedProcess, timeoutMs = OUTPUT_WAIT_MS): Promise<ProcessExit> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new Error(`process ${child.pid} still running after ${timeoutMs} ms${describeOutput(child)}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([child.closed, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
