import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from '@org-api/codegen';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { EXIT, exitCodeOf, runContract } from '../../../contract/src/index.js';

/*
 * The "Add an operation" walkthrough of CONTRIBUTING.md, for real: its blocks are applied in order to a copy of the
 * spec and of the server's sources (inside this package, so that dependencies resolve), the code is generated, the
 * app built from the copy is started in-process and the new operation is called, then judged by the contract runner.
 * Blocks are fenced as ```<lang> walkthrough=<spec|file|insert> path=<repo path> [before="<line>"|after="<line>"].
 */

const REPO = fileURLToPath(new URL('../../../../', import.meta.url));
const SERVER = join(REPO, 'packages', 'server');
const work = mkdtempSync(join(SERVER, '.tmp-walkthrough-'));
// Step 1-2 happen in `generated/`; steps 3-5 in a copy of it, `handled/`: modules once loaded stay loaded.
let copy = join(work, 'generated');
const at = (path: string) => join(copy, path);

interface Block {
  kind: 'spec' | 'file' | 'insert';
  path?: string;
  before?: string;
  after?: string;
  code: string;
}

/** The walkthrough's blocks, in document order. */
function walkthroughBlocks(markdown: string): Block[] {
  const fence = /^```\w+ walkthrough=(\w+)(.*)\n([\s\S]*?)^```$/gm;
  return [...markdown.matchAll(fence)].map(([, kind, attributes = '', code = '']) => {
    const attribute = (name: string) => new RegExp(`${name}=(?:"([^"]*)"|(\\S+))`).exec(attributes);
    const value = (name: string) => {
      const found = attribute(name);
      return found ? (found[1] ?? found[2]) : undefined;
    };
    return { kind, path: value('path'), before: value('before'), after: value('after'), code } as Block;
  });
}

/** Merges the spec block (`paths` and `components.schemas`) into the copy of the spec. */
function applySpec(block: Block): void {
  const file = at('openapi/organizations.yaml');
  const doc = parse(readFileSync(file, 'utf8'));
  const added = parse(block.code);
  Object.assign(doc.paths, added.paths);
  Object.assign(doc.components.schemas, added.components.schemas);
  writeFileSync(file, stringify(doc));
}

/** A new file, or lines inserted before/after the one line that equals the anchor. */
function applyCode(block: Block): void {
  const file = at(block.path ?? '');
  if (block.kind === 'file') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, block.code);
    return;
  }
  const lines = readFileSync(file, 'utf8').split('\n');
  const anchor = block.before ?? block.after;
  const index = lines.indexOf(anchor ?? '');
  expect(
    lines.filter((line) => line === anchor),
    `${block.path}: anchor "${anchor}"`,
  ).toHaveLength(1);
  const inserted = block.code.replace(/\n$/, '').split('\n');
  lines.splice(block.before !== undefined ? index : index + 1, 0, ...inserted);
  writeFileSync(file, lines.join('\n'));
}

// The copy's own modules, loaded after each step that changes them.
const load = async <T>(path: string): Promise<T> => import(pathToFileURL(at(path)).href);
const blocks = walkthroughBlocks(readFileSync(join(REPO, 'CONTRIBUTING.md'), 'utf8'));

