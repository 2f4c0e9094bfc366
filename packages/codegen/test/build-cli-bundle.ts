import { runBuild } from '../scripts/build-cli.mjs';

/**
 * Vitest global setup: bundles the CLI once before the tests that spawn it (bin/org-api-codegen.mjs would otherwise
 * build it in the first test that runs it, and print that on its stderr).
 */
export default async function setup(): Promise<void> {
  await runBuild(['--if-stale']);
}
