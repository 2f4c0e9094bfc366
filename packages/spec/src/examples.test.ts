import { describe, expect, it } from 'vitest';
import { type Direction, ExampleValidator } from './example-validator.js';
import {
  isObject,
  type JsonObject,
  listOperations,
  loadSpec,
  pointerOf,
  resolveRef,
  successStatuses,
} from './spec-document.js';

const doc = loadSpec();
const validator = new ExampleValidator(doc);

/** One example found in the document and the schema it must satisfy. */
interface FoundExample {
  /** JSON pointer of the example (after following `$ref`s). */
  at: string;
  schemaPointer: string;
  direction: Direction;
  value: unknown;
}

/** `example` and every `examples.*.value` of a parameter, media type or header object. */
function examplesOf(
  holder: JsonObject,
  at: string,
  schemaPointer: string,
  direction: Direction,
): FoundExample[] {
  const found: FoundExample[] = [];
  if ('example' in holder)
    found.push({ at: `${at}/example`, schemaPointer, direction, value: holder.example });
  if (isObject(holder.examples)) {
    for (const [name, raw] of Object.entries(holder.examples)) {
      const { node, pointer } = resolveRef(doc, raw, `${at}/examples/${name}`);
      if (isObject(node) && 'value' in node) {
        found.push({ at: `${pointer}/value`, schemaPointer, direction, value: node.value });
      }
    }
  }
  return found;
}

function contentExamples(holder: JsonObject, at: string, direction: Direction): FoundExample[] {
  if (!isObject(holder.content)) return [];
  return Object.entries(holder.content).flatMap(([mediaType, media]) => {
    const mediaAt = `${at}${pointerOf('content', mediaType)}`;
    return isObject(media) ? examplesOf(media, mediaAt, `${mediaAt}/schema`, direction) : [];
  });
}

/** Every example reachable from one operation: parameters, request body, responses and their headers. */
function operationExamples(operation: JsonObject, at: string): FoundExample[] {
  const found: FoundExample[] = [];
  const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
  parameters.forEach((raw, index) => {
    const { node, pointer } = resolveRef(doc, raw, `${at}/parameters/${index}`);
    if (isObject(node)) found.push(...examplesOf(node, pointer, `${pointer}/schema`, 'request'));
  });
  if (operation.requestBody !== undefined) {
    const { node, pointer } = resolveRef(doc, operation.requestBody, `${at}/requestBody`);
    if (isObject(node)) found.push(...contentExamples(node, pointer, 'request'));
  }
  for (const [status, raw] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
    const { node, pointer } = resolveRef(doc, raw, `${at}/responses/${status}`);
    if (!isObject(node)) continue;
    found.push(...contentExamples(node, pointer, 'response'));
    for (const [name, rawHeader] of Object.entries(isObject(node.headers) ? node.headers : {})) {
      const header = resolveRef(doc, rawHeader, `${pointer}${pointerOf('headers', name)}`);
      if (isObject(header.node)) {
        found.push(...examplesOf(header.node, header.pointer, `${header.pointer}/schema`, 'response'));
      }
    }
  }
  return found;
}

/** `example` keywords inside component schemas (at any depth of schema keywords). */
function schemaExamples(schema: unknown, at: string): FoundExample[] {
  if (!isObject(schema)) return [];
  const found: FoundExample[] = [];
  if ('example' in schema)
    found.push({ at: `${at}/example`, schemaPointer: at, direction: 'response', value: schema.example });
  for (const key of ['items', 'additionalProperties', 'not'])
    found.push(...schemaExamples(schema[key], `${at}/${key}`));
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[key];
    if (!Array.isArray(list)) continue;
    for (const [index, sub] of list.entries()) found.push(...schemaExamples(sub, `${at}/${key}/${index}`));
  }
  if (isObject(schema.properties)) {
    for (const [name, sub] of Object.entries(schema.properties)) {
      found.push(...schemaExamples(sub, `${at}${pointerOf('properties', name)}`));
    }
  }
  return found;
}

