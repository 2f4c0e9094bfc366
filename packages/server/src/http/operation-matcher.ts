import type { OperationSpec, OperationTable } from './operation-table.js';

/** The outcome of matching a request against the operations table. */
export type OperationMatch =
  | { kind: 'match'; operationId: string; operation: OperationSpec; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'no-match' };

/** Compiled matcher: method + concrete path → operation. */
export interface OperationMatcher {
  match(method: string, path: string): OperationMatch;
  /** True when some operation (any method) has exactly this concrete path. */
  hasPath(path: string): boolean;
}

interface CompiledPath {
  template: string;
  segments: Array<{ literal: string } | { param: string }>;
  byMethod: Map<string, { operationId: string; operation: OperationSpec }>;
}

const PARAM_SEGMENT = /^\{([^}]+)\}$/;

function compilePath(template: string): CompiledPath['segments'] {
  return template.split('/').map((segment) => {
    const param = PARAM_SEGMENT.exec(segment)?.[1];
    return param === undefined ? { literal: segment } : { param };
  });
}

function matchSegments(
  segments: CompiledPath['segments'],
  parts: readonly string[],
): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index] as CompiledPath['segments'][number];
    const part = parts[index] as string;
    if ('literal' in segment) {
      if (segment.literal !== part) return undefined;
    } else {
      if (part === '') return undefined;
      params[segment.param] = part.includes('%') ? safeDecode(part) : part;
    }
  }
  return params;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Literal segments beat parameters at the first difference (`invites/bulk/` over `invites/{id}/`), as DRF routes. */
function compareSpecificity(a: CompiledPath, b: CompiledPath): number {
  for (const [index, segment] of a.segments.entries()) {
    const other = b.segments[index];
    const aLiteral = 'literal' in segment;
    const bLiteral = other !== undefined && 'literal' in other;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

/**
 * Compiles the generated `operations` table into a matcher. The most specific path template matching the request
 * path decides: its method → a match (with raw, URI-decoded path params); another method → 405 with the allowed list.
 *
 * @example
 * const matcher = compileOperationMatcher(operations);
 * matcher.match('GET', '/api/organizations/@current/invites/'); // { kind: 'match', operationId: 'invites_list', … }
 */
export function compileOperationMatcher(operations: OperationTable): OperationMatcher {
  const paths = new Map<string, CompiledPath>();
  for (const [operationId, operation] of Object.entries(operations)) {
    let compiled = paths.get(operation.path);
    if (!compiled) {
      compiled = { template: operation.path, segments: compilePath(operation.path), byMethod: new Map() };
      paths.set(operation.path, compiled);
    }
    compiled.byMethod.set(operation.method.toUpperCase(), { operationId, operation });
  }
  // Templates by segment count, most specific first: a request path is compared only with templates of its length.
  const bySegmentCount = new Map<number, CompiledPath[]>();
  for (const compiled of [...paths.values()].sort(compareSpecificity)) {
    const list = bySegmentCount.get(compiled.segments.length) ?? [];
    list.push(compiled);
    bySegmentCount.set(compiled.segments.length, list);
  }

  const findPath = (path: string) => {
    const parts = path.split('/');
    for (const compiled of bySegmentCount.get(parts.length) ?? []) {
      const params = matchSegments(compiled.segments, parts);
      if (params) return { compiled, params };
    }
    return undefined;
  };

  return {
    match(method, path) {
      const found = findPath(path);
      if (!found) return { kind: 'no-match' };
      const upper = method.toUpperCase();
      // HEAD is answered by the GET route (Hono strips the body), as DRF does.
      const entry = found.compiled.byMethod.get(upper === 'HEAD' ? 'GET' : upper);
      if (!entry) return { kind: 'method-not-allowed', allowed: [...found.compiled.byMethod.keys()] };
      return {
        kind: 'match',
        operationId: entry.operationId,
        operation: entry.operation,
        params: found.params,
      };
    },
    hasPath(path) {
      return findPath(path) !== undefined;
    },
  };
}
