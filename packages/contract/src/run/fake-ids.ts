import { tenantParameter } from '../spec/behaviour-rules.js';
import type { OperationInfo } from '../spec/spec-types.js';

/** Ids that cannot belong to anything real (never `@me`/`@current`, which a generator could pick). */
export const FAKE_UUID = '00000000-0000-4000-8000-00000000dead';
export const FAKE_INTEGER_ID = 2_147_480_000;

/**
 * Path values naming nothing real: the organization under test and ids that cannot exist (probes of auth, scopes
 * and tenancy never touch real data). Undefined without an organization.
 */
export function fakePathValues(
  op: OperationInfo,
  organizationId: string | undefined,
): Record<string, unknown> | undefined {
  if (organizationId === undefined) return undefined;
  const values: Record<string, unknown> = {};
  const tenant = tenantParameter(op)?.name;
  for (const param of op.parameters.filter((p) => p.in === 'path')) {
    values[param.name] =
      param.name === tenant
        ? organizationId
        : JSON.stringify(param.schema?.schema ?? {}).includes('"integer"')
          ? FAKE_INTEGER_ID
          : FAKE_UUID;
  }
  return values;
}
