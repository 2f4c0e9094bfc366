import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runAdminCli } from '../admin-cli.js';

const packageDir = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the real CLI in a child process (tsx loader), as `npm run admin` does. */
export function spawnCli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/admin-cli.ts', ...args], {
    cwd: packageDir,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * Runs the CLI in-process (same code path after argv) and captures its output; `json` is stdout parsed when the
 * exit code is 0 (`parseJson: false` for a command that prints text).
 */
export async function runCli(args: string[], databaseUrl: string, now = new Date(), parseJson = true) {
  let stdout = '';
  let stderr = '';
  const code = await runAdminCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env: { DATABASE_URL: databaseUrl },
    now: () => now,
  });
  return { code, stdout, stderr, json: code === 0 && parseJson ? JSON.parse(stdout) : undefined };
}
