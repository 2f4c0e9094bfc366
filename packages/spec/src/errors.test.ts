import { describe, expect, it } from 'vitest';
import { isObject, type JsonObject, listOperations, loadSpec, resolveRef } from './spec-document.js';

const doc = loadSpec();
const operations = listOperations(doc);

const ALWAYS = ['400', '401', '403', '404', '429'];
const WITH_BODY = ['413', '415'];

/** The `type` an error body must have for each status (400 may also be a parse error of the body). */
const TYPES_BY_STATUS: Record<string, string[]> = {
  '400': ['validation_error', 'invalid_request'],
  '401': ['authentication_error'],
  '403': ['authentication_error'],
  '404': ['invalid_request'],
  '413': ['invalid_request'],
  '415': ['invalid_request'],
  '429': ['throttled_error'],
};

/** The resolved error response of an operation, its JSON media type and its example values. */
function errorResponse(operation: JsonObject, pointer: string, status: string) {
  const raw = (operation.responses as JsonObject)[status];
  const { node } = resolveRef(doc, raw, `${pointer}/responses/${status}`);
  if (!isObject(node)) throw new Error(`${pointer} ${status}: not declared`);
  const media = (node.content as JsonObject | undefined)?.['application/json'];
  if (!isObject(media)) throw new Error(`${pointer} ${status}: no application/json content`);
  const examples = isObject(media.examples)
    ? Object.values(media.examples).map((example) => (example as JsonObject).value)
    : [];
  if ('example' in media) examples.push(media.example);
  return { response: node, media, examples };
}

describe('error responses', () => {
  it('ErrorResponse is {type, code, detail, attr}, all required, attr nullable', () => {
    const schema = (doc.components as { schemas: Record<string, JsonObject> }).schemas.ErrorResponse ?? {};
    const properties = (schema.properties ?? {}) as Record<string, JsonObject>;
    expect(Object.keys(properties)).toEqual(['type', 'code', 'detail', 'attr']);
    expect(schema.required).toEqual(['type', 'code', 'detail', 'attr']);
    expect(properties.attr).toMatchObject({ type: ['string', 'null'] });
    expect(properties.type?.enum).toEqual([
      'validation_error',
      'authentication_error',
      'invalid_request',
      'throttled_error',
      'server_error',
    ]);
  });

  it.each(operations.map((entry) => [entry.operationId, entry] as const))(
    '%s declares the error statuses with ErrorResponse and examples of the right type',
    (_, { operation, pointer }) => {
      const hasBody = operation.requestBody !== undefined;
      const declared = Object.keys(operation.responses as JsonObject).filter((status) =>
        /^[45]/.test(status),
      );
      expect(declared.sort()).toEqual([...ALWAYS, ...(hasBody ? WITH_BODY : [])].sort());
      for (const status of declared) {
        const { media, examples } = errorResponse(operation, pointer, status);
        expect(media.schema, status).toEqual({ $ref: '#/components/schemas/ErrorResponse' });
        expect(examples.length, status).toBeGreaterThan(0);
        for (const example of examples) {
          expect(TYPES_BY_STATUS[status], `${status} ${JSON.stringify(example)}`).toContain(
            (example as JsonObject).type,
          );
        }
      }
    },
  );

  it.each(operations.map((entry) => [entry.operationId, entry] as const))(
    '%s: 429 carries Retry-After and 401 WWW-Authenticate',
    (_, { operation, pointer }) => {
      const throttled = errorResponse(operation, pointer, '429').response;
      const retryAfter = resolveRef(doc, (throttled.headers as JsonObject)['Retry-After'], pointer).node;
      expect(retryAfter).toMatchObject({ required: true, schema: { type: 'integer', minimum: 0 } });
      const unauthorized = errorResponse(operation, pointer, '401').response;
      expect(Object.keys(unauthorized.headers as JsonObject)).toEqual(['WWW-Authenticate']);
    },
  );

  it("a 403 example names the operation's own scope when it shows a missing scope", () => {
    for (const { operationId, operation, pointer } of operations) {
      const [requirement] = operation.security as { PersonalAPIKeyAuth: string[] }[];
      const scope = requirement?.PersonalAPIKeyAuth[0];
      const missing = errorResponse(operation, pointer, '403').examples.filter((example) =>
        String((example as JsonObject).detail).startsWith('API key missing required scope'),
      );
      expect(missing, operationId).toEqual([
        {
          type: 'authentication_error',
          code: 'permission_denied',
          detail: `API key missing required scope '${scope}'`,
          attr: null,
        },
      ]);
    }
  });
});
