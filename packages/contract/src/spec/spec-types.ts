/** A JSON Schema (2020-12 / OpenAPI 3.1 dialect) as plain data. */
export type JsonSchema = { [key: string]: unknown } | boolean;

/** A schema together with the JSON pointer ('/components/schemas/X') where it lives in the spec. */
export interface SchemaRef {
  pointer: string;
  schema: JsonSchema;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

/** One resolved parameter of an operation. */
export interface ParameterInfo {
  name: string;
  in: ParameterLocation;
  required: boolean;
  schema: SchemaRef | undefined;
  style: string | undefined;
  explode: boolean;
  /** The parameter's specification extensions (`x-…` keys), e.g. `x-search`. */
  extensions: Record<string, unknown>;
  /** JSON pointer of the parameter object (after `$ref`s). */
  pointer: string;
}

/** One documented response header. */
export interface HeaderInfo {
  name: string;
  required: boolean;
  schema: SchemaRef | undefined;
}

/** One documented response (by status key: '200', '4XX', 'default'). */
export interface ResponseInfo {
  status: string;
  pointer: string;
  /** Media type → schema (undefined when the media type has no schema). */
  content: Record<string, SchemaRef | undefined>;
  headers: HeaderInfo[];
}

/** A request body: media type → schema. */
export interface RequestBodyInfo {
  required: boolean;
  content: Record<string, SchemaRef | undefined>;
}

/** A security requirement alternative: scheme name → scopes. */
export type SecurityRequirement = Record<string, string[]>;

/** Everything the runner needs to know about one operation. */
export interface OperationInfo {
  /** operationId, or `METHOD path` when the spec has none. */
  id: string;
  method: string;
  path: string;
  pointer: string;
  summary: string | undefined;
  parameters: ParameterInfo[];
  requestBody: RequestBodyInfo | undefined;
  responses: ResponseInfo[];
  /** Effective security (operation-level or document default); empty array means "no auth". */
  security: SecurityRequirement[];
  /** Union of the scopes of every requirement (what a token must have). */
  scopes: string[];
  deprecated: boolean;
  /** The operation's specification extensions (`x-…` keys), e.g. `x-level-rules`. */
  extensions: Record<string, unknown>;
}

/** The indexed spec. */
export interface SpecIndex {
  document: Record<string, unknown>;
  source: string;
  operations: OperationInfo[];
  /** Path template → declared methods (lower case). */
  pathMethods: Map<string, string[]>;
  /** Named component schemas, by pointer. */
  componentSchemas: SchemaRef[];
  /** Follows local `$ref`s (chains included) and returns the target with its pointer. */
  deref(value: unknown, pointer: string): { value: unknown; pointer: string };
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
