import path from 'node:path';
import {
  type RouteModel,
  type RoutesModel,
  readRoutes,
  readSchemas,
  type SchemaModel,
  type SchemasModel,
} from './generated-model.js';

/** One generated file whose contents on disk differ from what the spec produces now. */
export interface StaleFile {
  path: string;
  /** The file on disk, or undefined when it is missing. */
  actual: string | undefined;
  /** What the generator produces now, or undefined when the spec no longer produces the file. */
  expected: string | undefined;
}

const SHARED = /^(.*)_(response|parameter)\d*$/;

/**
 * What changed in the spec since the generated files were written, per operation and schema, read from the stale
 * files themselves (routes.gen.ts and schemas.gen.ts on disk against the ones the spec produces now): e.g.
 * `members_list: query parameter email_domain added`, `OrganizationMemberGithubLogin: property github_profile_url
 * added`, `new operation members_github_login_destroy (no handler yet)`. A stale file none of whose differences
 * these name (a client file alone, a hand edit, a generator upgrade) gets one line saying so.
 */
export function describeDrift(files: StaleFile[]): string[] {
  const lines: string[] = [];
  const byName = (name: string) => files.find((file) => path.basename(file.path) === name);
  const routes = byName('routes.gen.ts');
  if (routes) lines.push(...routeChanges(readRoutes(routes.actual ?? ''), readRoutes(routes.expected ?? '')));
  const schemas = byName('schemas.gen.ts');
  if (schemas)
    lines.push(...schemaChanges(readSchemas(schemas.actual ?? ''), readSchemas(schemas.expected ?? '')));
  if (lines.length === 0) {
    for (const file of files) {
      const name = path.basename(file.path);
      lines.push(
        file.actual === undefined
          ? `${name}: missing`
          : file.expected === undefined
            ? `${name}: no longer produced by the spec`
            : `${name}: differs, though no operation or schema changed (edited by hand, or written by another version of the generator)`,
      );
    }
  }
  return lines;
}

/** `added` / `removed` / `changed` for each key of two maps, in the order of the new map then the old one. */
function compareMaps<T>(
  before: Map<string, T>,
  after: Map<string, T>,
  same: (a: T, b: T) => boolean = (a, b) => a === b,
): [key: string, change: 'added' | 'removed' | 'changed'][] {
  const out: [string, 'added' | 'removed' | 'changed'][] = [];
  for (const [key, value] of after) {
    const old = before.get(key);
    if (old === undefined) out.push([key, 'added']);
    else if (!same(old, value)) out.push([key, 'changed']);
  }
  for (const key of before.keys()) if (!after.has(key)) out.push([key, 'removed']);
  return out;
}

function routeChanges(before: RoutesModel, after: RoutesModel): string[] {
  const lines: string[] = [];
  for (const [id, change] of compareMaps(before.routes, after.routes, () => true)) {
    if (change === 'added') lines.push(`new operation ${id} (no handler yet)`);
    if (change === 'removed') lines.push(`operation ${id} removed (its handler is no longer registered)`);
  }
  for (const [id, route] of after.routes) {
    const old = before.routes.get(id);
    if (old) lines.push(...operationChanges(id, old, route));
  }
  for (const [name, change] of compareMaps(before.shared, after.shared)) {
    const match = SHARED.exec(name);
    // A shared declaration comes and goes with its first and last user, which the operation lines name already.
    if (match && change !== 'changed') continue;
    if (match) {
      const users = [...after.routes.values(), ...before.routes.values()].filter((route) =>
        usesShared(route, name),
      );
      const ids = new Set(users.map((route) => route.id));
      lines.push(`shared ${match[2]} ${match[1]} ${change} (used by ${ids.size} operation(s))`);
    } else if (name === 'securitySchemes') lines.push(`security schemes ${change}`);
    else if (name === 'documentConfig')
      lines.push(`document fields (info, servers, tags, security) ${change}`);
  }
  return lines;
}

function usesShared(route: RouteModel, name: string): boolean {
  const ref = `shared:${name}`;
  return [...route.parameters.values(), ...route.responses.values()].includes(ref);
}

function operationChanges(id: string, before: RouteModel, after: RouteModel): string[] {
  const lines: string[] = [];
  if (before.method !== after.method || before.path !== after.path) {
    lines.push(
      `${id}: now ${after.method.toUpperCase()} ${after.path} (was ${before.method.toUpperCase()} ${before.path})`,
    );
  }
  for (const [key, change] of compareMaps(before.parameters, after.parameters)) {
    const [location, name] = key.split(' ');
    lines.push(`${id}: ${location} parameter ${name} ${change}`);
  }
  if (before.body !== after.body) {
    const change = before.body === undefined ? 'added' : after.body === undefined ? 'removed' : 'changed';
    lines.push(`${id}: request body ${change}`);
  }
  for (const [status, change] of compareMaps(before.responses, after.responses))
    lines.push(`${id}: response ${status} ${change}`);
  for (const [field, change] of compareMaps(before.fields, after.fields))
    lines.push(`${id}: ${field} ${change}`);
  return lines;
}

function schemaChanges(before: SchemasModel, after: SchemasModel): string[] {
  const lines: string[] = [];
  const same = (a: SchemaModel, b: SchemaModel) =>
    a.code === b.code &&
    JSON.stringify([...(a.properties ?? [])]) === JSON.stringify([...(b.properties ?? [])]);
  for (const [name, change] of compareMaps(before, after, same)) {
    if (change === 'added') lines.push(`new schema ${name}`);
    else if (change === 'removed') lines.push(`schema ${name} removed`);
    else {
      const old = before.get(name);
      const now = after.get(name);
      const properties =
        old?.properties && now?.properties ? compareMaps(old.properties, now.properties) : [];
      for (const [property, propertyChange] of properties)
        lines.push(`${name}: property ${property} ${propertyChange}`);
      if (properties.length === 0) lines.push(`${name}: changed`);
    }
  }
  return lines;
}
