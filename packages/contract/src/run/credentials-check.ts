import type { Session } from '../checks/check-types.js';
import type { TokenRole } from '../http/http-types.js';
import { tenantParameter } from '../spec/behaviour-rules.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';
import { UsageError } from './rate-limiter.js';

/** Credentials the target refuses: the run would report every check of that role as a failure, so it stops (exit 2). */
export class CredentialsError extends UsageError {
  override name = 'CredentialsError';
}

/** The roles of the given tokens, with the organization each acts in. */
function rolesToVerify(session: Session): Array<{ role: TokenRole; organization: string | undefined }> {
  const { tokens } = session;
  const inThis = (['owner', 'admin', 'member', 'noScope'] as const).filter((r) => tokens[r]);
  return [
    ...inThis.map((role) => ({ role, organization: session.organizationId })),
    ...Object.keys(tokens.scoped ?? {}).map((scope) => ({
      role: `scoped:${scope}` as TokenRole,
      organization: session.organizationId,
    })),
    ...(tokens.otherOrg ? [{ role: 'otherOrg' as const, organization: session.otherOrganizationId }] : []),
    ...(tokens.disposableOwner
      ? [{ role: 'disposableOwner' as const, organization: session.disposableOrganizationId }]
      : []),
  ];
}

/** A safe operation whose only path parameter is the tenant (a list), to probe credentials with. */
function probeOperation(spec: SpecIndex): OperationInfo | undefined {
  return spec.operations.find(
    (op) =>
      op.method === 'get' &&
      op.parameters.filter((p) => p.in === 'path').every((p) => p.name === tenantParameter(op)?.name) &&
      tenantParameter(op) !== undefined,
  );
}

/**
 * Before anything else: every given token must be accepted (no 401), and the owner must be able to read its
 * organization (no 401/403/404). The first refusal stops the run with a message naming the token and the answer.
 * @throws CredentialsError "owner token rejected by http://…: GET /api/…/invites/ answered 401 (…)"
 */
export async function verifyCredentials(spec: SpecIndex, session: Session): Promise<void> {
  const op = probeOperation(spec);
  const tenant = op && tenantParameter(op)?.name;
  if (!op || !tenant) return;
  for (const { role, organization } of rolesToVerify(session)) {
    if (organization === undefined) continue;
    const exchange = await session.send(
      {
        method: 'get',
        pathTemplate: op.path,
        pathParams: { [tenant]: organization },
        query: {},
        headers: {},
      },
      role,
      { operationId: op.id, kind: 'probe' },
    );
    const { status, json } = exchange.response;
    const refused = status === 401 || (role === 'owner' && (status === 403 || status === 404));
    if (!refused) continue;
    const detail = (json as { detail?: unknown } | undefined)?.detail;
    throw new CredentialsError(
      `${roleName(role)} token rejected by ${session.baseUrl}: ${exchange.request.method} ${exchange.request.path} answered ${status}` +
        (typeof detail === 'string' ? ` (${detail})` : ''),
    );
  }
}

const roleName = (role: TokenRole) => (role.startsWith('scoped:') ? `${role.slice(7)} (scoped)` : role);
