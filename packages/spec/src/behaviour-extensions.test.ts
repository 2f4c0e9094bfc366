import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { redoclyConfigPath } from './docs-builder.js';
import { specPath } from './index.js';
import { isObject, loadSpec, resolveRef } from './spec-document.js';

// Behaviour rules JSON Schema cannot express are stated as `x-` extensions (read by the contract runner). A reader
// must see each one: explained in info.description, named in the description of the object that carries it, and
// shown by Redoc (openapi.showExtensions in the Redocly configuration beside the spec).

const doc = loadSpec();
/** Extensions of the generator's own bookkeeping, not behaviour rules. */
const NOT_RULES = new Set(['x-org-api-optional-in-request']);

/** Every `x-` key in the document with the object that carries it and where. */
function extensionSites(
  node: unknown,
  pointer = '',
): Array<{ key: string; owner: Record<string, unknown>; pointer: string }> {
  if (Array.isArray(node)) return node.flatMap((item, i) => extensionSites(item, `${pointer}/${i}`));
  if (!isObject(node)) return [];
  return Object.entries(node).flatMap(([key, value]) => [
    ...(key.startsWith('x-') && !NOT_RULES.has(key) ? [{ key, owner: node, pointer }] : []),
    ...(key.startsWith('x-') ? [] : extensionSites(value, `${pointer}/${key}`)),
  ]);
}

const sites = extensionSites(doc);
const keys = [...new Set(sites.map((s) => s.key))].sort();

describe('behaviour rules stated as x- extensions', () => {
  it('are the documented set', () => {
    expect(keys).toEqual([
      'x-all-or-nothing',
      'x-default-order',
      'x-level-rules',
      'x-ordering',
      'x-scope-rules',
      'x-search',
      'x-tenant',
      'x-trailing-slash-redirect',
      'x-unique',
    ]);
  });

  it('are each explained in info.description', () => {
    const description = String((doc.info as { description?: unknown }).description);
    expect(keys.filter((key) => !description.includes(`\`${key}\``))).toEqual([]);
  });

  it('are named in the description of every object that carries one (info names its own)', () => {
    const unnamed = sites
      .filter((s) => !String(s.owner.description ?? '').includes(s.key))
      .map((s) => `${s.pointer} ${s.key}`);
    expect(unnamed).toEqual([]);
  });

  it('are shown by Redoc (showExtensions of the Redocly configuration), except the info-level one', () => {
    const config = parse(readFileSync(redoclyConfigPath(specPath()), 'utf8')) as {
      openapi?: { showExtensions?: string[] };
    };
    expect([...(config.openapi?.showExtensions ?? [])].sort()).toEqual(
      keys.filter((key) => key !== 'x-trailing-slash-redirect'),
    );
  });

  it('name only fields that exist: x-search fields and x-unique fields are properties of the items', () => {
    const missing: string[] = [];
    for (const site of sites.filter((s) => s.key === 'x-unique')) {
      const body = (site.owner.requestBody as { content: Record<string, { schema: unknown }> }).content[
        'application/json'
      ]?.schema;
      const schema = resolveRef(doc, body, site.pointer).node as { properties?: Record<string, unknown> };
      for (const field of (site.owner['x-unique'] as { fields: string[] }).fields)
        if (!schema.properties?.[field]) missing.push(`${site.pointer}: ${field}`);
    }
    expect(missing).toEqual([]);
    expect(sites.filter((s) => s.key === 'x-search').map((s) => s.owner['x-search'])).toEqual([
      {
        fields: ['user.first_name', 'user.last_name', 'user.email'],
        match: 'contains-ignoring-case',
        fallback: 'similar',
      },
      { fields: ['name'], match: 'contains-ignoring-case' },
    ]);
  });
});