beforeAll(() => {
  cpSync(join(REPO, 'openapi'), at('openapi'), { recursive: true });
  cpSync(join(SERVER, 'src'), at('packages/server/src'), {
    recursive: true,
    filter: (source) => !source.endsWith('.test.ts') && !source.includes('test-support'),
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('CONTRIBUTING.md: add an operation', () => {
  it('has the blocks of every step', () => {
    expect(blocks.map((block) => `${block.kind} ${block.path ?? 'openapi/organizations.yaml'}`)).toEqual([
      'spec openapi/organizations.yaml',
      'file packages/server/src/rules/member-count-rules.ts',
      'insert packages/server/src/store/resources/members-store.ts',
      'insert packages/server/src/store/resources/members-store.ts',
      'file packages/server/src/handlers/member-count-handlers.ts',
      'insert packages/server/src/handlers/index.ts',
      'insert packages/server/src/handlers/index.ts',
    ]);
  });

  it('steps 1-2: the spec and the generated code; the app then refuses to start, naming the operation', async () => {
    const [spec] = blocks;
    if (spec?.kind !== 'spec') throw new Error('the walkthrough starts with the spec');
    applySpec(spec);
    const result = await generate({
      specPath: at('openapi/organizations.yaml'),
      serverOutDir: at('packages/server/src/generated'),
      clientOutDir: at('client'),
      rootDir: copy,
    });
    expect(result.files.filter((file) => file.status === 'written').length).toBeGreaterThan(0);
    const { operations } = await load<{ operations: Record<string, { path: string; scopes: string[] }> }>(
      'packages/server/src/generated/operations.gen.ts',
    );
    expect(operations.members_count_retrieve).toMatchObject({
      path: '/api/organizations/{organization_id}/member_count/',
      scopes: ['organization_member:read'],
    });
    const { createApp } = await load<typeof import('../../src/http/app.js')>(
      'packages/server/src/http/app.ts',
    );
    const build = () =>
      createApp({ store: {} as never, clock: { now: () => new Date() }, mailer: null, config: {} });
    expect(build).toThrow('no handler for 1 operation(s): members_count_retrieve');
  });

  it('steps 3-6: rule, store, handler; the operation answers, and passes the contract checks', async () => {
    cpSync(copy, join(work, 'handled'), { recursive: true });
    copy = join(work, 'handled');
    for (const block of blocks.slice(1)) applyCode(block);
    const { createApp } = await load<typeof import('../../src/http/app.js')>(
      'packages/server/src/http/app.ts',
    );
    const { openStore } = await load<typeof import('../../src/store/open-store.js')>(
      'packages/server/src/store/open-store.ts',
    );
    const { adminCommands } = await load<typeof import('../../src/cli/admin-commands.js')>(
      'packages/server/src/cli/admin-commands.ts',
    );
    const store = await openStore(`sqlite:${at('data/api.db')}`);
    try {
      await store.migrate();
      const fixtures = (await adminCommands.fixtures?.run(store, {}, { now: new Date(), env: {} })) as {
        organizationId: string;
        otherOrganizationId: string;
        tokens: Record<'owner' | 'admin' | 'member' | 'noScope' | 'otherOrg', string>;
      };
      const app = createApp({
        store,
        clock: { now: () => new Date() },
        mailer: null,
        config: { validateResponses: true },
      });
      const count = (token: string) =>
        app.request(`http://localhost/api/organizations/${fixtures.organizationId}/member_count/`, {
          headers: { Authorization: `Bearer ${token}` },
        });
      const owner = await count(fixtures.tokens.owner);
      expect([owner.status, await owner.json()]).toEqual([200, { count: 3 }]);
      const member = await count(fixtures.tokens.member);
      expect([member.status, await member.json()]).toEqual([
        403,
        {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: 'Only admins and owners can count the members.',
          attr: null,
        },
      ]);

      // The contract runner on the new operation alone (the spec of the copy, every other path left out).
      const spec = parse(readFileSync(at('openapi/organizations.yaml'), 'utf8'));
      const path = '/api/organizations/{organization_id}/member_count/';
      spec.paths = { [path]: spec.paths[path] };
      const set = await runContract({
        spec,
        target: { baseUrl: 'http://localhost', fetch: app.fetch as typeof fetch },
        tokens: fixtures.tokens,
        organizationId: fixtures.organizationId,
        otherOrganizationId: fixtures.otherOrganizationId,
        seed: 1,
        maxExamples: 2,
      });
      expect(set.operations).toEqual(['members_count_retrieve']);
      expect(set.results.filter((r) => r.outcome === 'fail').map((r) => `${r.check}: ${r.message}`)).toEqual(
        [],
      );
      expect(set.results.some((r) => r.outcome === 'pass')).toBe(true);
      expect(exitCodeOf(set)).toBe(EXIT.ok);
    } finally {
      await store.close();
    }
  }, 120_000);
});
