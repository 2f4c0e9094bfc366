import { describe, expect, it } from 'vitest';
import {
  defaultOrder,
  isAllOrNothing,
  levelRules,
  orderingParameter,
  scopeRules,
  searchParameters,
  tenantParameter,
  trailingSlashRedirect,
  uniqueRule,
} from './behaviour-rules.js';
import { loadSpec, SpecError } from './load-spec.js';

const spec = loadSpec();
const op = (id: string) => {
  const found = spec.operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};

/** A one-operation document whose list operation carries `extensions` (and an `order`-like query parameter). */
function withExtensions(extensions: Record<string, unknown>, param: Record<string, unknown> = {}) {
  return loadSpec({
    openapi: '3.1.0',
    info: { title: 't', version: '1', ...(extensions.info as object) },
    paths: {
      '/o/{org}/things/': {
        get: {
          operationId: 'things_list',
          parameters: [
            { name: 'org', in: 'path', required: true, schema: { type: 'string' } },
            { name: 'q', in: 'query', schema: { type: 'string', enum: ['a', '-a'] }, ...param },
          ],
          responses: { '200': { description: 'ok' } },
          ...extensions,
        },
      },
    },
  }).operations[0] as ReturnType<typeof op>;
}

describe('behaviour rules read from the bundled spec', () => {
  it('reads each rule where the spec states it', () => {
    expect(tenantParameter(op('members_list'))?.name).toBe('organization_id');
    expect(op('invites_list').parameters.find((p) => p.name === 'organization_id')?.extensions).toEqual({
      'x-tenant': true,
    });
    expect(
      [
        'invites_list',
        'legal_documents_list',
        'members_list',
        'oauth_applications_list',
        'organizations_projects_list',
      ].map((id) => defaultOrder(op(id))),
    ).toEqual([
      { field: 'created_at', descending: true },
      { field: 'created_at', descending: true },
      { field: 'joined_at', descending: true },
      { field: 'created', descending: true },
      { field: 'id', descending: false },
    ]);
    expect(orderingParameter(op('members_list'))?.values).toEqual(['-joined_at', 'joined_at']);
    expect(searchParameters(op('organizations_projects_list')).map((s) => s.rule)).toEqual([
      { fields: ['name'], match: 'contains-ignoring-case', fallback: undefined },
    ]);
    expect(uniqueRule(op('invites_create'))).toEqual({
      fields: ['target_email'],
      ignoreCase: true,
      onConflict: 'replace',
    });
    expect(uniqueRule(op('legal_documents_create'))).toEqual({
      fields: ['document_type'],
      ignoreCase: false,
      onConflict: 'reject',
    });
    expect(spec.operations.filter(isAllOrNothing).map((o) => o.id)).toEqual(['invites_bulk_create']);
    expect(levelRules(op('members_destroy'))[4]).toEqual({
      as: 'only-owner',
      target: 'self',
      level: undefined,
      status: 400,
      detail: "You can't leave the organization as its only owner. Make someone else an owner first.",
      pointer:
        '/paths/~1api~1organizations~1{organization_id}~1members~1{user__uuid}~1/delete/x-level-rules/4',
    });
    expect(levelRules(op('members_partial_update'))).toHaveLength(11);
    expect(scopeRules(spec).implies).toEqual({ write: 'read' });
    expect(trailingSlashRedirect(spec)).toBe(308);
  });

  it('is absent where the spec states nothing', () => {
    const plain = withExtensions({});
    expect([defaultOrder(plain), orderingParameter(plain), uniqueRule(plain), levelRules(plain)]).toEqual([
      undefined,
      undefined,
      undefined,
      [],
    ]);
    expect(tenantParameter(plain)).toBeUndefined();
  });

  it.each([
    [
      { 'x-default-order': 'created at' },
      'x-default-order must be an item field, `-` first for descending (at /paths/~1o~1{org}~1things~1/get/x-default-order)',
    ],
    [
      { 'x-unique': { fields: ['a'] } },
      'x-unique needs `fields` and `on-conflict: replace | reject` (at /paths/~1o~1{org}~1things~1/get/x-unique)',
    ],
    [
      { 'x-level-rules': [{ as: 'guest', target: 'self', status: 403 }] },
      'a level rule needs `as` (member, admin, owner, only-owner) and `target` (self, member, admin, owner) (at /paths/~1o~1{org}~1things~1/get/x-level-rules/0)',
    ],
    [
      { 'x-level-rules': [{ as: 'admin', target: 'owner', status: '403' }] },
      'a level rule needs a numeric `status` (and `level`, when given) (at /paths/~1o~1{org}~1things~1/get/x-level-rules/0)',
    ],
  ])('names the pointer of a malformed extension: %j', (extensions, message) => {
    const operation = withExtensions(extensions);
    const read = () => [defaultOrder(operation), uniqueRule(operation), levelRules(operation)];
    expect(read).toThrow(SpecError);
    expect(read).toThrow(message);
  });

  it('names the pointer of malformed parameter extensions', () => {
    expect(() =>
      orderingParameter(withExtensions({}, { 'x-ordering': true, schema: { type: 'string' } })),
    ).toThrow(
      'an x-ordering parameter must be a string enum of orderings (at /paths/~1o~1{org}~1things~1/get/parameters/1/schema)',
    );
    expect(() =>
      searchParameters(withExtensions({}, { 'x-search': { fields: ['name'], match: 'regex' } })),
    ).toThrow(
      'x-search needs `fields` (item field paths) and `match: contains-ignoring-case` (at /paths/~1o~1{org}~1things~1/get/parameters/1/x-search)',
    );
  });
});
