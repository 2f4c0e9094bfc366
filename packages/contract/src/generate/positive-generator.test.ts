import { describe, expect, it } from 'vitest';
import { component, miniSpec, op } from '../../test/mini-spec.js';
import { serialiseRequest } from '../http/serialise-request.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import { generateValue } from './positive-generator.js';
import { createPrng } from './prng.js';
import { buildPositivePlan } from './request-builder.js';

const spec = miniSpec();
const validator = createSchemaValidator(spec);
const ORG = '0b0c4e55-1111-4aaa-8bbb-000000000001';

describe('generateValue', () => {
  it.each(['Project', 'PatchedProject', 'Invite', 'Error', 'TimezoneEnum'])(
    'produces request data valid for %s over 40 seeds',
    (name) => {
      for (let seed = 0; seed < 40; seed++) {
        const value = generateValue(component(name).schema, {
          spec,
          rng: createPrng(seed),
          direction: 'request',
          seed: String(seed),
        });
        expect(validator.validate(component(name), value, 'request').issues).toEqual([]);
      }
    },
  );

  it('produces response data valid in the response direction (readOnly present, writeOnly absent)', () => {
    for (let seed = 0; seed < 40; seed++) {
      const value = generateValue(component('PaginatedProjectList').schema, {
        spec,
        rng: createPrng(seed),
        direction: 'response',
        seed: 's',
      });
      expect(validator.validate(component('PaginatedProjectList'), value, 'response').issues).toEqual([]);
    }
  });

  it('is deterministic for a seed and leaves readOnly properties out of requests', () => {
    const make = (seed: number) =>
      generateValue(component('Project').schema, {
        spec,
        rng: createPrng(seed),
        direction: 'request',
        seed: String(seed),
      });
    expect(make(7)).toEqual(make(7));
    expect(make(7)).not.toEqual(make(8));
    for (let seed = 0; seed < 20; seed++) {
      expect(Object.keys(make(seed) as object)).not.toContain('id');
      expect(Object.keys(make(seed) as object)).not.toContain('created_at');
    }
  });

  it('names things with the seed, and minimal mode keeps only required properties', () => {
    const value = generateValue(component('Project').schema, {
      spec,
      rng: createPrng(1),
      direction: 'request',
      seed: 'abc',
      minimal: true,
    });
    expect(value).toEqual({ name: expect.stringMatching(/^contract-abc-[0-9a-f]{1,4}-1$/) });
    const invite = generateValue(component('Invite').schema, {
      spec,
      rng: createPrng(1),
      direction: 'request',
      seed: 'abc',
      minimal: true,
    });
    expect((invite as { target_email: string }).target_email).toMatch(
      /^contract-abc-[0-9a-f]{1,4}-1\d*@example\.com$/,
    );
  });

  it('leaves out optional properties listed in omit, never required ones', () => {
    for (let seed = 0; seed < 20; seed++) {
      const options = {
        spec,
        rng: createPrng(seed),
        direction: 'request' as const,
        seed: 's',
        omit: ['message', 'target_email'],
      };
      const invite = generateValue(component('Invite').schema, options) as Record<string, unknown>;
      expect('message' in invite).toBe(false);
      expect(typeof invite.target_email).toBe('string');
    }
  });

  it('uses a scalar example first in minimal mode', () => {
    const schema = { type: 'integer', example: 123 };
    expect(
      generateValue(schema, { spec, rng: createPrng(1), direction: 'request', seed: 's', minimal: true }),
    ).toBe(123);
  });
});

describe('buildPositivePlan', () => {
  it.each(spec.operations.map((o) => o.id))('builds a request for %s that is valid once serialised', (id) => {
    for (let seed = 0; seed < 15; seed++) {
      const result = buildPositivePlan(op(id), {
        spec,
        validator,
        seed: String(seed),
        rng: createPrng(seed),
        pathValues: { organization_id: ORG },
      });
      expect(result.issues).toEqual([]);
      expect(result.plan?.pathParams.organization_id).toBe(ORG);
    }
  });

  it('serialises path, query and body exactly', () => {
    const result = buildPositivePlan(op('projects_retrieve'), {
      spec,
      validator,
      seed: '1',
      rng: createPrng(1),
      pathValues: { organization_id: ORG, id: 42 },
    });
    if (!result.plan) throw new Error('no plan');
    expect(serialiseRequest(result.plan)).toEqual({
      method: 'GET',
      path: `/api/organizations/${ORG}/projects/42/`,
      query: [],
      headers: {},
      body: undefined,
    });
  });

  it('reports why a forced body cannot be sent instead of sending it', () => {
    const result = buildPositivePlan(op('projects_create'), {
      spec,
      validator,
      seed: '1',
      rng: createPrng(1),
      pathValues: { organization_id: ORG },
      body: { name: '' },
    });
    expect(result.plan).toBeUndefined();
    expect(result.issues.map((i) => i.message)).toEqual([
      'body: /name must NOT have fewer than 1 characters',
    ]);
  });
});
