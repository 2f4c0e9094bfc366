import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DOCS_PATH, DEFAULT_SPEC_PATH, findPackageRoot } from './static-routes.js';

const SERVER_DIR = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const REPO_DIR = join(SERVER_DIR, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'static-routes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('default paths of /openapi.yaml and /docs', () => {
  it('resolve from the server package, found from src/http/ (tsx) and from build/ (the bundle) alike', () => {
    expect(findPackageRoot(import.meta.url)).toBe(SERVER_DIR);
    expect(findPackageRoot(pathToFileURL(join(SERVER_DIR, 'build', 'main.mjs')))).toBe(SERVER_DIR);
    expect(DEFAULT_SPEC_PATH).toBe(join(REPO_DIR, 'openapi', 'organizations.yaml'));
    expect(existsSync(DEFAULT_SPEC_PATH)).toBe(true);
    expect(DEFAULT_DOCS_PATH).toBe(join(REPO_DIR, 'packages', 'spec', 'docs-dist', 'index.html'));
  });

  it('take the nearest package.json above the file', () => {
    mkdirSync(join(dir, 'pkg', 'deep', 'er'), { recursive: true });
    writeFileSync(join(dir, 'pkg', 'package.json'), '{}\n');
    expect(findPackageRoot(pathToFileURL(join(dir, 'pkg', 'deep', 'er', 'bundle.mjs')))).toBe(
      join(dir, 'pkg'),
    );
    expect(findPackageRoot(pathToFileURL(join(dir, 'pkg', 'bundle.mjs')).href)).toBe(join(dir, 'pkg'));
  });
});
