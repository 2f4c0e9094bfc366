import { HTTP_METHODS, type OperationInfo } from '../spec/spec-types.js';
import { UsageError } from './rate-limiter.js';

/** Schemathesis-style operation filters: values of one option are alternatives, options combine (all must hold). */
export interface OperationFilter {
  includeOperationId?: string[] | undefined;
  includePath?: string[] | undefined;
  includeMethod?: string[] | undefined;
  excludeOperationId?: string[] | undefined;
  excludePath?: string[] | undefined;
  excludeMethod?: string[] | undefined;
}

type Key = 'OperationId' | 'Path' | 'Method';
const FLAG: Record<Key, string> = { OperationId: 'operation-id', Path: 'path', Method: 'method' };
const fieldOf = (op: OperationInfo, key: Key) =>
  key === 'OperationId' ? op.id : key === 'Path' ? op.path : op.method;

/** True when a filter selects anything less than every operation. */
export const isFiltering = (filter: OperationFilter | undefined) =>
  Object.values(filter ?? {}).some((values) => (values?.length ?? 0) > 0);

/**
 * The operations a run exercises and judges: those matching every `include-*` option given (any of its values) and
 * none of the `exclude-*` values. Paths are the spec's templates (`/api/…/projects/{id}/`), methods any case.
 * @throws UsageError for a value that names no operation of the spec, or filters that select nothing.
 */
export function filterOperations(operations: OperationInfo[], filter: OperationFilter = {}): OperationInfo[] {
  const wanted = (key: Key, kind: 'include' | 'exclude') => {
    const values = filter[`${kind}${key}`];
    if (!values?.length) return undefined;
    const normalised = key === 'Method' ? values.map((v) => v.toLowerCase()) : values;
    for (const [i, value] of normalised.entries()) {
      const known =
        key === 'Method'
          ? (HTTP_METHODS as readonly string[]).includes(value)
          : operations.some((op) => fieldOf(op, key) === value);
      if (!known)
        throw new UsageError(
          `--${kind}-${FLAG[key]} '${values[i]}' matches no operation of the spec` +
            (key === 'OperationId' ? ` (known: ${operations.map((o) => o.id).join(', ')})` : ''),
        );
    }
    return normalised;
  };
  const keys: Key[] = ['OperationId', 'Path', 'Method'];
  const includes = keys.map((key) => [key, wanted(key, 'include')] as const);
  const excludes = keys.map((key) => [key, wanted(key, 'exclude')] as const);
  const selected = operations.filter(
    (op) =>
      includes.every(([key, values]) => !values || values.includes(fieldOf(op, key))) &&
      !excludes.some(([key, values]) => values?.includes(fieldOf(op, key))),
  );
  if (selected.length === 0) throw new UsageError('the operation filters select no operation');
  return selected;
}
