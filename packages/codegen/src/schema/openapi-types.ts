/** Loose views of the OpenAPI 3.1 objects the emitters read. Values come from YAML/JSON, so every field is optional. */

/** A JSON Schema node (OpenAPI 3.1 schema object); boolean schemas are allowed by JSON Schema 2020-12. */
export type SchemaNode = boolean | SchemaObject;

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: SchemaNode;
  items?: SchemaNode;
  allOf?: SchemaNode[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  readOnly?: boolean;
  writeOnly?: boolean;
  default?: unknown;
  [keyword: string]: unknown;
}

/** The parts of an OpenAPI document the generator reads. */
export interface OpenApiDocument {
  openapi?: string;
  info?: Record<string, unknown>;
  servers?: unknown[];
  tags?: unknown[];
  security?: Record<string, string[]>[];
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
}

/** Which side of the wire a schema is emitted for: responses drop writeOnly fields, requests drop readOnly ones. */
export type Direction = 'response' | 'request';

/** Returns the value as a plain object, or undefined. */
export function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
