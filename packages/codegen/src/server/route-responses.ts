import { childPointer } from '../codegen-error.js';
import { indentTail, literal, propertyKey } from '../schema/code-literal.js';
import type { ComponentTable } from '../schema/component-table.js';
import { dereference } from '../schema/json-pointer.js';
import { asObject, type OpenApiDocument } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';
import { emitContent } from './route-content.js';

/** `responses`: every declared status (errors included) with description, headers, content and examples. */
export function emitResponses(
  doc: OpenApiDocument,
  table: ComponentTable,
  operation: OperationInfo,
  helpers: Set<string>,
): string {
  const at = childPointer(operation.pointer, 'responses');
  const lines: string[] = [];
  for (const [status, raw] of Object.entries(asObject(operation.operation.responses) ?? {})) {
    const { value, pointer } = dereference(doc, raw, childPointer(at, status));
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
    lines.push(`${propertyKey(status)}: {\n  ${fields.map(indentTail).join('\n  ')}\n},`);
  }
  return `responses: {\n  ${lines.map(indentTail).join('\n  ')}\n},`;
}
