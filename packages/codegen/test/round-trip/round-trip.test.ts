import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildGeneratedApp, removeGenerated } from './generated-app.js';
import { NORMALISATION_RULES, normalisePair, roundTripDifferences } from './normalize-document.js';

/**
 * Round trip: source spec → generated routes → the OpenAPI document those routes publish
 * (`app.getOpenAPI31Document`) → compared with the source, operation by operation and schema by schema.
 * Both are normalised first; the rules and their reasons are NORMALISATION_RULES in ./normalize-document.ts:
 *   R1 parameter/response/requestBody/header/example component refs inlined; R2 request forms merged back (or,
 *   a component only requests use, published in its request form);
 *   R3 allOf-wrapped $ref siblings; R4 const ≡ one-value enum, type next to enum dropped; R5 default
 *   additionalProperties/empty properties dropped; R6 required sorted; R7 patterns as RegExp.source;
 *   R8 parameters keyed by in+name, required: false dropped; R9 empty sections dropped; R10 path-item parameters
 *   pushed down; R11 a `false` property schema ≡ `not: {}`; R12 hoisted components put back in place.
 */
const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const specs: [name: string, path: string][] = [
  ['organizations', join(packageDir, '../../openapi/organizations.yaml')],
  ['pets', join(packageDir, 'test/server/fixture/pets.yaml')],
];

afterAll(() => {
  for (const [name] of specs) removeGenerated(name);
});

describe.each(specs)('round trip: %s', (name, path) => {
  it('the source spec exists', () => {
    expect(existsSync(path)).toBe(true);
  });

  it('normalised source and emitted documents have 0 differences', async () => {
    const source = parse(readFileSync(path, 'utf8'));
    const { emitted, requestForms } = await buildGeneratedApp(source, name);
    const differences = roundTripDifferences(source, emitted, requestForms);
    expect(differences, `rules applied:\n${NORMALISATION_RULES.join('\n')}`).toEqual([]);
  });

  it('the comparison detects a changed constraint (negative control)', async () => {
    const source = parse(readFileSync(path, 'utf8'));
    const { emitted, requestForms } = await buildGeneratedApp(source, name);
    const changed = structuredClone(source);
    const [schemaName, schema] = Object.entries(
      changed.components.schemas as Record<string, { properties?: object }>,
    ).find(([, s]) => s.properties !== undefined) as [
      string,
      { properties: Record<string, Record<string, unknown>> },
    ];
    const [propertyName, property] = Object.entries(schema.properties)[0] as [
      string,
      Record<string, unknown>,
    ];
    property.description = 'changed by the negative control';
    const differences = roundTripDifferences(changed, emitted, requestForms);
    expect(differences).toHaveLength(1);
    expect(differences[0]).toContain(
      `/components/schemas/${schemaName}/properties/${propertyName}/description`,
    );
  });
});

describe('round trip: second opinion', () => {
  it('`redocly diff --fail-on patch` (exists in @redocly/cli 2.77.0, experimental) finds no change between the normalised documents', async () => {
    const [, path] = specs[0] as [string, string];
    const source = parse(readFileSync(path, 'utf8'));
    const { emitted, requestForms } = await buildGeneratedApp(source, 'organizations');
    const dir = mkdtempSync(join(tmpdir(), 'codegen-round-trip-'));
    try {
      const pair = normalisePair(source, emitted, requestForms);
      writeFileSync(join(dir, 'source.json'), JSON.stringify(pair.source));
      writeFileSync(join(dir, 'emitted.json'), JSON.stringify(pair.emitted));
      const redocly = join(packageDir, '../../node_modules/.bin/redocly');
      const result = spawnSync(
        redocly,
        [
          'diff',
          join(dir, 'source.json'),
          join(dir, 'emitted.json'),
          '--fail-on',
          'patch',
          '--lint-config',
          'off',
        ],
        { encoding: 'utf8', timeout: 60_000 },
      );
      expect(result.stdout + result.stderr).toContain('0 major, 0 minor, 0 patch');
      expect(result.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
