import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Handler } from 'hono';
import { documentConfig } from '../generated/routes.gen.js';
import type { AppEnv } from './app-env.js';
import { METRICS_CONTENT_TYPE, type Metrics } from './metrics.js';

/**
 * The folder of the nearest `package.json` at or above `fromUrl`'s folder: the server package, whether this code
 * runs from `src/http/` (tsx, vitest) or from the bundle in `build/` (`npm start`).
 */
export function findPackageRoot(fromUrl: string | URL): string {
  let dir = dirname(fileURLToPath(fromUrl));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json at or above ${fileURLToPath(fromUrl)}`);
    dir = parent;
  }
  return dir;
}

const PACKAGE_ROOT = findPackageRoot(import.meta.url);
/** Default location of the spec served at `/openapi.yaml`. */
export const DEFAULT_SPEC_PATH = join(PACKAGE_ROOT, '..', '..', 'openapi', 'organizations.yaml');
/** Default location of the built Redoc page served at `/docs` (`npm run docs`). */
export const DEFAULT_DOCS_PATH = join(PACKAGE_ROOT, '..', 'spec', 'docs-dist', 'index.html');

/** Options of {@link registerStaticRoutes}. */
export interface StaticRoutesOptions {
  specPath: string;
  docsPath: string;
  /** Checks the store answers (throws when it does not). */
  ping(): Promise<void>;
  /** The app's metrics, served at `/metrics`; absent (`METRICS=off`): no such route. */
  metrics?: Metrics;
}

/**
 * The non-API routes (no authentication):
 * - `GET /healthz` and `GET /readyz` → 200 `{status: 'ok'}` after a store ping, 503 `{status: 'unavailable'}` when
 *   it fails (`/readyz` is the conventional readiness path; `/healthz` stays for existing probes);
 * - `GET /metrics` (unless `options.metrics` is absent) → the Prometheus text exposition of `metrics.ts`;
 * - `GET /openapi.yaml` → the source spec (`application/yaml`);
 * - `GET /api/schema/` → the OpenAPI 3.1 document the registered routes describe (JSON; equal to the source spec);
 * - `GET /docs` → the built Redoc HTML with its Content-Security-Policy as a header (framing forbidden), or 503
 *   telling to run `npm run docs`.
 */
export function registerStaticRoutes(app: OpenAPIHono<AppEnv>, options: StaticRoutesOptions): void {
  const checkStore: Handler<AppEnv> = async function checkStore(c) {
    try {
      await options.ping();
      return c.json({ status: 'ok' }, 200);
    } catch (error) {
      c.get('deps').logger.error({
        msg: 'health check failed',
        requestId: c.get('requestId'),
        error: error instanceof Error ? error.message : String(error),
      });
      return c.json({ status: 'unavailable' }, 503);
    }
  };
  app.get('/healthz', checkStore);
  app.get('/readyz', checkStore);

  const { metrics } = options;
  if (metrics) {
    app.get('/metrics', function serveMetrics(c) {
      return c.body(metrics.render(), 200, { 'Content-Type': METRICS_CONTENT_TYPE });
    });
  }

  app.get('/openapi.yaml', async function serveSpec(c) {
    const text = await readFile(options.specPath, 'utf8');
    return c.body(text, 200, { 'Content-Type': 'application/yaml; charset=utf-8' });
  });

  app.get('/api/schema/', function serveDocument(c) {
    return c.json(app.getOpenAPI31Document(documentConfig), 200);
  });

  app.get('/docs', async function serveDocs(c) {
    let html: string;
    try {
      html = await readFile(options.docsPath, 'utf8');
    } catch {
      return c.text(
        `API docs are not built (${options.docsPath} is missing). Run \`npm run docs\` at the repository root, then reload.\n`,
        503,
      );
    }
    return c.html(html, 200, {
      'Content-Security-Policy': docsContentSecurityPolicy(html),
      'X-Frame-Options': 'DENY',
    });
  });
}

const CSP_META = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i;

/**
 * The `Content-Security-Policy` header of the docs page: the policy its build put in a `<meta>` tag (`npm run docs`:
 * no network, inline script and styles) plus `frame-ancestors 'none'`, which only a header can carry (no page may
 * frame the docs: clickjacking). A page without such a tag gets `frame-ancestors 'none'` alone.
 */
export function docsContentSecurityPolicy(html: string): string {
  const built = CSP_META.exec(html)?.[1];
  return built ? `${built}; frame-ancestors 'none'` : "frame-ancestors 'none'";
}
