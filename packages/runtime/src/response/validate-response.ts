import type { z } from 'zod';

/** operationId → status (`'200'`, `'2XX'`, `'default'`) → strict schema, or null for a declared status without JSON. */
export type ResponseValidators = Record<string, Record<string, z.ZodType | null>>;

/** Outcome of {@link validateResponse}: `attr` is the failing field path joined with `__` (empty at the root). */
export type ResponseCheck = { ok: true } | { ok: false; attr: string; message: string };

/**
 * Checks a handler's response against the spec: the status must be declared for the operation and the body must
 * match its strict schema (no undeclared property anywhere).
 *
 * @example
 * const check = validateResponse(responseValidators, 'members_list', 200, body);
 * if (!check.ok) log.error({ operation: 'members_list', attr: check.attr }, check.message);
 */
export function validateResponse(
  validators: ResponseValidators,
  operationId: string,
  status: number | string,
  body: unknown,
): ResponseCheck {
  const byStatus = validators[operationId];
  if (!byStatus) return { ok: false, attr: '', message: `Unknown operation "${operationId}".` };
  const code = String(status);
  const range = `${code[0]}XX`;
  const validator =
    code in byStatus ? byStatus[code] : range in byStatus ? byStatus[range] : byStatus.default;
  if (validator === undefined) {
    return { ok: false, attr: '', message: `Status ${code} is not declared for operation "${operationId}".` };
  }
  if (validator === null) return { ok: true };
  const result = validator.safeParse(body);
  if (result.success) return { ok: true };
  const issue = result.error.issues[0];
  const path = issue
    ? [...issue.path, ...(issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [])]
    : [];
  return { ok: false, attr: path.map(String).join('__'), message: issue?.message ?? 'Invalid response.' };
}
