import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitClientFiles } from '../../src/client/emit-client.js';
import type { OpenApiDocument } from '../../src/document/openapi-document.js';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { CORPUS_DIR } from './corpus-harness.js';

/**
 * Whole-spec snapshots of two real corpus specs of different shapes (placekit: small, nullable unions and arrays;
 * listennotes: many parameters, enums and nested objects): a change to any transform shows here as a reviewable
 * diff of real output. Refresh deliberately with `npx vitest run test/corpus/corpus-snapshots.test.ts -u`.
 */
describe.each(['placekit.co/1.0.0.json', 'listennotes.com/2.0.json'])('corpus snapshot: %s', (spec) => {
  const doc = JSON.parse(readFileSync(path.join(CORPUS_DIR, spec), 'utf8')) as OpenApiDocument;
  const name = spec.split('/')[0];

  it('server files', async () => {
    for (const file of emitServerFiles(doc)) {
      await expect(file.contents).toMatchFileSnapshot(`./__snapshots__/${name}/server/${file.path}.snap`);
    }
  });

  it('client types', async () => {
    for (const file of await emitClientFiles(doc)) {
      await expect(file.contents).toMatchFileSnapshot(`./__snapshots__/${name}/client/${file.path}.snap`);
    }
  });
});
