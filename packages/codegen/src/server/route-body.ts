import { childPointer } from '../codegen-error.js';
import { indentTail, literal } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import { dereference } from '../schema/json-pointer.js';
import { asObject, type OpenApiDocument } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';
import { emitContent } from './route-content.js';

/** `request.body`: description, `required` as the spec says, and the request form of each media type's schema. */
export function emitRequestBody(
  doc: OpenApiDocument,
  table: ComponentTable,
  operation: OperationInfo,
  helpers: Set<string>,
): string | undefined {
  if (operation.operation.requestBody === undefined) return undefined;
  const at = childPointer(operation.pointer, 'requestBody');
  const { value, pointer } = dereference(doc, operation.operation.requestBody, at);
  const body = asObject(value) ?? {};
  const fields: string[] = [];
  if (body.description !== undefined) fields.push(`description: ${literal(body.description)},`);
  const content = asObject(body.content) ?? {};
  fields.push(
    `content: ${emitContent(doc, table, content, childPointer(pointer, 'content'), 'request', helpers)},`,
  );
  if (typeof body.required === 'boolean') fields.push(`required: ${body.required},`);
  return `body: {\n  ${fields.map(indentTail).join('\n  ')}\n},`;
}

/** The request-side schemas of an operation (body media types and parameters), for the component split. */
export function requestSchemas(doc: OpenApiDocument, operation: OperationInfo): unknown[] {
  const schemas: unknown[] = operation.parameters.map((p) => p.value.schema);
  if (operation.operation.requestBody !== undefined) {
    const body = asObject(dereference(doc, operation.operation.requestBody, operation.pointer).value);
    for (const media of Object.values(asObject(body?.content) ?? {})) schemas.push(asObject(media)?.schema);
  }
  return schemas.filter((s) => s !== undefined);
}
