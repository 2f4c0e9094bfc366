import { describe, expect, it } from 'vitest';
import { negativeCases } from '../src/generate/negative-cases.js';
import { createPrng } from '../src/generate/prng.js';
import { buildPositivePlan } from '../src/generate/request-builder.js';
import { validateWireRequest } from '../src/generate/wire-validation.js';
import { serialiseRequest } from '../src/http/serialise-request.js';
import { loadSpec } from '../src/spec/load-spec.js';
import { createSchemaValidator } from '../src/validate/schema-validator.js';

// The real spec (openapi/organizations.yaml): the runner must be able to load it, compile every schema and
// generate valid and provably invalid requests for every operation.
const spec = loadSpec();
const validator = createSchemaValidator(spec);
const ORG = '01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f';

describe('the bundled spec', () => {
  it('is indexed with operationIds and scopes for every operation', () => {
    expect(spec.operations.length).toBeGreaterThanOrEqual(18);
    for (const op of spec.operations) {
      expect(op.id).toMatch(/^[a-z_0-9]+$/);
      expect(op.scopes.length).toBeGreaterThan(0);
    }
  });

  it('compiles every component schema in both directions', () => {
    for (const ref of spec.componentSchemas) {
      expect(() => validator.validate(ref, null, 'request')).not.toThrow();
      expect(() => validator.validate(ref, null, 'response')).not.toThrow();
    }
  });

  it.each(spec.operations.map((o) => [o.id, o] as const))(
    '%s: valid positive requests, invalid mutants',
    (_, op) => {
      for (let seed = 0; seed < 3; seed++) {
        const built = buildPositivePlan(op, {
          spec,
          validator,
          seed: String(seed),
          rng: createPrng(`${op.id}${seed}`),
          pathValues: { organization_id: ORG },
        });
        expect(built.issues).toEqual([]);
        if (!built.plan) continue;
        const body = op.requestBody?.content['application/json'];
        for (const mutant of negativeCases(spec, op, built.plan, validator)) {
          const wire = serialiseRequest(mutant.plan);
          expect(validateWireRequest(spec, op, wire, validator).length).toBeGreaterThan(0);
          // Independent re-check of body mutants: parse the exact bytes and validate with the spec's schema.
          if (mutant.location === 'body' && body && wire.body !== undefined) {
            expect([
              mutant.description,
              validator.validate(body, JSON.parse(wire.body), 'request').valid,
            ]).toEqual([mutant.description, false]);
          }
          expect(wire.path).not.toMatch(/\/\//);
        }
      }
    },
  );
});
