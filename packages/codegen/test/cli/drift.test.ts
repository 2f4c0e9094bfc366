/*
 * Drift reports (`--check`): what changed in the spec since the generated files were written, per operation and
 * schema. Table-driven: an edit of openapi/organizations.yaml → the exact lines `describeDrift` prints, comparing the
 * files generated before the edit (as on disk) with the ones generated after it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { describeDrift, type StaleFile } from '../../src/drift/describe-drift.js';
import { REPO_ROOT } from '../../src/repo-root.js';
import type { OpenApiDocument } from '../../src/schema/openapi-types.js';
import { emitServerFiles } from '../../src/server/emit-server.js';

// biome-ignore lint/suspicious/noExplicitAny: the edits reach deep into the parsed YAML document
type Json = Record<string, any>;

const source = load(readFileSync(path.join(REPO_ROOT, 'openapi/organizations.yaml'), 'utf8'), {
  schema: CORE_SCHEMA,
}) as Json;
const before = emitServerFiles(source as OpenApiDocument);
const MEMBERS = '/api/organizations/{organization_id}/members/';
const GITHUB_LOGIN = '/api/organizations/{organization_id}/members/{user__uuid}/github_login/';

/** The stale files after `edit`: each generated server file whose contents changed. */
function staleAfter(edit: (doc: Json) => void): StaleFile[] {
  const doc = structuredClone(source);
  edit(doc);
  const after = emitServerFiles(doc as OpenApiDocument);
  const names = new Set([...before, ...after].map((file) => file.path));
  return [...names]
    .map((name) => ({
      path: `/out/${name}`,
      actual: before.find((file) => file.path === name)?.contents,
      expected: after.find((file) => file.path === name)?.contents,
    }))
    .filter((file) => file.actual !== file.expected);
}

const cases: [name: string, edit: (doc: Json) => void, expected: string[]][] = [
  [
    'the issue’s example: a query parameter, a property and an operation added',
    (doc) => {
      doc.paths[MEMBERS].get.parameters.push({
        name: 'email_domain',
        in: 'query',
        schema: { type: 'string' },
      });
      doc.components.schemas.OrganizationMemberGithubLogin.properties.github_profile_url = { type: 'string' };
      doc.paths[GITHUB_LOGIN].delete = {
        operationId: 'members_github_login_destroy',
        responses: { 204: { description: 'Unlinked.' } },
      };
    },
    [
      'new operation members_github_login_destroy (no handler yet)',
      'members_list: query parameter email_domain added',
      'OrganizationMemberGithubLogin: property github_profile_url added',
    ],
  ],
  [
    'an operation removed',
    (doc) => {
      delete doc.paths[GITHUB_LOGIN];
    },
    ['operation members_github_login_retrieve removed (its handler is no longer registered)'],
  ],
  [
    'a property removed, one changed',
    (doc) => {
      const github = doc.components.schemas.OrganizationMemberGithubLogin;
      github.properties.github_login.maxLength = 39;
      const scoped = doc.components.schemas.OrganizationMemberScopedApiKeys;
      delete scoped.properties.has_keys;
      scoped.required = (scoped.required ?? []).filter((name: string) => name !== 'has_keys');
    },
    [
      'OrganizationMemberGithubLogin: property github_login changed',
      'OrganizationMemberScopedApiKeys: property has_keys removed',
    ],
  ],
  [
    'a schema added, one removed from use … and its description changed',
    (doc) => {
      doc.components.schemas.Unused = { type: 'string' };
      doc.components.schemas.OrganizationMemberGithubLogin.description = 'Changed.';
    },
    ['OrganizationMemberGithubLogin: changed', 'new schema Unused'],
  ],
  [
    'a parameter made required, a response removed, the summary changed',
    (doc) => {
      const list = doc.paths[MEMBERS].get;
      list.summary = 'List the members';
      delete list.responses['404'];
      const search = list.parameters.find((p: Json) => p.$ref?.endsWith('/MembersSearch'));
      list.parameters[list.parameters.indexOf(search)] = {
        ...doc.components.parameters.MembersSearch,
        required: true,
      };
    },
    [
      'members_list: query parameter search changed',
      'members_list: response 404 removed',
      'members_list: summary changed',
    ],
  ],
  [
    'a shared response changed: one line, with how many operations use it',
    (doc) => {
      doc.components.responses.TooManyRequests.description = 'Slow down.';
    },
    ['shared response TooManyRequests changed (used by 21 operation(s))'],
  ],
  [
    'a request body changed, an operation moved',
    (doc) => {
      doc.paths[MEMBERS.replace('members/', 'people/')] = doc.paths[MEMBERS];
      delete doc.paths[MEMBERS];
      doc.components.schemas.PatchedOrganizationMember.properties.level.description = 'The level.';
    },
    [
      'members_list: now GET /api/organizations/{organization_id}/people/ (was GET /api/organizations/{organization_id}/members/)',
      'PatchedOrganizationMember: property level changed',
    ],
  ],
];

describe('describeDrift: spec edit → what --check names', () => {
  it.each(cases)('%s', (_name, edit, expected) => {
    expect(describeDrift(staleAfter(edit))).toEqual(expected);
  });

  it('a stale file none of whose differences is an operation or schema change gets one line saying so', () => {
    const routes = before.find((file) => file.path === 'routes.gen.ts')?.contents ?? '';
    expect(
      describeDrift([
        { path: '/out/routes.gen.ts', actual: `${routes}// edited\n`, expected: routes },
        { path: '/out/openapi.gen.ts', actual: undefined, expected: 'export {};\n' },
      ]),
    ).toEqual([
      'routes.gen.ts: differs, though no operation or schema changed (edited by hand, or written by another version of the generator)',
      'openapi.gen.ts: missing',
    ]);
  });
});
