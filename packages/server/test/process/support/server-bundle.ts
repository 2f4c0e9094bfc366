import { runCli } from '../../../scripts/build-bundle.mjs';
import { type Banner, type Listening, parseBanner, waitForListening } from './server-output.js';
import { SERVER_ROOT, type SpawnedProcess, shellEnvironment, spawnProcess } from './spawned-process.js';

/**
 * What `npm start -w @org-api/server` execs (after `node scripts/build-bundle.mjs --if-stale`), as node arguments run
 * in the server package: the bundle under plain node.
 */
export const SERVER_START_ARGS: readonly string[] = ['--enable-source-maps', 'build/main.mjs'];

/** Builds the server bundle when it is stale (as `npm start` does first); prints one line when it builds. */
export function ensureServerBundle(): Promise<void> {
  return runCli(['--if-stale']);
}

/**
 * Spawns the server bundle as `npm start` runs it: plain node in the server package, with a developer's shell
 * environment plus `PORT=0` (a free port) and `env` (which may set `PORT`). Build it first with
 * {@link ensureServerBundle}; wait for it with `waitForListening`.
 *
 * @example
 * const server = spawnServerBundle({ DATABASE_URL: `sqlite:${file}` });
 * const { url } = await waitForListening(server);
 */
export function spawnServerBundle(env: Record<string, string>): SpawnedProcess {
  return spawnProcess(process.execPath, SERVER_START_ARGS, {
    cwd: SERVER_ROOT,
    env: shellEnvironment({ PORT: '0', ...env }),
  });
}

/**
 * {@link ensureServerBundle}, {@link spawnServerBundle} and `waitForListening`: the server bundle listening, with the
 * first-start banner it printed (undefined when the database was seeded already).
 */
export async function startServerBundle(
  env: Record<string, string>,
): Promise<{ server: SpawnedProcess; listening: Listening; banner: Banner | undefined }> {
  await ensureServerBundle();
  const server = spawnServerBundle(env);
  const listening = await waitForListening(server);
  return { server, listening, banner: parseBanner(server.stdout()) };
}

/**
 * Runs the admin CLI as `npm run admin` does (under tsx, in the server package) with a developer's shell environment
 * plus `env`. Wait for it with `waitForClose`.
 */
export function spawnAdminCli(args: readonly string[], env: Record<string, string>): SpawnedProcess {
  return spawnProcess(process.execPath, ['--import', 'tsx', 'src/cli/admin-cli.ts', ...args], {
    cwd: SERVER_ROOT,
    env: shellEnvironment(env),
  });
}
