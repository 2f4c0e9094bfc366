import { CodegenError, childPointer } from '../codegen-error.js';
import { indentTail, literal, propertyKey } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import { defaultFits } from '../schema/default-fits.js';
import { createContext } from '../schema/emit-context.js';
import { emitSchema } from '../schema/emit-schema.js';
import { resolvePointer } from '../schema/json-pointer.js';
import type { OpenApiDocument, SchemaNode } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';
import { inlineExamples } from './route-content.js';
import type { SharedDeclarations } from './route-shared.js';

const TARGETS: Record<string, string> = {
  path: 'params',
  query: 'query',
  header: 'headers',
  cookie: 'cookies',
};
const PARAM_FIELDS = [
  'description',
  'deprecated',
  'style',
  'explode',
  'allowReserved',
  'allowEmptyValue',
  'example',
  'examples',
];

/** Names of the operation's `style: deepObject` query parameters (they need the `deepObjectQuery` middleware). */
export function deepObjectParameters(operation: OperationInfo): string[] {
  return operation.parameters
    .filter((p) => p.value.in === 'query' && p.value.style === 'deepObject')
    .map((p) => String(p.value.name));
}

/**
 * `request.params/query/headers/cookies`: one `z.object` per location. Values arrive as strings, so numbers and
 * booleans are coerced (runtime `queryNumber`/`queryBoolean`), repeated query keys become arrays (`queryArray`),
 * comma-separated ones are split (`queryCsv`). A parameter that is a `$ref` to `components/parameters` is the
 * shared declaration of that component (see {@link SharedDeclarations}).
 */
export function emitParameters(
  doc: OpenApiDocument,
  table: ComponentTable,
  operation: OperationInfo,
  helpers: Set<string>,
  shared: SharedDeclarations,
): string[] {
  const groups = new Map<string, string[]>();
  for (const { value: param, pointer } of operation.parameters) {
    const location = String(param.in);
    const target = TARGETS[location];
    if (!target) {
      throw new CodegenError(
        childPointer(pointer, 'in'),
        `unknown parameter location "${location}"`,
        'Use path, query, header or cookie.',
      );
    }
    if (param.schema === undefined) {
      throw new CodegenError(
        pointer,
        'parameters described with `content` are not supported',
        'Describe the parameter with `schema`.',
      );
    }
    const style = typeof param.style === 'string' ? param.style : undefined;
    if (style === 'deepObject' && location !== 'query') {
      throw new CodegenError(
        childPointer(pointer, 'style'),
        'style deepObject is only defined for query parameters',
        'Use style simple.',
      );
    }
    if (style && !['form', 'simple', 'deepObject'].includes(style)) {
      throw new CodegenError(
        childPointer(pointer, 'style'),
        `parameter style "${style}" is not supported`,
        'Use style form (repeated keys, or comma-separated with explode: false) or simple.',
      );
    }
    const emit = () => emitParameter(doc, table, param, pointer, helpers);
    const code = shared.reference(resolvePointer(doc, pointer, pointer), 'parameters', emit) ?? emit();
    // zod-to-openapi requires key === name; @hono/zod-validator matches header keys case-insensitively.
    const list = groups.get(target) ?? [];
    list.push(`${propertyKey(String(param.name))}: ${code},`);
    groups.set(target, list);
  }
  return [...groups].map(
    ([target, lines]) => `${target}: z.object({\n  ${lines.map(indentTail).join('\n  ')}\n}),`,
  );
}

/** One parameter's schema with its `.openapi({ param })` metadata (and `.optional()` unless it must be sent). */
function emitParameter(
  doc: OpenApiDocument,
  table: ComponentTable,
  param: Record<string, unknown>,
  pointer: string,
  helpers: Set<string>,
): string {
  const location = String(param.in);
  const ctx = createContext(doc, table, 'request', { coerce: true, prefix: 's.', helpers });
  ctx.csvArrays = location !== 'query' || param.explode === false;
  ctx.pathSegment = location === 'path';
  // A parameter that must be sent keeps its default as documentation: `.default()` would make it optional (and
  // publish a path parameter as `required: false`, which OpenAPI forbids).
  const mustSend = location === 'path' || param.required === true;
  ctx.defaultAsMetadata = mustSend;
  let code = emitSchema(param.schema as SchemaNode, childPointer(pointer, 'schema'), ctx);
  const schema = param.schema as SchemaNode;
  const hasDefault =
    !mustSend &&
    typeof schema === 'object' &&
    schema.default !== undefined &&
    defaultFits(schema, schema.default, table);
  if (location !== 'path' && param.required !== true && !hasDefault) code += '.optional()';
  const meta: Record<string, unknown> = { name: param.name, in: location };
  for (const field of PARAM_FIELDS) if (param[field] !== undefined) meta[field] = param[field];
  for (const [field, value] of Object.entries(param)) if (field.startsWith('x-')) meta[field] = value;
  if (meta.examples !== undefined) meta.examples = inlineExamples(doc, meta.examples, pointer);
  let metaCode = literal(meta);
  // zod-to-openapi copies the schema's description to a parameter without one; an explicit undefined stops that.
  const schemaDescribed =
    typeof schema === 'object' && (schema.$ref !== undefined || schema.description !== undefined);
  if (meta.description === undefined && schemaDescribed)
    metaCode = `${metaCode.slice(0, -2)}, description: undefined }`;
  code += `.openapi({ param: ${metaCode} })`;
  return code;
}
