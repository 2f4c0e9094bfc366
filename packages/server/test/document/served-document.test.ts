import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
// The round trip's normalisation (its rules are listed and justified there): the served document is held to it.
import {
  NORMALISATION_RULES,
  roundTripDifferences,
} from '../../../codegen/test/round-trip/normalize-document.js';
import { requestForms } from '../../src/generated/schemas.gen.js';
import { createApp } from '../../src/http/app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

/*
 * The document the REAL app serves at GET /api/schema/ (every route as the server registers it, not a plain
 * OpenAPIHono of the generated routes): equal to openapi/organizations.yaml after the round trip's normalisation, and
 * clean under `redocly lint` with the spec's own lint configuration.
 */

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SPEC_PATH = join(REPO_ROOT, 'openapi', 'organizations.yaml');
const LINT_CONFIG = join(REPO_ROOT, 'openapi', 'redocly.yaml');
const REDOCLY = join(REPO_ROOT, 'node_modules', '.bin', 'redocly');

const dir = mkdtempSync(join(tmpdir(), 'served-document-'));
let store: Store;
let served: Record<string, unknown>;

beforeAll(async () => {
  store = await openStore(`sqlite:${join(dir, 'api.db')}`);
  await store.migrate();
  const app = createApp({ store, clock: { now: () => new Date() }, mailer: null, config: {} });
  const res = await app.request('http://api.test/api/schema/');
  expect(res.status).toBe(200);
  served = (await res.json()) as Record<string, unknown>;
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('GET /api/schema/ of the real app', () => {
  it('equals the source spec after the round-trip normalisation (0 differences)', () => {
    const source = parse(readFileSync(SPEC_PATH, 'utf8'));
    const differences = roundTripDifferences(source, served, requestForms);
    expect(differences, `rules applied:\n${NORMALISATION_RULES.join('\n')}`).toEqual([]);
  });

  it('publishes each operation once, as declared (no registration detail leaks into it)', () => {
    const text = JSON.stringify(served);
    expect(text).not.toContain('"hide"');
    expect(text).not.toContain('"middleware"');
    const paths = served.paths as Record<string, Record<string, { requestBody?: { required?: boolean } }>>;
    const invites = paths['/api/organizations/{organization_id}/invites/'];
    expect(invites?.post?.requestBody?.required).toBe(true);
  });

  it('is clean under `redocly lint` with openapi/redocly.yaml: 0 problems (no unused component either)', async () => {
    const file = join(dir, 'served.json');
    writeFileSync(file, JSON.stringify(served));
    const run = promisify(execFile);
    const result = await run(REDOCLY, ['lint', file, '--config', LINT_CONFIG, '--format=json'], {
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    }).catch((error: { stdout: string }) => error);
    const problems = (JSON.parse(result.stdout) as { problems: { ruleId: string; message: string }[] })
      .problems;
    expect(problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
  }, 120_000);

  it('publishes a component only requests use once, under its own name, and refers to it there', () => {
    const schemas = (served.components as { schemas: Record<string, unknown> }).schemas;
    const patch = (served.paths as Record<string, Record<string, unknown>>)[
      '/api/organizations/{organization_id}/members/{user__uuid}/'
    ]?.patch as { requestBody: { content: Record<string, { schema: unknown }> } };
    expect(Object.keys(schemas).filter((name) => name.startsWith('PatchedOrganizationMember'))).toEqual([
      'PatchedOrganizationMember',
    ]);
    expect(patch.requestBody.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/PatchedOrganizationMember',
    });
  });
});
