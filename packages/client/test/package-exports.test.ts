import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from './support/serve-app.js';
import { TEST_KEY } from './support/test-key.js';
import { createToyApp } from './support/toy-app.js';

// Builds the package (tsc -p tsconfig.build.json → dist/), packs it with npm as it would be published, installs
// the tarball into a temporary project and uses it from there: plain Node ESM import and a strict tsc consumer.
const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(packageDir, '..', '..');
const tscBin = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
let project: string;
let installed: string;

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function sourceModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(entry.name))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replace(/\.ts$/, ''));
}

beforeAll(() => {
  rmSync(join(packageDir, 'dist'), { recursive: true, force: true });
  run(process.execPath, [tscBin, '-p', 'tsconfig.build.json'], packageDir);
  project = mkdtempSync(join(tmpdir(), 'client-exports-'));
  const [packed] = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', project], packageDir),
  );
  installed = join(project, 'node_modules', '@org-api', 'client');
  mkdirSync(installed, { recursive: true });
  run('tar', ['xzf', join(project, packed.filename), '--strip-components=1', '-C', installed], project);
  symlinkSync(
    join(repoRoot, 'node_modules', 'openapi-fetch'),
    join(project, 'node_modules', 'openapi-fetch'),
  );
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', type: 'module', private: true }),
  );
}, 120_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the published package', () => {
  it('holds the built modules with their declarations, the README and nothing else', () => {
    const files = readdirSync(installed, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(installed, join(entry.parentPath, entry.name)))
      .sort();
    const built = sourceModules(join(packageDir, 'src')).flatMap((m) => [`dist/${m}.d.ts`, `dist/${m}.js`]);
    expect(files).toEqual([...built, 'README.md', 'package.json'].sort());
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/generated/openapi.gen.d.ts');
  });

  it('has no Node-only imports or globals in its modules (it runs in browsers)', () => {
    const offenders = readdirSync(join(installed, 'dist'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
      .filter((entry) => {
        const code = readFileSync(join(entry.parentPath, entry.name), 'utf8').replace(
          /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
          '',
        );
        return /from ['"]node:|require\(|\bprocess\.|\bBuffer\b|__dirname/.test(code);
      })
      .map((entry) => entry.name);
    expect(offenders).toEqual([]);
  });

  it('imports by name from plain Node ESM and works', () => {
    const script = `
      import * as client from '@org-api/client';
      const api = client.createOrganizationsClient({
        baseUrl: 'http://api.test',
        apiKey: 'phx_Q7fKx2mNp9RtVw3YzB8cDhJkL4sGnE6aU',
        fetch: async (request) => Response.json({ github_login: request.headers.get('authorization').slice(0, 11) }),
      });
      const data = await client.unwrap(api.GET('/api/organizations/{organization_id}/members/{user__uuid}/github_login/', {
        params: { path: { organization_id: '@current', user__uuid: '@me' } },
      }));
      console.log(JSON.stringify({ exports: Object.keys(client).sort(), data }));
    `;
    const output = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], project));
    expect(output).toEqual({
      exports: [
        'ApiError',
        'ApiTimeoutError',
        'PaginationError',
        'collectAll',
        'createApiClient',
        'createOrganizationsClient',
        'isUpstreamErrorBody',
        'maskApiKey',
        'paginate',
        'unwrap',
      ],
      data: { github_login: 'Bearer phx_' },
    });
  });

  it('gives a strict TypeScript consumer (NodeNext, no Node types) real types', () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `import { ApiError, createOrganizationsClient, type Schema, unwrap } from '@org-api/client';
       const client = createOrganizationsClient({ baseUrl: 'http://api.test', apiKey: 'phx_key' });
       export async function levels(organization_id: string): Promise<(1 | 8 | 15 | undefined)[]> {
         const page = await unwrap(client.GET('/api/organizations/{organization_id}/members/', { params: { path: { organization_id } } }));
         const members: Schema<'OrganizationMember'>[] = page.results;
         return members.map((m) => m.level);
       }
       export const isForbidden = (e: unknown) => e instanceof ApiError && e.status === 403;
       // @ts-expect-error not a path of the spec (proves the types are not any)
       client.GET('/api/organizations/{organization_id}/members');
      `,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          target: 'ES2023',
          lib: ['ES2023', 'DOM'],
          types: [],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
        },
        files: ['consumer.ts'],
      }),
    );
    expect(run(process.execPath, [tscBin, '-p', 'tsconfig.json'], project)).toBe('');
  });
});

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Without Chromium this part is skipped locally, but must fail in CI (which installs it).
const noBrowser = !existsSync(CHROMIUM) && !process.env.CI;
if (noBrowser) console.warn(`package-exports.test: browser part SKIPPED — no Chromium at ${CHROMIUM}`);

/** A page that loads the packed package through an import map and uses it against the toy API. */
const PAGE = `<!doctype html>
<script type="importmap">{ "imports": { "@org-api/client": "/pkg/index.js", "openapi-fetch": "/openapi-fetch.js" } }</script>
<script type="module">
  import { ApiError, collectAll, createOrganizationsClient, unwrap } from '@org-api/client';
  const client = createOrganizationsClient({ baseUrl: location.origin, apiKey: '${TEST_KEY}', timeoutMs: 5000 });
  const params = { path: { organization_id: 'org-1' } };
  const members = await collectAll(client, '/api/organizations/{organization_id}/members/', { params, pageSize: 3 });
  const error = await unwrap(client.DELETE('/api/organizations/{organization_id}/legal_documents/{id}/', {
    params: { path: { organization_id: 'org-1', id: 'x' } },
  })).catch((e) => [e instanceof ApiError, e.status]);
  window.result = { ids: members.map((m) => m.id), error };
</script>`;

describe.skipIf(noBrowser)('the published package in a browser (headless Chromium)', () => {
  it('loads through an import map and calls the API with auth and pagination', async () => {
    expect(existsSync(CHROMIUM), `Chromium is required in CI; none at ${CHROMIUM}`).toBe(true);
    const toy = createToyApp({ members: 7 });
    const site = new Hono();
    const script = (file: string) =>
      new Response(readFileSync(file), { headers: { 'Content-Type': 'text/javascript' } });
    site.get('/', (c) => c.html(PAGE));
    site.get('/openapi-fetch.js', () =>
      script(join(repoRoot, 'node_modules', 'openapi-fetch', 'dist', 'index.mjs')),
    );
    site.get('/pkg/*', (c) => script(join(installed, 'dist', c.req.path.slice('/pkg/'.length))));
    site.route('/', toy.app);
    const served = await serveApp(site.fetch);
    const profile = mkdtempSync(join(tmpdir(), 'client-chromium-'));
    const browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
    try {
      const page = await browser.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(served.url);
      await page.waitForFunction(() => 'result' in window, undefined, { timeout: 20_000 });
      expect(await page.evaluate(() => (window as unknown as { result: unknown }).result)).toEqual({
        ids: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'],
        error: [true, 404],
      });
      expect(pageErrors).toEqual([]);
      const api = toy.seen.filter((r) => r.url.includes('/api/'));
      expect(api.map((r) => [r.method, new URL(r.url).search, r.authorization])).toEqual([
        ['GET', '?limit=3', `Bearer ${TEST_KEY}`],
        ['GET', '?limit=3&offset=3', `Bearer ${TEST_KEY}`],
        ['GET', '?limit=3&offset=6', `Bearer ${TEST_KEY}`],
        ['DELETE', '', `Bearer ${TEST_KEY}`],
      ]);
    } finally {
      await browser.close();
      await served.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }, 60_000);
});
