import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emitClientFiles } from '../../src/client/emit-client.js';
import { CodegenError } from '../../src/codegen-error.js';
import { loadDocument } from '../../src/document/load-document.js';
import type { OpenApiDocument } from '../../src/document/openapi-document.js';

const fixture = fileURLToPath(new URL('./fixtures/invites.yaml', import.meta.url));

/** The member block of one component schema in the emitted source, e.g. `OrganizationInvite: { … };`. */
function schemaBlock(contents: string, name: string): string {
  const start = contents.indexOf(`\n    ${name}: {\n`);
  if (start < 0) throw new Error(`no schema ${name} in the output`);
  const end = contents.indexOf('\n    };\n', start);
  return contents.slice(start + 1, end + 8);
}

describe('emitClientFiles', () => {
  it('emits one openapi.gen.ts, formatted with 2-space indentation, matching the snapshot', async () => {
    const { document } = await loadDocument(fixture);
    const files = await emitClientFiles(document);
    expect(files.map((file) => file.path)).toEqual(['openapi.gen.ts']);
    const contents = files[0]?.contents ?? '';
    expect(contents).toMatch(/^export type \$Read<T> = \{\n {2}readonly \$read: T;\n\};\n/);
    expect(contents.endsWith('}\n')).toBe(true);
    await expect(contents).toMatchFileSnapshot('./__snapshots__/invites.gen.ts');
  });

  it('keeps a defaulted property required in the response form and optional in the request form', async () => {
    const { document } = await loadDocument(fixture);
    const contents = (await emitClientFiles(document))[0]?.contents ?? '';
    expect(schemaBlock(contents, 'OrganizationInvite')).toContain(
      '      level: components["schemas"]["OrganizationMembershipLevelEnum"];\n',
    );
    expect(schemaBlock(contents, 'OrganizationInvite')).toContain('      send_email: $Write<boolean>;\n');
    expect(schemaBlock(contents, 'OrganizationInviteRequest')).toContain(
      '      level?: components["schemas"]["OrganizationMembershipLevelEnum"];\n',
    );
    expect(schemaBlock(contents, 'OrganizationInviteRequest')).toContain(
      '      send_email?: $Write<boolean>;\n',
    );
    expect(schemaBlock(contents, 'OrganizationInviteRequest')).toContain('      id: $Read<string>;\n');
  });

  it('points request bodies at request forms and marks request-only components in place', async () => {
    const { document } = await loadDocument(fixture);
    const contents = (await emitClientFiles(document))[0]?.contents ?? '';
    expect(contents).toContain('"application/json": components["schemas"]["OrganizationInviteRequest"];');
    expect(contents).not.toContain('PatchedOrganizationMemberRequest');
    expect(schemaBlock(contents, 'PatchedOrganizationMember')).toContain(
      '      level?: components["schemas"]["OrganizationMembershipLevelEnum"];\n',
    );
    // OrganizationMember is only a response: its defaulted level stays required.
    expect(schemaBlock(contents, 'OrganizationMember')).toContain(
      '      level: components["schemas"]["OrganizationMembershipLevelEnum"];\n',
    );
  });

  it.each([
    ['an object without properties', { type: 'object' }, 'Record<string, unknown>'],
    ['a nullable object without properties', { type: ['object', 'null'] }, 'Record<string, unknown> | null'],
    ['an array of such objects', { type: 'array', items: { type: 'object' } }, 'Record<string, unknown>[]'],
    [
      'an object with additionalProperties: false',
      { type: 'object', additionalProperties: false },
      'Record<string, never>',
    ],
    [
      'an object with properties',
      { type: 'object', properties: { a: { type: 'string' } } },
      '{\n        a?: string;\n      }',
    ],
  ])('emits %s as the expected type', async (_label, schema, expected) => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'free-form', version: '1' },
      paths: {},
      components: { schemas: { Holder: { type: 'object', properties: { value: schema } } } },
    } as unknown as OpenApiDocument;
    const contents = (await emitClientFiles(document))[0]?.contents ?? '';
    expect(schemaBlock(contents, 'Holder')).toBe(`    Holder: {\n      value?: ${expected};\n    };\n`);
  });

  it('does not modify the document it is given', async () => {
    const { document } = await loadDocument(fixture);
    const before = structuredClone(document);
    await emitClientFiles(document);
    expect(document).toEqual(before);
  });

  it('reports a document openapi-typescript rejects as a CodegenError', async () => {
    const document = {
      openapi: '3.1.0',
      info: { title: 'bad', version: '1' },
      paths: {},
      components: { schemas: { Broken: { type: 'object', properties: { items: [1, 2] } } } },
    } as unknown as OpenApiDocument;
    const error = await emitClientFiles(document).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CodegenError);
    expect((error as CodegenError).message).toBe(
      'openapi-typescript cannot emit client types: #/components/schemas/Broken: invalid property items. Expected Schema Object or boolean, got Array',
    );
    expect((error as CodegenError).pointer).toBe('/components/schemas/Broken');
  });
});
