import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, listSpecs } from './corpus-harness.js';

/** The `## Files` table of specs/SOURCES.md: spec path → recorded SHA-256. */
function recordedSources(): Map<string, string> {
  const text = readFileSync(path.join(CORPUS_DIR, 'SOURCES.md'), 'utf8');
  const files = text.slice(text.indexOf('\n## Files\n'));
  const rows = [...files.matchAll(/^\| `([^`]+)` \| [^|]+ \| `([0-9a-f]{64})` \|$/gm)];
  return new Map(rows.map(([, spec, sha]) => [spec as string, sha as string]));
}

describe('the vendored corpus (test/corpus/specs)', () => {
  it('lists every spec in SOURCES.md with its origin, and nothing else', async () => {
    const specs = await listSpecs();
    expect([...recordedSources().keys()].sort()).toEqual(specs);
  });

  it('holds every spec unchanged: its SHA-256 is the one recorded in SOURCES.md', async () => {
    const changed = [...recordedSources()]
      .filter(
        ([spec, sha]) =>
          createHash('sha256')
            .update(readFileSync(path.join(CORPUS_DIR, spec)))
            .digest('hex') !== sha,
      )
      .map(([spec]) => spec);
    expect(changed).toEqual([]);
  });
});
