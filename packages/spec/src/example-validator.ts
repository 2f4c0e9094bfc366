import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { isObject, type JsonObject, listOperations } from './spec-document.js';

/** Which side of the wire a schema describes: readOnly fields exist only in responses, writeOnly only in requests. */
export type Direction = 'request' | 'response';

/** Keywords of an OpenAPI 3.1 document and of its Schema Objects that JSON Schema 2020-12 does not define. */
const OPENAPI_KEYWORDS = [
  // document level (the whole document is registered as one schema so `#/components/…` refs resolve)
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'paths',
  'webhooks',
  'components',
  'security',
  'tags',
  // Schema Object extensions
  'example',
  'discriminator',
  'xml',
  'externalDocs',
];

const SUBSCHEMA_KEYS = [
  'items',
  'additionalProperties',
  'not',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const SUBSCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA_MAP_KEYS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

/**
 * Apply OpenAPI's readOnly/writeOnly semantics to a schema, which JSON Schema alone does not: in a request, a
 * readOnly property is not required and may not be sent; in a response, the same holds for writeOnly ones.
 * Only property-level flags count (`{ $ref, readOnly: true }` included).
 */
export function schemaForDirection(schema: unknown, direction: Direction): unknown {
  if (!isObject(schema)) return schema;
  const out: JsonObject = { ...schema };
  for (const key of SUBSCHEMA_KEYS) if (key in out) out[key] = schemaForDirection(out[key], direction);
  for (const key of SUBSCHEMA_LIST_KEYS) {
    const list = out[key];
    if (Array.isArray(list)) out[key] = list.map((item) => schemaForDirection(item, direction));
  }
  for (const key of SUBSCHEMA_MAP_KEYS) {
    const map = out[key];
    if (isObject(map)) {
      out[key] = Object.fromEntries(
        Object.entries(map).map(([name, sub]) => [name, schemaForDirection(sub, direction)]),
      );
    }
  }
  if (isObject(out.properties)) {
    const flag = direction === 'request' ? 'readOnly' : 'writeOnly';
    const hidden = Object.entries(out.properties)
      .filter(([, sub]) => isObject(sub) && sub[flag] === true)
      .map(([name]) => name);
    if (hidden.length > 0) {
      out.properties = { ...out.properties, ...Object.fromEntries(hidden.map((name) => [name, false])) };
      if (Array.isArray(out.required)) out.required = out.required.filter((name) => !hidden.includes(name));
    }
  }
  return out;
}

/** A copy of the document whose component and media-type schemas are adjusted for one direction. */
function documentForDirection(doc: JsonObject, direction: Direction): JsonObject {
  const copy: JsonObject = structuredClone(doc);
  const components = copy.components;
  if (isObject(components) && isObject(components.schemas)) {
    const schemas = components.schemas;
    for (const name of Object.keys(schemas)) schemas[name] = schemaForDirection(schemas[name], direction);
  }
  const adjustContent = (holder: unknown) => {
    if (!isObject(holder) || !isObject(holder.content)) return;
    for (const media of Object.values(holder.content)) {
      if (isObject(media) && 'schema' in media) media.schema = schemaForDirection(media.schema, direction);
    }
  };
  for (const { operation } of listOperations(copy)) {
    adjustContent(operation.requestBody);
    if (isObject(operation.responses))
      for (const response of Object.values(operation.responses)) adjustContent(response);
  }
  if (isObject(components) && isObject(components.responses)) {
    for (const response of Object.values(components.responses)) adjustContent(response);
  }
  return copy;
}

/**
 * Validates values against the schema found at a JSON pointer of an OpenAPI 3.1 document, with Ajv's JSON Schema
 * 2020-12 dialect in strict mode plus ajv-formats (uuid, email, date-time, uri, int32, int64, …).
 */
export class ExampleValidator {
  private readonly ajv: Ajv2020;
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(doc: JsonObject) {
    this.ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
    // ajv-formats is CommonJS: under NodeNext its callable export is `.default`.
    ajvFormats.default(this.ajv);
    for (const keyword of OPENAPI_KEYWORDS) this.ajv.addKeyword({ keyword });
    for (const direction of ['request', 'response'] as const) {
      this.ajv.addSchema({ ...documentForDirection(doc, direction), $id: rootId(direction) });
    }
  }

  /**
   * Validate `value` against the schema at `schemaPointer` (e.g. `/components/schemas/OrganizationInvite`).
   * @returns Ajv's error list rendered as text, or an empty list when the value is valid
   */
  validate(schemaPointer: string, direction: Direction, value: unknown): string[] {
    const ref = `${rootId(direction)}#${encodeURI(schemaPointer)}`;
    let validate = this.cache.get(ref);
    if (validate === undefined) {
      validate = this.ajv.getSchema(ref);
      if (validate === undefined) throw new Error(`No schema at ${schemaPointer}`);
      this.cache.set(ref, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'} ${error.message ?? error.keyword}`,
    );
  }
}

function rootId(direction: Direction): string {
  return `urn:org-api:openapi:${direction}`;
}
