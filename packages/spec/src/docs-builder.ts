import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Content-Security-Policy injected into the page: everything the page needs is inline, so the browser may not
 * fetch anything (Redoc would otherwise load its logo from a CDN after hydration).
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  'worker-src blob:',
].join('; ');

/** Options of {@link buildDocs}. */
export interface BuildDocsOptions {
  /** The OpenAPI document to render. */
  specPath: string;
  /** Where to write the HTML file (its directory is created). */
  outputPath: string;
  /** Progress messages; defaults to no output. */
  log?: (message: string) => void;
}

/**
 * Render the OpenAPI document as ONE self-contained HTML file with Redoc (`redocly build-docs --inlineBundle`),
 * add a Content-Security-Policy that forbids every network fetch, and write it atomically.
 *
 * @returns the output path
 * @example
 * await buildDocs({ specPath: specPath(), outputPath: docsOutputPath(), log: console.log });
 */
export async function buildDocs({ specPath, outputPath, log = () => {} }: BuildDocsOptions): Promise<string> {
  const cli = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  const workDir = await mkdtemp(join(tmpdir(), 'org-api-docs-'));
  try {
    const rendered = join(workDir, 'redoc.html');
    log(`Rendering ${specPath} with Redoc (inline bundle)…`);
    // Redoc's options (which `x-` extensions to show) live in the Redocly configuration beside the spec.
    const config = redoclyConfigPath(specPath);
    const configArgs = existsSync(config) ? ['--config', config] : [];
    await run(
      process.execPath,
      [cli, 'build-docs', specPath, ...configArgs, '--inlineBundle', '--output', rendered],
      {
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const html = injectCsp(inlineRemoteLogos(await readFile(rendered, 'utf8')));
    await mkdir(dirname(outputPath), { recursive: true });
    const partial = `${outputPath}.${process.pid}.tmp`;
    await writeFile(partial, html);
    await rename(partial, outputPath);
    const { size } = await stat(outputPath);
    log(`Wrote ${outputPath} (${Math.ceil(size / 1024)} KiB)`);
    return outputPath;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** The Redocly configuration beside a spec (`openapi/redocly.yaml`): lint rules and Redoc's options. */
export function redoclyConfigPath(specPath: string): string {
  return join(dirname(specPath), 'redocly.yaml');
}

/**
 * Redoc 3 renders its "API docs by Redocly" attribution as an <img> loaded from cdn.redoc.ly after hydration.
 * Point it at an inline SVG instead so the page never tries the network (the CSP would block it, noisily).
 */
const REMOTE_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const INLINE_LOGO = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="56" height="14"><text x="0" y="11" font-family="sans-serif" font-size="11">Redocly</text></svg>',
)}`;

function inlineRemoteLogos(html: string): string {
  return html.replace(REMOTE_LOGO, INLINE_LOGO);
}

/** Put the CSP meta tag first in `<head>`, before anything that could load. */
function injectCsp(html: string): string {
  const head = html.indexOf('<head>');
  if (head === -1) throw new Error('Redoc output has no <head>: cannot add the Content-Security-Policy');
  const at = head + '<head>'.length;
  return `${html.slice(0, at)}\n  <meta http-equiv="Content-Security-Policy" content="${DOCS_CSP}">${html.slice(at)}`;
}

/**
 * {@link buildDocs} unless the output is newer than the spec, its Redocly configuration and this builder (what `npm start` and the browser
 * test need: a fresh page, without paying for a render when nothing changed).
 *
 * @returns the output path and whether it was rebuilt
 */
export async function buildDocsIfStale(
  options: BuildDocsOptions,
): Promise<{ output: string; rebuilt: boolean }> {
  const inputs = [
    options.specPath,
    redoclyConfigPath(options.specPath),
    fileURLToPath(import.meta.url),
  ].filter((input) => existsSync(input));
  const built = await stat(options.outputPath).catch(() => undefined);
  if (built) {
    const inputTimes = await Promise.all(inputs.map(async (input) => (await stat(input)).mtimeMs));
    if (inputTimes.every((time) => time < built.mtimeMs))
      return { output: options.outputPath, rebuilt: false };
  }
  return { output: await buildDocs(options), rebuilt: true };
}
