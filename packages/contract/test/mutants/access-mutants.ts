import { bearer, errorBody, json, type Mutant, type MutantContext, rebuild, route } from './proxy-helpers.js';

/** The scope a single-scope fixture key holds (undefined for any other key). */
const scopeOf = ({ fixtures }: MutantContext, request: Request) =>
  Object.entries(fixtures.tokens.scoped).find(([, key]) => key === bearer(request))?.[0];

/** The same request on organization B's path with B's owner key (a server that ignores the path's organization). */
async function onOtherOrganization({ real, fixtures }: MutantContext, request: Request) {
  const { url } = route(request);
  url.pathname = url.pathname.replace(fixtures.organizationId, fixtures.otherOrganizationId);
  return real(await rebuild(request, { url, token: fixtures.tokens.otherOrg }));
}

/** A resource of organization B reached through organization A's path: `pattern` on the path below the org. */
const crossTenant =
  (method: string, pattern: RegExp) =>
  (ctx: MutantContext) =>
  async (req: Request): Promise<Response> => {
    const { org, rest } = route(req);
    if (req.method !== method || org !== ctx.fixtures.organizationId || !pattern.test(rest))
      return ctx.real(req);
    const response = await ctx.real(req.clone());
    return response.status === 404 ? onOtherOrganization(ctx, req) : response;
  };

const missingScope = (scope: string) =>
  errorBody(403, 'authentication_error', 'permission_denied', `API key missing required scope '${scope}'`);

/** Defects of authorization per operation (scopes) and per object (tenancy). */
export const ACCESS_MUTANTS: Mutant[] = [
  {
    name: 'write operation accepts a :read key (project:read creates projects)',
    message: /^Token with only project:read was allowed \(201\), but the operation requires project:write$/,
    caughtBy: 'scope_enforcement',
    build: (ctx) => async (req) =>
      scopeOf(ctx, req) === 'project:read' && req.method === 'POST'
        ? ctx.real(await rebuild(req, { token: ctx.fixtures.tokens.scoped['project:write'] }))
        : ctx.real(req),
  },
  {
    name: 'operation demands the wrong scope (invites list requires organization:read)',
    message:
      /^Token with exactly the required scope organization_member:read was refused for missing scope: API key missing required scope 'organization:read'$/,
    caughtBy: 'scope_enforcement',
    build: (ctx) => async (req) => {
      const scope = scopeOf(ctx, req);
      if (req.method !== 'GET' || route(req).rest !== '/invites/' || scope === undefined)
        return ctx.real(req);
      return scope === 'organization:read'
        ? ctx.real(await rebuild(req, { token: ctx.fixtures.tokens.owner }))
        : missingScope('organization:read');
    },
  },
  {
    name: ':write does not grant :read (reads need exactly the :read scope)',
    message:
      /^Token with project:write \(which grants project:read\) was refused for missing scope: API key missing required scope 'project:read'$/,
    caughtBy: 'scope_enforcement',
    build: (ctx) => async (req) =>
      scopeOf(ctx, req) === 'project:write' && req.method === 'GET'
        ? missingScope('project:read')
        : ctx.real(req),
  },
  {
    name: 'missing scope answered with a generic 403 detail',
    message:
      /^Token with only \S+ got 403 with detail "You do not have permission to perform this action\."; a missing scope is answered "API key missing required scope '\S+'"$/,
    caughtBy: 'scope_enforcement',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (response.status !== 403) return response;
        const detail = ((await response.clone().json()) as { detail?: string }).detail ?? '';
        return detail.startsWith('API key missing required scope')
          ? errorBody(
              403,
              'authentication_error',
              'permission_denied',
              'You do not have permission to perform this action.',
            )
          : response;
      },
  },
  {
    name: 'scope checked by action only (any :read key reads every object)',
    message:
      /^Token with only (?!project)\w+:read was allowed \(200\), but the operation requires project:read$/,
    caughtBy: 'scope_enforcement',
    build: (ctx) => async (req) =>
      scopeOf(ctx, req)?.endsWith(':read') && req.method === 'GET'
        ? ctx.real(await rebuild(req, { token: ctx.fixtures.tokens.owner }))
        : ctx.real(req),
  },
  {
    name: "object-level IDOR: a project of another organization is read through this organization's path",
    message:
      /^Tenant isolation broken at the object level: organizations_projects_retrieve with organization B's id=\d+ through this organization's path answered 200$/,
    caughtBy: 'tenant_object_isolation',
    build: crossTenant('GET', /^\/projects\/\d+\/$/),
  },
  {
    name: "object-level IDOR: a project of another organization is renamed through this organization's path",
    message:
      /^organization B's projects id=\d+ changed after [\w, ]*organizations_projects_partial_update[\w, ]* through this organization's path: \w+ .+ → /,
    caughtBy: 'tenant_object_isolation',
    build: crossTenant('PATCH', /^\/projects\/\d+\/$/),
  },
  {
    name: "object-level IDOR: an invite of another organization is deleted through this organization's path",
    message:
      /^organization B's invites id="[^"]+" is gone after invites_destroy through this organization's path$/,
    caughtBy: 'tenant_object_isolation',
    build: crossTenant('DELETE', /^\/invites\/[^/]+\/$/),
  },
  {
    name: "object-level IDOR: a legal document of another organization is read through this organization's path",
    message:
      /^Tenant isolation broken at the object level: legal_documents_retrieve with organization B's id="[^"]+" through this organization's path answered 200$/,
    caughtBy: 'tenant_object_isolation',
    build: crossTenant('GET', /^\/legal_documents\/[^/]+\/$/),
  },
  {
    name: "object-level IDOR: a member of another organization is found through this organization's path",
    message:
      /^Tenant isolation broken at the object level: members_github_login_retrieve with organization B's user__uuid="[^"]+" through this organization's path answered 200$/,
    caughtBy: 'tenant_object_isolation',
    build: crossTenant('GET', /^\/members\/[^/]+\/github_login\/$/),
  },
  {
    name: "object-level IDOR: a member of another organization is re-levelled through this organization's path (200)",
    message:
      /^Tenant isolation broken at the object level: members_partial_update with organization B's user__uuid="[^"]+" through this organization's path answered 200$/,
    caughtBy: 'tenant_object_isolation',
    build: (ctx) => async (req) => {
      const response = await crossTenant('PATCH', /^\/members\/[^/]+\/$/)(ctx)(req);
      // B's owner cannot change their own level: the defective server answers as if it had.
      return response.status === 403 && route(req).org === ctx.fixtures.organizationId
        ? json(200, {})
        : response;
    },
  },
];