function failures(found: FoundExample[]): string[] {
  return found.flatMap(({ at, schemaPointer, direction, value }) =>
    validator.validate(schemaPointer, direction, value).map((error) => `${at} (${direction}): ${error}`),
  );
}

const operations = listOperations(doc);

describe('examples validate against their schemas (Ajv 2020, strict, formats)', () => {
  it.each(operations.map((entry) => [entry.operationId, entry] as const))(
    '%s',
    (_, { operation, pointer }) => {
      const found = operationExamples(operation, pointer);
      expect(found.length).toBeGreaterThan(5);
      expect(failures(found)).toEqual([]);
    },
  );

  it('component schema examples', () => {
    const schemas = (doc.components as { schemas: JsonObject }).schemas;
    const found = Object.entries(schemas).flatMap(([name, schema]) =>
      schemaExamples(schema, pointerOf('components', 'schemas', name)),
    );
    expect(found.length).toBeGreaterThan(10);
    expect(failures(found)).toEqual([]);
  });
});

describe('success responses', () => {
  it.each(operations.map((entry) => [entry.operationId, entry] as const))(
    '%s has an example for every success body or header (204 has no body)',
    (_, { operation, pointer }) => {
      const statuses = successStatuses(operation);
      expect(statuses).toHaveLength(1);
      const status = statuses[0] ?? '';
      const { node } = resolveRef(
        doc,
        (operation.responses as JsonObject)[status],
        `${pointer}/responses/${status}`,
      );
      if (!isObject(node)) throw new Error(`response ${status} is not an object`);
      if (status === '204') {
        expect(node.content).toBeUndefined();
        return;
      }
      if (status === '302') {
        expect(node.content).toBeUndefined();
        const location = (node.headers as JsonObject).Location as JsonObject;
        expect(location).toMatchObject({ required: true, schema: { type: 'string', format: 'uri' } });
        expect(typeof location.example).toBe('string');
        return;
      }
      const content = node.content as JsonObject;
      expect(Object.keys(content)).toEqual(['application/json']);
      expect('example' in (content['application/json'] as JsonObject)).toBe(true);
    },
  );
});

describe('the validator can fail', () => {
  const invite = '/components/schemas/OrganizationInvite';
  const validResponse = {
    id: '0193a4f2-6b1e-7c55-a0d2-8e9f1a2b3c4d',
    target_email: 'margaret@hogflix.com',
    emailing_attempt_made: false,
    is_expired: false,
    created_by: null,
    created_at: '2026-11-27T09:30:00Z',
    updated_at: '2026-11-27T09:30:00Z',
  };

  it('accepts a minimal invite response and a minimal invite request', () => {
    expect(validator.validate(invite, 'response', validResponse)).toEqual([]);
    expect(validator.validate(invite, 'request', { target_email: 'margaret@hogflix.com' })).toEqual([]);
  });

  it('rejects a response missing a required read-only field, or carrying a write-only one', () => {
    const { id: _, ...withoutId } = validResponse;
    expect(validator.validate(invite, 'response', withoutId)).toEqual(["/ must have required property 'id'"]);
    expect(validator.validate(invite, 'response', { ...validResponse, send_email: true })).toEqual([
      '/send_email boolean schema is false',
    ]);
  });

  it('rejects a request carrying a read-only field, a bad format or a wrong enum value', () => {
    expect(validator.validate(invite, 'request', { target_email: 'a@b.co', id: validResponse.id })).toEqual([
      '/id boolean schema is false',
    ]);
    expect(validator.validate(invite, 'request', { target_email: 'not-an-email' })).toEqual([
      '/target_email must match format "email"',
    ]);
    expect(validator.validate(invite, 'request', { target_email: 'a@b.co', level: 2 })).toEqual([
      '/level must be equal to one of the allowed values',
    ]);
  });
});
