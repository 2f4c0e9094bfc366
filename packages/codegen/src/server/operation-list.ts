import { CodegenError, childPointer } from '../codegen-error.js';
import { dereference } from '../schema/json-pointer.js';
import { asObject, type OpenApiDocument } from '../schema/openapi-types.js';

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** One operation of the document, with its path-level parameters merged in. */
export interface OperationInfo {
  id: string;
  method: string;
  path: string;
  pointer: string;
  operation: Record<string, unknown>;
  /** Dereferenced parameters (operation-level ones override path-level ones with the same name and location). */
  parameters: { value: Record<string, unknown>; pointer: string }[];
}

/** Every operation in document order (paths, then methods as written). Missing operationIds are derived. */
export function collectOperations(doc: OpenApiDocument): OperationInfo[] {
  const operations: OperationInfo[] = [];
  const ids = new Map<string, string>();
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const itemPointer = childPointer('/paths', path);
    const item = asObject(dereference(doc, rawItem, itemPointer).value) ?? {};
    for (const [method, rawOperation] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const pointer = childPointer(itemPointer, method);
      const operation = asObject(rawOperation);
      if (!operation) throw new CodegenError(pointer, 'operation must be an object', 'Fix the path item.');
      const id =
        typeof operation.operationId === 'string'
          ? operation.operationId
          : `${method}${path.replace(/[^A-Za-z0-9]+/g, '_')}`.replace(/_+$/, '');
      const previous = ids.get(id);
      if (previous !== undefined) {
        throw new CodegenError(
          childPointer(pointer, 'operationId'),
          `operationId "${id}" is also used by ${previous}`,
          'Give every operation a unique operationId.',
        );
      }
      ids.set(id, pointer);
      operations.push({
        id,
        method,
        path,
        pointer,
        operation,
        parameters: mergeParameters(doc, item, operation, itemPointer, pointer),
      });
    }
  }
  return operations;
}

function mergeParameters(
  doc: OpenApiDocument,
  item: Record<string, unknown>,
  operation: Record<string, unknown>,
  itemPointer: string,
  operationPointer: string,
): OperationInfo['parameters'] {
  const merged = new Map<string, OperationInfo['parameters'][number]>();
  const add = (list: unknown, at: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const { value } = dereference(doc, raw, childPointer(childPointer(at, 'parameters'), i));
      const param = asObject(value);
      if (!param || typeof param.name !== 'string' || typeof param.in !== 'string') {
        throw new CodegenError(
          childPointer(childPointer(at, 'parameters'), i),
          'parameter needs a name and an in',
          'Add `name` and `in` (path, query, header or cookie).',
        );
      }
      merged.set(`${param.in}:${param.name}`, {
        value: param,
        pointer: childPointer(childPointer(at, 'parameters'), i),
      });
    });
  };
  add(item.parameters, itemPointer);
  add(operation.parameters, operationPointer);
  return [...merged.values()];
}
