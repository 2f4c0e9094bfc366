/*
 * The breaking-change gate (`npm run spec:diff -- [ref]`): pairs of spec versions through the real `redocly diff`
 * (exact report lines and exit codes), the version rule, and the git plumbing in a throwaway repository.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareSpecs, diffAgainstRef, SpecDiffError } from './spec-diff.js';
import { describeLocation, isMajorBump } from './spec-diff-report.js';

const dir = mkdtempSync(join(tmpdir(), 'spec-diff-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noExplicitAny: the edits reach deep into the spec
type Spec = Record<string, any>;

/** A small spec: GET /pets with an optional `kind` query parameter (an enum) and a Pet response. */
function baseSpec(): Spec {
  return {
    openapi: '3.1.0',
    info: { title: 'pets', version: '1.0.0' },
    paths: {
      '/pets': {
        get: {
          operationId: 'pets_list',
          parameters: [{ name: 'kind', in: 'query', schema: { $ref: '#/components/schemas/Kind' } }],
          responses: {
            200: {
              description: 'ok',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Kind: { type: 'string', enum: ['cat', 'dog'] },
        Pet: {
          type: 'object',
          required: ['name'],
          properties: { name: { type: 'string' }, kind: { $ref: '#/components/schemas/Kind' } },
        },
      },
    },
  };
}

function write(name: string, spec: Spec): string {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec, null, 2));
  return file;
}

const HEADER = (version = '1.0.0') => `spec:diff: revision against base (info.version 1.0.0 → ${version})`;
const BREAKING =
  '1 breaking, 0 minor, 0 patch change(s): breaking changes break generated clients; bump the major info.version (now 1.0.0) or make the change compatible';

const pairs: [name: string, edit: (spec: Spec) => void, lines: string[], exitCode: 0 | 1][] = [
  [
    'property removed → breaking',
    (spec) => {
      delete spec.components.schemas.Pet.properties.kind;
    },
    [
      HEADER(),
      '  breaking  GET /pets · responses/200/content/application/json/schema/properties/kind: Property `kind` of `Pet` was removed. (property-removed)',
      BREAKING,
    ],
    1,
  ],
  [
    'enum value removed → breaking',
    (spec) => {
      spec.components.schemas.Kind.enum = ['cat'];
    },
    [
      HEADER(),
      "  breaking  GET /pets · parameters/0/schema: Enum of `Kind` lost values: 'dog'. (enum-values-removed)",
      BREAKING,
    ],
    1,
  ],
  [
    'parameter made required → breaking',
    (spec) => {
      spec.paths['/pets'].get.parameters[0].required = true;
    },
    [
      HEADER(),
      '  breaking  GET /pets · parameters/0: `kind` query parameter became required. (parameter-became-required)',
      BREAKING,
    ],
    1,
  ],
  [
    'optional property added → minor',
    (spec) => {
      spec.components.schemas.Pet.properties.age = { type: 'integer' };
    },
    [
      HEADER(),
      '  minor     GET /pets · responses/200/content/application/json/schema/properties/age: added',
      '0 breaking, 1 minor, 0 patch change(s): no breaking change',
    ],
    0,
  ],
  [
    'operation added → minor',
    (spec) => {
      spec.paths['/pets'].post = {
        operationId: 'pets_create',
        responses: { 201: { description: 'created' } },
      };
    },
    [HEADER(), '  minor     POST /pets: added', '0 breaking, 1 minor, 0 patch change(s): no breaking change'],
    0,
  ],
  [
    'a breaking change with a major info.version bump passes',
    (spec) => {
      spec.paths['/pets'].get.parameters[0].required = true;
      spec.info.version = '2.0.0';
    },
    [
      HEADER('2.0.0'),
      '  breaking  GET /pets · parameters/0: `kind` query parameter became required. (parameter-became-required)',
      '  patch     info: modified',
      '1 breaking, 0 minor, 1 patch change(s): allowed by the major info.version bump 1.0.0 → 2.0.0',
    ],
    0,
  ],
  ['no change', () => {}, [HEADER(), 'no changes'], 0],
];

describe('spec pairs through redocly diff', () => {
  const base = write('base', baseSpec());
  it.each(pairs)('%s', (name, edit, lines, exitCode) => {
    const revision = baseSpec();
    edit(revision);
    const verdict = compareSpecs(base, write(name.replace(/\W+/g, '-'), revision), {
      subject: 'revision',
      against: 'base',
    });
    expect(verdict).toEqual({ lines, exitCode });
  });

  it('--check-version also needs a minor bump for a minor change', () => {
    const revision = baseSpec();
    revision.components.schemas.Pet.properties.age = { type: 'integer' };
    const verdict = compareSpecs(
      base,
      write('minor-unbumped', revision),
      { subject: 'revision', against: 'base' },
      true,
    );
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines.at(-1)).toBe(
      '--check-version: info.version stayed 1.0.0, but these changes require a minor bump (1.1.0).',
    );
  });
});

describe('the version rule and locations', () => {
  it.each([
    ['1.0.0', '2.0.0', true],
    ['1.4.2', '1.5.0', false],
    ['2.0.0', '1.9.0', false],
    ['0.3.1', '0.4.0', true],
    ['0.3.1', '0.3.2', false],
    ['v1', 'v2', true],
    ['draft', '2.0.0', false],
  ] as const)('%s → %s is a major bump: %s', (before, after, expected) => {
    expect(isMajorBump(before, after)).toBe(expected);
  });

  it.each([
    ['#/paths/~1pets~1{id}/delete/responses/404', 'DELETE /pets/{id} · responses/404'],
    ['#/paths/~1pets', '/pets'],
    ['#/info', 'info'],
  ])('%s → %s', (pointer, expected) => {
    expect(describeLocation(pointer)).toBe(expected);
  });
});

describe('against a git ref', () => {
  const repo = join(dir, 'repo');
  const spec = join(repo, 'openapi', 'spec.json');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });

  it('compares the working copy with HEAD (default) or an older commit, names the commit, fails on breaking', () => {
    execFileSync('mkdir', ['-p', join(repo, 'openapi')]);
    git('init', '-q');
    writeFileSync(join(repo, 'README'), 'first\n');
    git('add', '.');
    git('commit', '-q', '-m', 'no spec yet');
    writeFileSync(spec, JSON.stringify(baseSpec()));
    git('add', '.');
    git('commit', '-q', '-m', 'spec');
    const head = git('rev-parse', '--short=7', 'HEAD').toString().trim();
    const previous = git('rev-parse', '--short=7', 'HEAD~1').toString().trim();

    const edited = baseSpec();
    edited.paths['/pets'].get.parameters[0].required = true;
    writeFileSync(spec, JSON.stringify(edited));
    const verdict = diffAgainstRef('HEAD', spec);
    expect(verdict.exitCode).toBe(1);
    expect(verdict.lines[0]).toBe(
      `spec:diff: openapi/spec.json against HEAD (${head}) (info.version 1.0.0 → 1.0.0)`,
    );

    expect(diffAgainstRef('HEAD~1', spec)).toEqual({
      lines: [`spec:diff: openapi/spec.json does not exist at HEAD~1 (${previous}): nothing to compare`],
      exitCode: 0,
    });
    expect(() => diffAgainstRef('no-such-ref', spec)).toThrow(SpecDiffError);
    expect(() => diffAgainstRef('no-such-ref', spec)).toThrow(`no commit named "no-such-ref" in ${repo}`);
  });
});
