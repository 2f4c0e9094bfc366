// CLI entry of `npm run docs -w @org-api/spec`: renders openapi/organizations.yaml to docs-dist/index.html.
// `--if-stale` (used by `npm start`) keeps a page that is newer than the spec and the builder.
import { buildDocs, buildDocsIfStale } from './docs-builder.js';
import { docsOutputPath, specPath } from './index.js';

try {
  const options = { specPath: specPath(), outputPath: docsOutputPath(), log: console.log };
  const output = process.argv.includes('--if-stale')
    ? (await buildDocsIfStale(options)).output
    : await buildDocs(options);
  console.log(`Docs ready: ${output}`);
} catch (error) {
  console.error('Building the docs failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
