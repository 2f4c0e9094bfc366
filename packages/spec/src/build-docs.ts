// CLI entry of `npm run docs -w @org-api/spec`: renders openapi/organizations.yaml to docs-dist/index.html.
import { buildDocs } from './docs-builder.js';
import { docsOutputPath, specPath } from './index.js';

try {
  const output = await buildDocs({ specPath: specPath(), outputPath: docsOutputPath(), log: console.log });
  console.log(`Docs ready: ${output}`);
} catch (error) {
  console.error('Building the docs failed:', error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
