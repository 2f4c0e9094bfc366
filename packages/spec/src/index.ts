import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Absolute path of the OpenAPI document, `openapi/organizations.yaml` at the repository root.
 *
 * @example
 * const text = readFileSync(specPath(), 'utf8');
 */
export function specPath(): string {
  return join(packageRoot, '..', '..', 'openapi', 'organizations.yaml');
}

/**
 * Absolute path of the rendered API reference (one self-contained Redoc HTML file), written by
 * `npm run docs -w @org-api/spec`. The file may not exist yet: callers check before serving it.
 *
 * @example
 * if (existsSync(docsOutputPath())) serveFile(docsOutputPath());
 */
export function docsOutputPath(): string {
  return join(packageRoot, 'docs-dist', 'index.html');
}
