import type { GeneratedFile } from '../generated-file.js';
import { literal, propertyKey } from '../schema/code-literal.js';
import { asObject, type OpenApiDocument } from '../schema/openapi-types.js';
import type { OperationInfo } from './operation-list.js';

/** Scopes of the first security requirement (all its schemes), falling back to the document's `security`. */
export function requiredScopes(doc: OpenApiDocument, op: OperationInfo): string[] {
  const security = (op.operation.security ?? doc.security) as unknown;
  const first = Array.isArray(security) ? asObject(security[0]) : undefined;
  return first
    ? Object.values(first).flatMap((scopes) => (Array.isArray(scopes) ? scopes.map(String) : []))
    : [];
}

/** The status a handler answers on success: the lowest 2XX, else the lowest 3XX, else the first declared. */
export function successStatus(op: OperationInfo): number | null {
  const statuses = Object.keys(asObject(op.operation.responses) ?? {})
    .filter((s) => /^[1-5][0-9][0-9]$/.test(s))
    .map(Number);
  const pick = (lo: number) => statuses.filter((s) => s >= lo && s < lo + 100).sort((a, b) => a - b)[0];
  return pick(200) ?? pick(300) ?? statuses[0] ?? null;
}

/** `operations.gen.ts`: method, path, scopes and success status per operationId (read by auth and routing). */
export function emitOperationsFile(doc: OpenApiDocument, operations: OperationInfo[]): GeneratedFile {
  const lines = operations.map((op) => {
    const entry = {
      method: op.method,
      path: op.path,
      scopes: requiredScopes(doc, op),
      successStatus: successStatus(op),
    };
    return `  ${propertyKey(op.id)}: ${literal(entry)},`;
  });
  const body = lines.length === 0 ? '{}' : `{\n${lines.join('\n')}\n}`;
  const contents = [
    '/** Every operation: HTTP method, OpenAPI path, required scopes, success status. */',
    `export const operations = ${body} as const;`,
    '',
    '/** An operationId of the document. */',
    'export type OperationId = keyof typeof operations;',
    '',
  ].join('\n');
  return { path: 'operations.gen.ts', contents };
}
