import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocsIfStale } from './docs-builder.js';
import { docsOutputPath, specPath } from './index.js';
import { isObject, listOperations, loadSpec } from './spec-document.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const SCREENSHOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results', 'docs.png');

const available = existsSync(CHROMIUM);
// Without Chromium the test is skipped locally, but must fail in CI (which installs it).
const skip = !available && !process.env.CI;
if (skip) {
  console.warn(
    `docs.browser.test: SKIPPED — no Chromium at ${CHROMIUM} (install Debian's chromium or set CHROMIUM_PATH)`,
  );
}

/** Wait until the main column shows a section heading with exactly this text. */
async function waitForHeading(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      [...document.querySelectorAll('main h1, main h2')].some((h) => h.textContent?.trim() === wanted),
    text,
  );
}

/**
 * A screenshot once the page has painted: the heading can be in the DOM a frame before Chromium paints it (seen on
 * a loaded CI machine: an all-white image). Waits for two animation frames, then retries a few times while the image
 * is still blank (a blank 1280×800 PNG is under 10 kB; the rendered page is well above).
 */
async function screenshotWhenPainted(page: Page): Promise<Buffer> {
  let shot: Buffer = Buffer.alloc(0);
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.evaluate(
      () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    shot = await page.screenshot();
    if (shot.length > 10_000) break;
    await page.waitForTimeout(250);
  }
  return shot;
}

describe.skipIf(skip)('rendered API reference (Redoc, headless Chromium)', () => {
  const doc = loadSpec();
  const tags = (doc.tags as unknown[]).filter(isObject).map((tag) => String(tag.name));
  const operations = listOperations(doc).map(({ operation }) => ({
    tag: String((operation.tags as unknown[])[0]),
    summary: String(operation.summary),
  }));
  const summaries = operations.map(({ summary }) => summary);
  const summariesByTag = new Map(
    tags.map((tag) => [tag, summaries.filter((_, i) => operations[i]?.tag === tag)]),
  );
  /** Summaries shown in the sidebar, and operation pages whose heading rendered, in visiting order. */
  const listed: string[] = [];
  const headings: string[] = [];
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  let profile = '';
  let screenshot: Buffer = Buffer.alloc(0);
  let context: BrowserContext | undefined;

  beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is required in CI; none at ${CHROMIUM}`).toBe(true);
    const { output: html } = await buildDocsIfStale({ specPath: specPath(), outputPath: docsOutputPath() });
    profile = mkdtempSync(join(tmpdir(), 'org-api-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
    });
    context.on('request', (request) => requests.push(request.url()));
    // Belt and braces: should anything try the network anyway, it is recorded above and never sent.
    await context.route(/^(https?|wss?|ftp):/, (route) => route.abort());
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.setDefaultTimeout(15_000);
    await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
    const menu = page.locator('[data-component-name="Menu/MenuItem"]');
    for (const tag of tags) {
      // Clicking a tag opens its page and expands its operations in the sidebar.
      await menu.getByText(tag, { exact: true }).click();
      await waitForHeading(page, tag);
      // biome-ignore lint/performance/useDomNodeTextContent: rendered text on purpose (textContent includes the inline spec JSON)
      const visible = await page.locator('body').innerText();
      for (const summary of summariesByTag.get(tag) ?? []) {
        if (!visible.includes(summary)) continue;
        listed.push(summary);
        await menu.getByText(summary, { exact: true }).click();
        await waitForHeading(page, summary);
        headings.push(summary);
      }
    }
    // Screenshot a representative operation page: parameters, body, scope and the response panel.
    await menu.getByText('Members', { exact: true }).click();
    await menu.getByText("Update a member's level", { exact: true }).click();
    await waitForHeading(page, "Update a member's level");
    screenshot = await screenshotWhenPainted(page);
    // Written atomically: another test run (turbo, a second terminal) may be writing the same file.
    mkdirSync(dirname(SCREENSHOT), { recursive: true });
    const partial = `${SCREENSHOT}.${process.pid}.tmp`;
    writeFileSync(partial, screenshot);
    renameSync(partial, SCREENSHOT);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('lists all 21 operation summaries in the sidebar', () => {
    expect(summaries).toHaveLength(21);
    expect(listed).toEqual(summaries);
  });

  it('renders the page of every operation with its summary as heading', () => {
    expect(headings).toEqual(summaries);
  });

  it('loads nothing from the network (only file: and data: URLs)', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(file|data):/.test(url))).toEqual([]);
  });

  it('runs without page errors or console errors (e.g. CSP violations)', () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('saves a screenshot', () => {
    expect(screenshot.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(screenshot.length).toBeGreaterThan(10_000);
    expect(existsSync(SCREENSHOT)).toBe(true);
  });
});
