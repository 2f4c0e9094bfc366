import { describe, expect, it } from 'vitest';
import { OPTIONAL_IN_REQUEST, splitRequestForms } from '../../src/client/split-request-forms.js';
import type { OpenApiDocument } from '../../src/document/openapi-document.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

/** A document with one POST whose request body and 200 response use the given schemas. */
function doc(request: unknown, response: unknown, schemas: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: '3.1.0',
    paths: {
      '/x': {
        post: { requestBody: json(request), responses: { '200': { description: 'ok', ...json(response) } } },
      },
    },
    components: { schemas },
  };
}

const withDefault = { type: 'object', properties: { level: { type: 'integer', default: 1 } } };
const marked = {
  type: 'object',
  properties: { level: { type: 'integer', default: 1, [OPTIONAL_IN_REQUEST]: true } },
};

describe('splitRequestForms', () => {
  const cases: {
    name: string;
    given: OpenApiDocument;
    forms: [string, string][];
    expected: OpenApiDocument;
  }[] = [
    {
      name: 'a component used both ways gets a request form, placed right after it; the request body points at it',
      given: doc(ref('X'), ref('X'), { X: withDefault, Y: { type: 'string' } }),
      forms: [['X', 'XRequest']],
      expected: doc(ref('XRequest'), ref('X'), { X: withDefault, XRequest: marked, Y: { type: 'string' } }),
    },
    {
      name: 'a component used only by requests is marked in place',
      given: doc(ref('X'), { type: 'string' }, { X: withDefault }),
      forms: [['X', 'X']],
      expected: doc(ref('X'), { type: 'string' }, { X: marked }),
    },
    {
      name: 'a component without defaulted optional properties is left alone',
      given: doc(ref('X'), ref('X'), {
        X: { type: 'object', required: ['level'], properties: { level: { type: 'integer', default: 1 } } },
      }),
      forms: [],
      expected: doc(ref('X'), ref('X'), {
        X: { type: 'object', required: ['level'], properties: { level: { type: 'integer', default: 1 } } },
      }),
    },
    {
      name: 'a component that reaches a defaulted property through $ref gets a form pointing at the inner form',
      given: doc(ref('Outer'), ref('Outer'), {
        Outer: { type: 'array', items: ref('Inner') },
        Inner: withDefault,
      }),
      forms: [
        ['Outer', 'OuterRequest'],
        ['Inner', 'InnerRequest'],
      ],
      expected: doc(ref('OuterRequest'), ref('Outer'), {
        Outer: { type: 'array', items: ref('Inner') },
        OuterRequest: { type: 'array', items: ref('InnerRequest') },
        Inner: withDefault,
        InnerRequest: marked,
      }),
    },
    {
      name: 'an existing <Name>Request is not overwritten',
      given: doc(ref('X'), ref('X'), { X: withDefault, XRequest: { type: 'string' } }),
      forms: [['X', 'XRequest2']],
      expected: doc(ref('XRequest2'), ref('X'), {
        X: withDefault,
        XRequest2: marked,
        XRequest: { type: 'string' },
      }),
    },
    {
      name: 'an implicit discriminator mapping is pinned to the original names',
      given: doc(ref('Pet'), ref('Pet'), {
        Pet: { oneOf: [ref('Cat')], discriminator: { propertyName: 'kind' } },
        Cat: withDefault,
      }),
      forms: [
        ['Pet', 'PetRequest'],
        ['Cat', 'CatRequest'],
      ],
      expected: doc(ref('PetRequest'), ref('Pet'), {
        Pet: { oneOf: [ref('Cat')], discriminator: { propertyName: 'kind' } },
        PetRequest: {
          oneOf: [ref('CatRequest')],
          discriminator: { propertyName: 'kind', mapping: { Cat: '#/components/schemas/CatRequest' } },
        },
        Cat: withDefault,
        CatRequest: marked,
      }),
    },
  ];

  for (const { name, given, forms, expected } of cases) {
    it(name, () => {
      expect([...splitRequestForms(given)]).toEqual(forms);
      expect(given).toEqual(expected);
      expect(Object.keys(given.components?.schemas ?? {})).toEqual(
        Object.keys(expected.components?.schemas ?? {}),
      );
    });
  }
});
