import type { OperationInfo, ResponseInfo, SchemaRef } from '../spec/spec-types.js';

/** The documented response for a status: exact code, then `4XX`-style range, then `default`. */
export function findResponse(op: OperationInfo, status: number): ResponseInfo | undefined {
  const code = String(status);
  return (
    op.responses.find((r) => r.status === code) ??
    op.responses.find((r) => r.status.toUpperCase() === `${code[0]}XX`) ??
    op.responses.find((r) => r.status === 'default')
  );
}

/** The media type without parameters, lower-cased ('application/json; charset=utf-8' → 'application/json'). */
export function essence(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** True when `actual` satisfies the documented media range (`application/json`, `application/*`, `*\/*`). */
export function mediaTypeMatches(actual: string, documented: string): boolean {
  const [aType, aSub] = essence(actual).split('/');
  const [dType, dSub] = essence(documented).split('/');
  return (dType === '*' || dType === aType) && (dSub === '*' || dSub === aSub);
}

/** The schema documented for a response's content type (exact or wildcard match). */
export function responseSchema(
  response: ResponseInfo,
  contentType: string | undefined,
): SchemaRef | undefined {
  const key = Object.keys(response.content).find((m) => mediaTypeMatches(contentType ?? '', m));
  return key === undefined ? undefined : response.content[key];
}

/** Finds an operation by id in a list. */
export function operationById(ops: readonly OperationInfo[], id: string): OperationInfo | undefined {
  return ops.find((o) => o.id === id);
}
