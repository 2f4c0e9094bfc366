import { childPointer } from '../codegen-error.js';
import { indentTail, literal, propertyKey } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import { dereference } from '../schema/json-pointer.js';
import { asObject, type OpenApiDocument } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';
import { emitContent } from './route-content.js';
import type { SharedDeclarations } from './route-shared.js';

/**
 * `responses`: every declared status (errors included) with description, headers, content and examples. A response
 * that is a `$ref` to `components/responses` is the shared declaration of that component (see {@link SharedDeclarations}).
 */
export function emitResponses(
  doc: OpenApiDocument,
  table: ComponentTable,
  operation: OperationInfo,
  helpers: Set<string>,
  shared: SharedDeclarations,
): string {
  const at = childPointer(operation.pointer, 'responses');
  const lines: string[] = [];
  for (const [status, raw] of Object.entries(asObject(operation.operation.responses) ?? {})) {
    const emit = () => emitResponse(doc, table, raw, childPointer(at, status), helpers);
    // `satisfies` gives the literal its contextual type (header schema `type`s stay literal types) as createRoute would.
    const code =
      shared.reference(raw, 'responses', () => `${emit()} satisfies RouteConfig['responses'][string]`) ??
      emit();
    lines.push(`${propertyKey(status)}: ${code},`);
  }
  return `responses: {\n  ${lines.map(indentTail).join('\n  ')}\n},`;
}

/** One response object (a `$ref` followed): description, headers, content. */
function emitResponse(
  doc: OpenApiDocument,
  table: ComponentTable,
  raw: unknown,
  at: string,
  helpers: Set<string>,
): string {
  const { value, pointer } = dereference(doc, raw, at);
  const response = asObject(value) ?? {};
  const fields = [`description: ${literal(response.description ?? '')},`];
  const headers = asObject(response.headers);
  if (headers) {
    const resolved = Object.fromEntries(
      Object.entries(headers).map(([name, h]) => [
        name,
        dereference(doc, h, childPointer(pointer, 'headers')).value,
      ]),
    );
    fields.push(`headers: ${literal(resolved)},`);
  }
  const content = asObject(response.content);
  if (content) {
    fields.push(
      `content: ${emitContent(doc, table, content, childPointer(pointer, 'content'), 'response', helpers)},`,
    );
  }
  return `{\n  ${fields.map(indentTail).join('\n  ')}\n}`;
}

/** The response-side schemas of an operation (each response's media types and headers), for the component split. */
export function responseSchemas(doc: OpenApiDocument, operation: OperationInfo): unknown[] {
  const schemas: unknown[] = [];
  const mediaSchemas = (content: unknown) =>
    Object.values(asObject(content) ?? {}).map((media) => asObject(media)?.schema);
  const at = childPointer(operation.pointer, 'responses');
  for (const [status, raw] of Object.entries(asObject(operation.operation.responses) ?? {})) {
    const { value, pointer } = dereference(doc, raw, childPointer(at, status));
    const response = asObject(value) ?? {};
    schemas.push(...mediaSchemas(response.content));
    for (const rawHeader of Object.values(asObject(response.headers) ?? {})) {
      const header = asObject(dereference(doc, rawHeader, childPointer(pointer, 'headers')).value) ?? {};
      schemas.push(header.schema, ...mediaSchemas(header.content));
    }
  }
  return schemas.filter((s) => s !== undefined);
}
