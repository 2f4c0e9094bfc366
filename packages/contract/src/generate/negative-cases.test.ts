import { describe, expect, it } from 'vitest';
import { miniSpec, op } from '../../test/mini-spec.js';
import type { RequestPlan } from '../http/http-types.js';
import { serialiseRequest } from '../http/serialise-request.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import { negativeCases } from './negative-cases.js';
import { createPrng } from './prng.js';
import { buildPositivePlan } from './request-builder.js';
import { MUTATION_FAMILIES } from './value-mutations.js';

const spec = miniSpec();
const validator = createSchemaValidator(spec);
const ORG = '0b0c4e55-1111-4aaa-8bbb-000000000001';

const plan = (
  overrides: Partial<RequestPlan> & Pick<RequestPlan, 'method' | 'pathTemplate'>,
): RequestPlan => ({
  pathParams: { organization_id: ORG },
  query: {},
  headers: {},
  ...overrides,
});

/** Independent judge: re-parse the wire request the simplest way and validate it. */
function independentlyInvalid(id: string, wire: ReturnType<typeof serialiseRequest>): boolean {
  const operation = op(id);
  if (wire.body !== undefined) {
    const schema = operation.requestBody?.content['application/json'];
    if (schema && !validator.validate(schema, JSON.parse(wire.body), 'request').valid) return true;
  }
  const query = new URLSearchParams(wire.query);
  for (const p of operation.parameters.filter((x) => x.in === 'query' && x.schema)) {
    const raw = query.get(p.name);
    if (raw === null) continue;
    const value = /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (p.schema && !validator.validate(p.schema, value, 'request').valid) return true;
  }
  const segments = wire.path.split('/');
  if (segments[3] !== ORG) return true;
  if (operation.path.includes('{id}')) {
    const raw = decodeURIComponent(segments[5] ?? '');
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    if (!(operation.path.includes('/invites/') ? uuid.test(raw) : /^-?\d+$/.test(raw))) return true;
  }
  return false;
}

describe('negativeCases', () => {
  it.each(spec.operations.map((o) => o.id))(
    'only yields mutants of %s that are invalid after serialisation',
    (id) => {
      for (let seed = 0; seed < 10; seed++) {
        const base = buildPositivePlan(op(id), {
          spec,
          validator,
          seed: String(seed),
          rng: createPrng(seed),
          pathValues: {
            organization_id: ORG,
            id: id.startsWith('invites') ? '0b0c4e55-3333-4aaa-8bbb-000000000003' : 5,
          },
        });
        if (!base.plan) throw new Error('no base plan');
        const mutants = negativeCases(spec, op(id), base.plan, validator);
        expect(mutants.length).toBeGreaterThan(0);
        for (const m of mutants) {
          expect(m.issues.length).toBeGreaterThan(0);
          expect([m.description, independentlyInvalid(id, serialiseRequest(m.plan))]).toEqual([
            m.description,
            true,
          ]);
        }
      }
    },
  );

  it('covers every family on a create body and names each mutation', () => {
    const base = plan({
      method: 'post',
      pathTemplate: op('invites_create').path,
      body: { mediaType: 'application/json', value: { target_email: 'a@example.com', level: 1 } },
    });
    const mutants = negativeCases(spec, op('invites_create'), base, validator);
    expect(new Set(mutants.map((m) => m.family))).toEqual(new Set(MUTATION_FAMILIES));
    expect(mutants.filter((m) => m.location === 'body').map((m) => `${m.family}: ${m.description}`)).toEqual([
      'wrong_type: body /: string instead of object',
      'null: body /: null where not nullable',
      "missing_required: body /target_email: required property 'target_email' left out",
      "extra_property: body /: unknown property 'contract_extra_property'",
      'wrong_type: body /target_email: integer instead of string',
      'null: body /target_email: null where not nullable',
      'out_of_bounds: body /target_email: string longer than maxLength 254',
      'bad_format: body /target_email: not a valid email',
      'wrong_type: body /level: string instead of integer',
      'null: body /level: null where not nullable',
      'bad_enum: body /level: 1015 is not one of the enum values',
    ]);
  });

  it('drops mutants that become valid once serialised into a query string', () => {
    const base = plan({
      method: 'get',
      pathTemplate: op('projects_list').path,
      query: { limit: 10, search: 'abc' },
    });
    const mutants = negativeCases(spec, op('projects_list'), base, validator);
    const described = mutants.map((m) => `${m.family}: ${m.description}`);
    // 12345 for the string `search` serialises to "12345", a valid string; null for `search` serialises to "".
    expect(described.filter((d) => d.includes("'search'"))).toEqual([
      "out_of_bounds: query 'search': string longer than maxLength 200",
    ]);
    expect(described.filter((d) => d.includes("'limit'"))).toEqual([
      "wrong_type: query 'limit': string instead of integer",
      "null: query 'limit': null where not nullable",
      "out_of_bounds: query 'limit': number above maximum 1000",
      "out_of_bounds: query 'limit': number below minimum 1",
    ]);
    const wrongLimit = mutants.find((m) => m.target === 'limit' && m.family === 'wrong_type');
    expect(serialiseRequest(wrongLimit?.plan as RequestPlan).query).toEqual([
      ['limit', 'contract-wrong-type'],
      ['search', 'abc'],
    ]);
  });

  it('never mutates readOnly properties (the server ignores them)', () => {
    const base = plan({
      method: 'post',
      pathTemplate: op('projects_create').path,
      body: {
        mediaType: 'application/json',
        value: { name: 'p', id: 3, created_at: '2020-01-01T00:00:00Z' },
      },
    });
    const targets = negativeCases(spec, op('projects_create'), base, validator).map((m) => m.target);
    expect(targets).not.toContain('/id');
    expect(targets).not.toContain('/created_at');
    expect(targets).toContain('/name');
  });
});
