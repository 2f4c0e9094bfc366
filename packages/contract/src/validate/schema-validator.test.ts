import { describe, expect, it } from 'vitest';
import { component, miniSpec, op } from '../../test/mini-spec.js';
import { loadSpec } from '../spec/load-spec.js';
import { createSchemaValidator, formatIssues } from './schema-validator.js';

const validator = createSchemaValidator(miniSpec());
const project = component('Project');
const invite = component('Invite');
const createdAt = '2019-08-24T14:15:22Z';

describe('schema validator: direction rules', () => {
  it('does not require readOnly properties in a request', () => {
    expect(validator.validate(project, { name: 'p' }, 'request')).toEqual({ valid: true, issues: [] });
  });

  it('requires readOnly properties in a response', () => {
    const outcome = validator.validate(project, { name: 'p' }, 'response');
    expect(outcome.issues.map((i) => i.message)).toEqual([
      "/ must have required property 'id'",
      "/ must have required property 'created_at'",
    ]);
    expect(outcome.issues[0]?.schemaPath).toBe('/components/schemas/Project/required');
  });

  it('reports a writeOnly property present in a response, with its schema path', () => {
    const outcome = validator.validate(
      project,
      { id: 1, name: 'p', created_at: createdAt, secret_note: 'x' },
      'response',
    );
    expect(outcome).toEqual({
      valid: false,
      issues: [
        {
          instancePath: '/secret_note',
          schemaPath: '/components/schemas/Project/properties/secret_note/oasWriteOnlyInResponse',
          keyword: 'oasWriteOnlyInResponse',
          message: '/secret_note is writeOnly and must not appear in a response',
        },
      ],
    });
  });

  it('accepts a writeOnly property in a request and a readOnly one as long as its type is right', () => {
    expect(
      validator.validate(invite, { target_email: 'a@example.com', send_email: false }, 'request').valid,
    ).toBe(true);
    expect(
      validator.validate(project, { name: 'p', id: 'x' }, 'request').issues.map((i) => i.message),
    ).toEqual(['/id must be integer']);
  });

  it('applies the rules inside referenced schemas (a page of projects)', () => {
    const page = component('PaginatedProjectList');
    const outcome = validator.validate(
      page,
      {
        count: 1,
        next: null,
        previous: null,
        results: [{ id: 1, name: 'p', created_at: createdAt, secret_note: 's' }],
      },
      'response',
    );
    expect(formatIssues(outcome.issues)).toBe(
      '/results/0/secret_note is writeOnly and must not appear in a response ' +
        '(schema /components/schemas/Project/properties/secret_note/oasWriteOnlyInResponse)',
    );
  });
});

describe('schema validator: OpenAPI keywords and formats', () => {
  it('compiles schemas carrying example, discriminator (with mapping), xml, externalDocs and x- extensions', () => {
    expect(validator.validate(invite, { id: 'x' }, 'response').issues.map((i) => i.message)).toEqual([
      "/ must have required property 'target_email'",
      "/ must have required property 'created_at'",
      '/id must match format "uuid"',
    ]);
  });

  it('asserts uuid, email, date-time, uri and int64 formats', () => {
    const bad = {
      count: 1.5,
      next: 'not a uri',
      previous: null,
      results: [{ id: 1, uuid: 'nope', name: 'p', created_at: '24/08/2019' }],
    };
    const outcome = validator.validate(component('PaginatedProjectList'), bad, 'response');
    expect(outcome.issues.map((i) => `${i.message} @ ${i.schemaPath}`)).toEqual([
      '/count must be integer @ /components/schemas/PaginatedProjectList/properties/count/type',
      '/next must match format "uri" @ /components/schemas/PaginatedProjectList/properties/next/format',
      '/results/0/uuid must match format "uuid" @ /components/schemas/Project/properties/uuid/format',
      '/results/0/created_at must match format "date-time" @ /components/schemas/Project/properties/created_at/format',
    ]);
    expect(validator.validate(invite, { target_email: 'no-at-sign' }, 'request').issues[0]?.message).toBe(
      '/target_email must match format "email"',
    );
  });

  it('reports enum and additionalProperties violations with the offending names', () => {
    const outcome = validator.validate(
      project,
      { name: 'p', timezone: 'Mars/Base', colour: 'red' },
      'request',
    );
    expect(outcome.issues.map((i) => `${i.message} @ ${i.schemaPath}`)).toEqual([
      "/ must NOT have additional property 'colour' @ /components/schemas/Project/additionalProperties",
      '/timezone must be one of ["UTC","Europe/Paris","US/Pacific"] @ /components/schemas/TimezoneEnum/enum',
    ]);
  });

  it('validates inline (non-component) schemas such as parameters and headers', () => {
    const limit = op('projects_list').parameters[1]?.schema;
    if (!limit) throw new Error('fixture');
    expect(validator.validate(limit, 0, 'request').issues).toEqual([
      {
        instancePath: '',
        schemaPath: '/components/parameters/Limit/schema/minimum',
        keyword: 'minimum',
        message: '/ must be >= 1',
      },
    ]);
  });

  it('tolerates unknown formats (annotation only) instead of failing to compile', () => {
    const spec = loadSpec({
      openapi: '3.1.0',
      paths: {},
      components: { schemas: { S: { type: 'string', format: 'x-custom-thing' } } },
    });
    const v = createSchemaValidator(spec);
    expect(v.validate({ pointer: '/components/schemas/S', schema: {} }, 'anything', 'response').valid).toBe(
      true,
    );
  });
});
