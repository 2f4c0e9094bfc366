import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/exchange-fixture.js';
import { miniSpec, op } from '../../test/mini-spec.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import { judgeContentType } from './content-type-conformance.js';
import { judgeErrorBody } from './error-body-conformance.js';
import { judgeResponseTime } from './max-response-time.js';
import { judgeNegativeData } from './negative-data-rejection.js';
import { judgeNotAServerError } from './not-a-server-error.js';
import { judgePositiveData } from './positive-data-acceptance.js';
import { judgeResponseHeaders } from './response-headers-conformance.js';
import { judgeResponseSchema } from './response-schema-conformance.js';
import { judgeStatusCode } from './status-code-conformance.js';

const spec = miniSpec();
const validator = createSchemaValidator(spec);
const project = { id: 1, name: 'p', created_at: '2024-01-02T03:04:05Z' };
const error = { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'name' };

describe('not_a_server_error', () => {
  it('fails on an undocumented 5xx and passes otherwise', () => {
    expect(judgeNotAServerError(exchange({ status: 500, method: 'POST' }), op('projects_create'))).toEqual({
      outcome: 'fail',
      message: 'Server error: POST /api/organizations/org/projects/ returned 500',
      schemaPath: undefined,
    });
    expect(judgeNotAServerError(exchange({ status: 404 }), op('projects_list')).outcome).toBe('pass');
    const documented = {
      ...op('projects_list'),
      responses: [...op('projects_list').responses, { status: '503', pointer: '', content: {}, headers: [] }],
    };
    expect(judgeNotAServerError(exchange({ status: 503 }), documented)).toEqual({
      outcome: 'pass',
      message: 'documented server error 503',
    });
  });
});

describe('status_code_conformance', () => {
  it('passes documented statuses and names the documented ones on failure', () => {
    expect(judgeStatusCode(exchange({ status: 201 }), op('projects_create')).outcome).toBe('pass');
    expect(judgeStatusCode(exchange({ status: 418 }), op('projects_create'))).toEqual({
      outcome: 'fail',
      message: 'Undocumented status code: 418 (documented: 201, 400, 401, 403)',
      schemaPath: '/paths/~1api~1organizations~1{organization_id}~1projects~1/post/responses',
    });
  });

  it('accepts ranges and default', () => {
    const ranged = {
      ...op('projects_create'),
      responses: [{ status: '4XX', pointer: '', content: {}, headers: [] }],
    };
    expect(judgeStatusCode(exchange({ status: 422 }), ranged).outcome).toBe('pass');
    const withDefault = {
      ...op('projects_create'),
      responses: [{ status: 'default', pointer: '', content: {}, headers: [] }],
    };
    expect(judgeStatusCode(exchange({ status: 599 }), withDefault).outcome).toBe('pass');
  });
});

describe('content_type_conformance', () => {
  it('passes JSON with parameters, fails an undocumented type, a missing header and a body on 204', () => {
    expect(
      judgeContentType(
        exchange({
          status: 201,
          body: project,
          headers: { 'content-type': 'application/json; charset=utf-8' },
        }),
        op('projects_create'),
      ).outcome,
    ).toBe('pass');
    expect(
      judgeContentType(
        exchange({ status: 201, rawBody: '<h1>hi</h1>', headers: { 'content-type': 'text/html' } }),
        op('projects_create'),
      ).message,
    ).toBe('Undocumented Content-Type: text/html for status 201 (documented: application/json)');
    expect(judgeContentType(exchange({ status: 201, rawBody: '{}' }), op('projects_create')).message).toBe(
      'Missing Content-Type header (documented: application/json)',
    );
    expect(
      judgeContentType(
        exchange({ status: 204, rawBody: 'x', headers: { 'content-type': 'text/plain' } }),
        op('projects_destroy'),
      ).message,
    ).toBe('Status 204 is documented without a body, got 1 bytes (text/plain)');
    expect(judgeContentType(exchange({ status: 204 }), op('projects_destroy')).outcome).toBe('pass');
    expect(judgeContentType(exchange({ status: 418 }), op('projects_destroy')).outcome).toBe('skip');
  });
});

describe('response_headers_conformance', () => {
  const page = { count: 0, next: null, previous: null, results: [] };
  it('requires documented required headers and validates their values', () => {
    expect(
      judgeResponseHeaders(
        exchange({ status: 200, body: page, headers: { 'x-request-id': 'abc' } }),
        op('projects_list'),
        spec,
        validator,
      ).outcome,
    ).toBe('pass');
    expect(
      judgeResponseHeaders(exchange({ status: 200, body: page }), op('projects_list'), spec, validator),
    ).toEqual({
      outcome: 'fail',
      message: "Response headers do not conform: missing required header 'X-Request-Id'",
      schemaPath:
        '/paths/~1api~1organizations~1{organization_id}~1projects~1/get/responses/200/headers/X-Request-Id',
    });
    expect(
      judgeResponseHeaders(
        exchange({ status: 200, body: page, headers: { 'x-request-id': '' } }),
        op('projects_list'),
        spec,
        validator,
      ).message,
    ).toBe(
      `Response headers do not conform: header 'X-Request-Id' value "": / must NOT have fewer than 1 characters`,
    );
  });
});

