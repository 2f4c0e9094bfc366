import { runCli } from '../../../scripts/build-bundle.mjs';

/**
 * What `npm start -w @org-api/server` execs (after `node scripts/build-bundle.mjs --if-stale`), as node arguments run
 * in the server package: the bundle under plain node.
 */
export const SERVER_START_ARGS: readonly string[] = ['--enable-source-maps', 'build/main.mjs'];

/** Builds the server bundle when it is stale (as `npm start` does first); prints one line when it builds. */
export function ensureServerBundle(): Promise<void> {
  return runCli(['--if-stale']);
}
