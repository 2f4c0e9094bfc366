import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { emitServerFiles } from '../../src/server/emit-server.js';

const fixture = (path: string) => fileURLToPath(new URL(`./fixture/${path}`, import.meta.url));

/**
 * The fixture's generated files are committed (the behaviour and type-level tests import them) and reviewed as the
 * exact expected output for the pets document: every route construct, the request/response split, recursion via a
 * getter, coercions, deepObject, form bodies, response headers and the operations table.
 * To accept an intended change: `npx tsx test/server/fixture/regenerate.ts`.
 */
describe('pets fixture: exact generated files', () => {
  const files = emitServerFiles(parse(readFileSync(fixture('pets.yaml'), 'utf8')));

  it('emits exactly the four files, in a stable order', () => {
    expect(files.map((f) => f.path)).toEqual([
      'schemas.gen.ts',
      'routes.gen.ts',
      'operations.gen.ts',
      'handlers.gen.ts',
    ]);
  });

  it.each(['schemas.gen.ts', 'routes.gen.ts', 'operations.gen.ts', 'handlers.gen.ts'])(
    '%s matches the committed file',
    (path) => {
      const emitted = files.find((f) => f.path === path)?.contents;
      expect(emitted).toBe(readFileSync(fixture(`src/generated/${path}`), 'utf8'));
    },
  );

  it('is deterministic', () => {
    const again = emitServerFiles(parse(readFileSync(fixture('pets.yaml'), 'utf8')));
    expect(again).toEqual(files);
  });

  it('operations table: method, path, scopes (inherited security → none), success status', () => {
    expect(files.find((f) => f.path === 'operations.gen.ts')?.contents).toBe(
      [
        '/** Every operation: HTTP method, OpenAPI path, required scopes, success status. */',
        'export const operations = {',
        "  pets_list: { method: 'get', path: '/owners/{owner_id}/pets/', scopes: ['pet:read'], successStatus: 200 },",
        "  pets_create: { method: 'post', path: '/owners/{owner_id}/pets/', scopes: ['pet:write'], successStatus: 201 },",
        "  pets_partial_update: { method: 'patch', path: '/owners/{owner_id}/pets/{id}/', scopes: ['pet:write'], successStatus: 200 },",
        "  pets_destroy: { method: 'delete', path: '/owners/{owner_id}/pets/{id}/', scopes: ['pet:write'], successStatus: 204 },",
        "  pets_photo_retrieve: { method: 'get', path: '/owners/{owner_id}/pets/{id}/photo/', scopes: [], successStatus: 302 },",
        '} as const;',
        '',
        '/** An operationId of the document. */',
        'export type OperationId = keyof typeof operations;',
        '',
      ].join('\n'),
    );
  });
});
