#!/usr/bin/env node
/*
 * `org-api-codegen` (`npm run generate` at the repository root): runs the bundled CLI (build/cli.mjs) under plain
 * node, bundling it first when any file it is built from changed (by content; see scripts/build-cli.mjs). Plain
 * JavaScript, so that no TypeScript loader starts with it; the CLI itself is src/cli.ts.
 */
import { pathToFileURL } from 'node:url';
import { DEFAULT_OUT_DIR, ENTRY_FILE, runBuild } from '../scripts/build-cli.mjs';

try {
  await runBuild(['--if-stale']);
} catch (error) {
  process.stderr.write(
    `cannot bundle the codegen CLI: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(2);
}
await import(pathToFileURL(`${DEFAULT_OUT_DIR}/${ENTRY_FILE}`).href);
