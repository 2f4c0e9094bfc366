import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The codegen package directory (the CLI runs from here, as `npm run generate` does). */
export const PACKAGE_DIR = fileURLToPath(new URL('../..', import.meta.url));

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The launcher `npm run generate` runs: it bundles src/cli.ts when stale (by content), then runs the bundle. */
const LAUNCHER = 'bin/org-api-codegen.mjs';

/**
 * Runs the real CLI (the launcher, as `npm run generate` does) in the package directory to completion. INIT_CWD is that directory, as npm sets it for `npm run generate`, so
 * relative paths are resolved, and paths inside it displayed, relative to the package.
 */
export function runCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], {
      cwd: PACKAGE_DIR,
      env: { ...process.env, INIT_CWD: PACKAGE_DIR, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A CLI process left running (`--watch`), with a way to wait for output and to stop it. */
export interface RunningCli {
  /** Resolves with all stdout so far once it matches `pattern` (rejects if the process exits first). */
  waitForOutput(pattern: RegExp): Promise<string>;
  /** Ends the process group this helper started and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts the real CLI in its own process group (so that stop() ends everything it started). */
export function startCli(args: string[]): RunningCli {
  const child = spawn(process.execPath, [LAUNCHER, ...args], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, INIT_CWD: PACKAGE_DIR, NO_COLOR: '1' },
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  const waiters = new Set<() => void>();
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    for (const wake of waiters) wake();
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  return {
    waitForOutput(pattern) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!pattern.test(stdout)) return;
          waiters.delete(check);
          resolve(stdout);
        };
        waiters.add(check);
        check();
        void exited.then(() =>
          reject(new Error(`CLI exited before printing ${pattern}:\n${stdout}\n${stderr}`)),
        );
      });
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}