describe('response_schema_conformance', () => {
  it('validates the body in the response direction and reports the schema path', () => {
    expect(
      judgeResponseSchema(exchange({ status: 201, body: project }), op('projects_create'), validator).outcome,
    ).toBe('pass');
    expect(
      judgeResponseSchema(
        exchange({ status: 201, body: { ...project, id: 'one' } }),
        op('projects_create'),
        validator,
      ),
    ).toEqual({
      outcome: 'fail',
      message:
        'Response violates schema: /id must be integer (schema /components/schemas/Project/properties/id/type)',
      schemaPath: '/components/schemas/Project/properties/id/type',
    });
    expect(
      judgeResponseSchema(
        exchange({ status: 400, rawBody: 'oops', headers: { 'content-type': 'application/json' } }),
        op('projects_create'),
        validator,
      ).message,
    ).toBe('Response body is not valid JSON: "oops"');
    expect(judgeResponseSchema(exchange({ status: 204 }), op('projects_destroy'), validator).outcome).toBe(
      'skip',
    );
  });
});

describe('error_body_conformance', () => {
  it('accepts the error object and names each problem otherwise', () => {
    expect(judgeErrorBody(exchange({ status: 400, body: error })).outcome).toBe('pass');
    expect(judgeErrorBody(exchange({ status: 400, body: { ...error, extra: { x: 1 } } })).outcome).toBe(
      'pass',
    );
    expect(
      judgeErrorBody(exchange({ status: 403, body: { detail: 'no', attr: 3, message: 'x' } })).message,
    ).toBe(
      "Error body of 403 does not conform: 'type' must be a string, got nothing; 'code' must be a string, got nothing; " +
        "'attr' must be a string or null, got 3; unexpected key(s) 'message'",
    );
    expect(
      judgeErrorBody(
        exchange({
          status: 500,
          rawBody: 'Internal Server Error',
          headers: { 'content-type': 'text/plain' },
        }),
      ).message,
    ).toBe('Error response 500 is not a JSON object: "Internal Server Error"');
    expect(judgeErrorBody(exchange({ status: 200, body: {} })).outcome).toBe('skip');
  });
});

describe('negative_data_rejection and positive_data_acceptance', () => {
  const mutation = {
    family: 'out_of_bounds',
    location: 'body',
    target: '/name',
    description: 'body /name: string longer than maxLength 200',
  };
  it('needs a 4xx for invalid data', () => {
    expect(judgeNegativeData(exchange({ status: 400, kind: 'negative', mutation })).outcome).toBe('pass');
    expect(judgeNegativeData(exchange({ status: 201, kind: 'negative', mutation })).message).toBe(
      'Invalid data accepted with 201: body /name: string longer than maxLength 200',
    );
    expect(judgeNegativeData(exchange({ status: 500, kind: 'negative', mutation })).message).toBe(
      'Invalid data (body /name: string longer than maxLength 200) caused a server error 500 instead of a 4xx',
    );
  });

  it('needs 2xx (or 401/403/404) for valid data', () => {
    expect(judgePositiveData(exchange({ status: 201 })).outcome).toBe('pass');
    expect(judgePositiveData(exchange({ status: 403 })).outcome).toBe('pass');
    expect(judgePositiveData(exchange({ status: 400, body: error })).message).toBe(
      'Valid data rejected with 400: This field is required.',
    );
    expect(judgePositiveData(exchange({ status: 400, kind: 'negative' })).outcome).toBe('skip');
    const conflict = { ...exchange({ status: 400, body: error }), stateConflict: 'document_type="DPA"' };
    expect(judgePositiveData(conflict)).toEqual({
      outcome: 'skip',
      message: 'refused because an existing item has document_type="DPA" (uniqueness rule, not the data)',
    });
  });
});

describe('max_response_time', () => {
  it('compares the elapsed time with the limit', () => {
    expect(judgeResponseTime(exchange({ status: 200, elapsedMs: 2500.4 }), 2000).message).toBe(
      'Response time 2500 ms exceeds the limit of 2000 ms',
    );
    expect(judgeResponseTime(exchange({ status: 200, elapsedMs: 10 }), 2000).outcome).toBe('pass');
  });
});
