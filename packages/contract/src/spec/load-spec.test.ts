import { describe, expect, it } from 'vitest';
import { MINI_SPEC_PATH, miniSpec, op } from '../../test/mini-spec.js';
import { loadSpec, SpecError } from './load-spec.js';

describe('loadSpec', () => {
  it('indexes every operation with method, path and operationId', () => {
    expect(miniSpec().operations.map((o) => `${o.method} ${o.path} ${o.id}`)).toEqual([
      'get /api/organizations/{organization_id}/projects/ projects_list',
      'post /api/organizations/{organization_id}/projects/ projects_create',
      'get /api/organizations/{organization_id}/projects/{id}/ projects_retrieve',
      'delete /api/organizations/{organization_id}/projects/{id}/ projects_destroy',
      'patch /api/organizations/{organization_id}/projects/{id}/ projects_partial_update',
      'get /api/organizations/{organization_id}/invites/ invites_list',
      'post /api/organizations/{organization_id}/invites/ invites_create',
      'delete /api/organizations/{organization_id}/invites/{id}/ invites_destroy',
      'post /api/organizations/{organization_id}/invites/bulk/ invites_bulk_create',
    ]);
    expect(miniSpec().pathMethods.get('/api/organizations/{organization_id}/projects/{id}/')).toEqual([
      'get',
      'delete',
      'patch',
    ]);
  });

  it('merges path-item parameters with operation parameters and resolves parameter $refs', () => {
    const list = op('projects_list');
    expect(list.parameters.map((p) => `${p.in}:${p.name}:${p.required}`)).toEqual([
      'path:organization_id:true',
      'query:limit:false',
      'query:offset:false',
      'query:search:false',
    ]);
    expect(list.parameters[1]?.schema).toEqual({
      pointer: '/components/parameters/Limit/schema',
      schema: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
    });
  });

  it('indexes bodies, responses (with $ref responses and headers) and scopes', () => {
    const create = op('projects_create');
    expect(create.requestBody?.required).toBe(true);
    expect(create.requestBody?.content['application/json']?.pointer).toBe(
      '/paths/~1api~1organizations~1{organization_id}~1projects~1/post/requestBody/content/application~1json/schema',
    );
    expect(create.responses.map((r) => r.status)).toEqual(['201', '400', '401', '403']);
    expect(create.responses[1]?.pointer).toBe('/components/responses/Error');
    expect(create.scopes).toEqual(['project:write']);
    const list = op('projects_list');
    expect(list.responses[0]?.headers).toEqual([
      {
        name: 'X-Request-Id',
        required: true,
        schema: {
          pointer:
            '/paths/~1api~1organizations~1{organization_id}~1projects~1/get/responses/200/headers/X-Request-Id/schema',
          schema: { type: 'string', minLength: 1 },
        },
      },
    ]);
  });

  it('follows $ref chains through deref and reports the target pointer', () => {
    expect(miniSpec().deref({ $ref: '#/components/schemas/TimezoneEnum' }, '/x')).toEqual({
      value: { type: 'string', enum: ['UTC', 'Europe/Paris', 'US/Pacific'] },
      pointer: '/components/schemas/TimezoneEnum',
    });
  });

  it('names the pointer of a broken $ref', () => {
    const doc = {
      openapi: '3.1.0',
      paths: { '/x': { get: { parameters: [{ $ref: '#/components/parameters/Nope' }], responses: {} } } },
    };
    expect(() => loadSpec(doc)).toThrow(
      new SpecError('unresolvable $ref #/components/parameters/Nope', '/paths/~1x/get/parameters/0'),
    );
  });

  it('rejects a file that is not an OpenAPI document', () => {
    expect(() => loadSpec({ swagger: '2.0' })).toThrow('<object> is not an OpenAPI document');
    expect(() => loadSpec('/nonexistent.yaml')).toThrow('cannot read spec /nonexistent.yaml');
    expect(loadSpec(MINI_SPEC_PATH).source).toBe(MINI_SPEC_PATH);
  });
});
