import type { ErrorObject, ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule, { type FormatsPlugin } from 'ajv-formats';
import { escapePointerToken } from '../spec/json-pointer.js';
import type { JsonSchema, SchemaRef, SpecIndex } from '../spec/spec-types.js';
import { applyDirection, type Direction, WRITE_ONLY_KEYWORD } from './direction-rules.js';
import { isSchemaObject, mapSchema, type SchemaObject } from './schema-walk.js';

// ajv-formats is CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  addFormatsModule) as FormatsPlugin;

/** OpenAPI keywords that are annotations for validation purposes. */
export const OPENAPI_KEYWORDS = ['example', 'discriminator', 'xml', 'externalDocs'];

/** One schema violation, located in the instance and in the spec. */
export interface SchemaIssue {
  /** JSON pointer into the validated value ('' = the whole value). */
  instancePath: string;
  /** JSON pointer into the spec document of the failing keyword, e.g. `/components/schemas/X/properties/id/format`. */
  schemaPath: string;
  keyword: string;
  message: string;
}

export interface ValidationOutcome {
  valid: boolean;
  issues: SchemaIssue[];
}

/** Validates values against spec schemas, honouring the readOnly/writeOnly direction rules. */
export interface SchemaValidator {
  validate(ref: SchemaRef, value: unknown, direction: Direction): ValidationOutcome;
}

const defsId = (direction: Direction) => `urn:oas:${direction}`;
const defKey = (pointer: string) => encodeURIComponent(escapePointerToken(pointer));

/**
 * Creates a validator for one spec: Ajv 2020-12 + ajv-formats, OpenAPI keywords registered, one compile per
 * (direction, schema pointer).
 * @example createSchemaValidator(spec).validate(op.requestBody.content['application/json'], body, 'request')
 */
export function createSchemaValidator(spec: SpecIndex): SchemaValidator {
  const ajv = new Ajv2020({ strict: true, allErrors: true, verbose: true, strictRequired: false });
  addFormats(ajv);
  for (const keyword of OPENAPI_KEYWORDS) ajv.addKeyword({ keyword });
  ajv.addKeyword({ keyword: WRITE_ONLY_KEYWORD, validate: () => false, errors: false });
  const origin = new WeakMap<object, string>();
  const defRoots = spec.componentSchemas.map((s) => s.pointer);
  const cache = new Map<string, ValidateFunction>();

  const transform = (schema: JsonSchema, pointer: string, direction: Direction): JsonSchema =>
    mapSchema(schema, pointer, (copy, original, ptr) => {
      for (const key of Object.keys(copy)) if (key.startsWith('x-')) delete copy[key];
      if (typeof copy.$ref === 'string') copy.$ref = rewriteRef(copy.$ref, direction);
      if (typeof copy.format === 'string' && !ajv.formats[copy.format]) ajv.addFormat(copy.format, true);
      const out = applyDirection(spec, copy, original, direction);
      origin.set(out, ptr);
      for (const [name, sub] of Object.entries(isSchemaObject(out.properties) ? out.properties : {})) {
        if (isSchemaObject(sub) && !origin.has(sub))
          origin.set(sub, `${ptr}/properties/${escapePointerToken(name)}`);
      }
      return out;
    });

  const rewriteRef = (ref: string, direction: Direction): string => {
    const target = decodeURIComponent(ref.slice(1));
    const root = defRoots.find((p) => target === p || target.startsWith(`${p}/`));
    if (!root) throw new Error(`$ref ${ref} does not point into /components/schemas`);
    const rest = target.slice(root.length);
    return `${defsId(direction)}#/$defs/${defKey(root)}${rest.split('/').map(encodeURIComponent).join('/')}`;
  };

  for (const direction of ['request', 'response'] as const) {
    const $defs: SchemaObject = {};
    for (const { pointer, schema } of spec.componentSchemas) {
      $defs[pointer] = transform(schema, pointer, direction);
    }
    ajv.addSchema({ $id: defsId(direction), $defs });
  }

  const compile = (ref: SchemaRef, direction: Direction): ValidateFunction => {
    const key = `${direction} ${ref.pointer}`;
    let fn = cache.get(key);
    if (!fn) {
      const root = defRoots.includes(ref.pointer);
      fn = root
        ? (ajv.getSchema(`${defsId(direction)}#/$defs/${defKey(ref.pointer)}`) as ValidateFunction)
        : ajv.compile(transform(ref.schema, ref.pointer, direction) as SchemaObject);
      if (!fn) throw new Error(`cannot compile schema at ${ref.pointer}`);
      cache.set(key, fn);
    }
    return fn;
  };

  return {
    validate(ref, value, direction) {
      const fn = compile(ref, direction);
      if (fn(value)) return { valid: true, issues: [] };
      return { valid: false, issues: (fn.errors ?? []).map((e) => toIssue(e, origin)) };
    },
  };
}

function toIssue(error: ErrorObject, origin: WeakMap<object, string>): SchemaIssue {
  const parent = isSchemaObject(error.parentSchema) ? origin.get(error.parentSchema) : undefined;
  const schemaPath = parent !== undefined ? `${parent}/${error.keyword}` : error.schemaPath;
  const where = error.instancePath || '/';
  let message = error.message ?? error.keyword;
  if (error.keyword === WRITE_ONLY_KEYWORD) message = 'is writeOnly and must not appear in a response';
  if (error.keyword === 'additionalProperties') {
    message = `must NOT have additional property '${(error.params as { additionalProperty: string }).additionalProperty}'`;
  }
  if (error.keyword === 'enum') {
    message = `must be one of ${JSON.stringify((error.params as { allowedValues: unknown[] }).allowedValues)}`;
  }
  return {
    instancePath: error.instancePath,
    schemaPath,
    keyword: error.keyword,
    message: `${where} ${message}`,
  };
}

/** Formats issues as one line each: `<instancePath> <message> (schema <schemaPath>)`. */
export function formatIssues(issues: SchemaIssue[]): string {
  return issues.map((i) => `${i.message} (schema ${i.schemaPath})`).join('; ');
}
