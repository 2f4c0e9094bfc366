import type { Exchange, TokenRole } from '../http/http-types.js';
import { renderPath } from '../http/serialise-request.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';

/** A resource the runner created, with the request that deletes it. */
export interface TrackedResource {
  path: string;
  deleteOperation: OperationInfo;
  pathParams: Record<string, unknown>;
  /** The owner credentials of the organization it was created in (another organization's resources are deleted
   * with that organization's own key). */
  role: TokenRole;
}

/**
 * The DELETE operation for items created by a POST: the POST path, or a parent of it (`invites/bulk/` → `invites/`),
 * followed by one `{param}` segment.
 */
export function findDeleteOperation(spec: SpecIndex, postPath: string): OperationInfo | undefined {
  let prefix = postPath.endsWith('/') ? postPath : `${postPath}/`;
  for (let up = 0; up < 3 && prefix.length > 1; up++) {
    const found = spec.operations.find(
      (o) =>
        o.method === 'delete' &&
        o.path.startsWith(prefix) &&
        /^\{[^}/]+\}\/?$/.test(o.path.slice(prefix.length)),
    );
    if (found) return found;
    prefix = prefix.replace(/[^/]+\/$/, '');
  }
  return undefined;
}

/** Ids in a creation response: the body's `id`, or the `id` of each item of an array body. */
export function createdIds(json: unknown): unknown[] {
  const items = Array.isArray(json) ? json : [json];
  return items
    .filter((i): i is Record<string, unknown> => i !== null && typeof i === 'object' && 'id' in i)
    .map((i) => i.id);
}

/** The owner role of the organization a role acts in: other organizations' owners for theirs, else the owner. */
export function deletingRole(role: TokenRole): TokenRole {
  return role === 'otherOrg' || role === 'disposableOwner' ? role : 'owner';
}

/** The resources a successful POST created, with how to delete them (empty when it created nothing deletable). */
export function resourcesCreatedBy(spec: SpecIndex, exchange: Exchange): TrackedResource[] {
  const { status } = exchange.response;
  if (exchange.plan.method.toLowerCase() !== 'post' || status < 200 || status >= 300) return [];
  const deleteOperation = findDeleteOperation(spec, exchange.plan.pathTemplate);
  if (!deleteOperation) return [];
  const idParam = /\{([^}]+)\}\/?$/.exec(deleteOperation.path)?.[1] as string;
  return createdIds(exchange.response.json).map((id) => {
    const pathParams = { ...exchange.plan.pathParams, [idParam]: id };
    return {
      path: renderPath(deleteOperation.path, pathParams),
      deleteOperation,
      pathParams,
      role: deletingRole(exchange.role),
    };
  });
}
