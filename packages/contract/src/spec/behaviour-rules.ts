import { joinPointer } from './json-pointer.js';
import { SpecError } from './load-spec.js';
import type { OperationInfo, ParameterInfo, SpecIndex } from './spec-types.js';

// Readers of the behaviour rules a spec states as specification extensions (JSON Schema cannot express them).
// Each validates its extension and names the JSON pointer of a malformed one; a missing extension is `undefined`.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');

/** An item field to sort by: `-created_at` is `{ field: 'created_at', descending: true }`. */
export interface Ordering {
  field: string;
  descending: boolean;
}

/** `x-search` of a query parameter: the item fields (dot paths) searched, and how. */
export interface SearchRule {
  fields: string[];
  match: 'contains-ignoring-case';
  /** `similar`: when no item contains the text, items that only look similar may be returned. */
  fallback: 'similar' | undefined;
}

/** `x-unique` of a create operation. */
export interface UniqueRule {
  fields: string[];
  ignoreCase: boolean;
  onConflict: 'replace' | 'reject';
}

/** Who acts in a level rule: a level, or the only owner of an organization. */
export type LevelActor = 'member' | 'admin' | 'owner' | 'only-owner';
/** Who is acted on: the caller (`@me`) or another member of that level. */
export type LevelTarget = 'self' | 'member' | 'admin' | 'owner';

/** One row of `x-level-rules`. */
export interface LevelRule {
  as: LevelActor;
  target: LevelTarget;
  /** The new level (PATCH rows). */
  level: number | undefined;
  status: number;
  detail: string | undefined;
  /** JSON pointer of the row. */
  pointer: string;
}

/** `x-scope-rules` of a security scheme. */
export interface ScopeRules {
  /** A scope that grants every scope (`*`). */
  wildcard: string | undefined;
  /** Action implications: `{ write: 'read' }` = `<object>:write` also grants `<object>:read`. */
  implies: Record<string, string>;
  /** The 403 `detail` for a missing scope, `{scope}` standing for the required scope. */
  missingScopeDetail: string | undefined;
}

/** Parses an ordering (`-created_at`). */
export function parseOrdering(text: string): Ordering {
  return text.startsWith('-')
    ? { field: text.slice(1), descending: true }
    : { field: text, descending: false };
}

/** The path parameter naming the tenant (`x-tenant: true`; without the extension, `organization_id`). */
export function tenantParameter(op: OperationInfo): ParameterInfo | undefined {
  const path = op.parameters.filter((p) => p.in === 'path');
  return path.find((p) => p.extensions['x-tenant'] === true) ?? path.find((p) => isTenantName(p.name));
}

/** True for the names the runner takes as the tenant when a spec has no `x-tenant`. */
export const isTenantName = (name: string) => name === 'organization_id' || name === 'organization_pk';

/** `x-default-order` of a list operation. */
export function defaultOrder(op: OperationInfo): Ordering | undefined {
  const value = op.extensions['x-default-order'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^-?[\w.]+$/.test(value))
    throw new SpecError(
      'x-default-order must be an item field, `-` first for descending',
      `${op.pointer}/x-default-order`,
    );
  return parseOrdering(value);
}

/** The query parameter whose values are orderings (`x-ordering: true`), with its enum values. */
export function orderingParameter(op: OperationInfo): { param: ParameterInfo; values: string[] } | undefined {
  const param = op.parameters.find((p) => p.in === 'query' && p.extensions['x-ordering'] === true);
  if (!param) return undefined;
  const values = (param.schema?.schema as { enum?: unknown } | undefined)?.enum;
  if (!isStringList(values))
    throw new SpecError(
      'an x-ordering parameter must be a string enum of orderings',
      joinPointer(param.pointer, 'schema'),
    );
  return { param, values };
}

/** The query parameters with `x-search`, with their rules. */
export function searchParameters(op: OperationInfo): Array<{ param: ParameterInfo; rule: SearchRule }> {
  return op.parameters.flatMap((param) => {
    const raw = param.extensions['x-search'];
    if (raw === undefined) return [];
    const at = joinPointer(param.pointer, 'x-search');
    if (!isObj(raw) || !isStringList(raw.fields) || raw.match !== 'contains-ignoring-case')
      throw new SpecError(
        'x-search needs `fields` (item field paths) and `match: contains-ignoring-case`',
        at,
      );
    if (raw.fallback !== undefined && raw.fallback !== 'similar')
      throw new SpecError('x-search `fallback` can only be `similar`', at);
    return [{ param, rule: { fields: raw.fields, match: raw.match, fallback: raw.fallback } }];
  });
}

/** `x-unique` of a create operation. */
export function uniqueRule(op: OperationInfo): UniqueRule | undefined {
  const raw = op.extensions['x-unique'];
  if (raw === undefined) return undefined;
  if (
    !isObj(raw) ||
    !isStringList(raw.fields) ||
    (raw['on-conflict'] !== 'replace' && raw['on-conflict'] !== 'reject')
  )
    throw new SpecError(
      'x-unique needs `fields` and `on-conflict: replace | reject`',
      `${op.pointer}/x-unique`,
    );
  return { fields: raw.fields, ignoreCase: raw['ignore-case'] === true, onConflict: raw['on-conflict'] };
}

/** True when the operation declares `x-all-or-nothing: true`. */
export const isAllOrNothing = (op: OperationInfo) => op.extensions['x-all-or-nothing'] === true;

const ACTORS: readonly string[] = ['member', 'admin', 'owner', 'only-owner'];
const TARGETS: readonly string[] = ['self', 'member', 'admin', 'owner'];

/** The rows of `x-level-rules` of an operation (empty when it has none). */
export function levelRules(op: OperationInfo): LevelRule[] {
  const raw = op.extensions['x-level-rules'];
  if (raw === undefined) return [];
  const at = `${op.pointer}/x-level-rules`;
  if (!Array.isArray(raw)) throw new SpecError('x-level-rules must be a list of rows', at);
  return raw.map((row, i) => {
    const pointer = `${at}/${i}`;
    if (!isObj(row) || !ACTORS.includes(String(row.as)) || !TARGETS.includes(String(row.target)))
      throw new SpecError(
        `a level rule needs \`as\` (${ACTORS.join(', ')}) and \`target\` (${TARGETS.join(', ')})`,
        pointer,
      );
    if (typeof row.status !== 'number' || (row.level !== undefined && typeof row.level !== 'number'))
      throw new SpecError('a level rule needs a numeric `status` (and `level`, when given)', pointer);
    if (row.detail !== undefined && typeof row.detail !== 'string')
      throw new SpecError('a level rule `detail` must be a string', pointer);
    return {
      as: row.as as LevelActor,
      target: row.target as LevelTarget,
      level: row.level as number | undefined,
      status: row.status,
      detail: row.detail as string | undefined,
      pointer,
    };
  });
}

/** `x-scope-rules` of the first security scheme that has them (default: no wildcard, no implication). */
export function scopeRules(spec: SpecIndex): ScopeRules {
  const schemes = (spec.document.components as { securitySchemes?: Obj } | undefined)?.securitySchemes ?? {};
  for (const [name, scheme] of Object.entries(schemes)) {
    const raw = isObj(scheme) ? scheme['x-scope-rules'] : undefined;
    if (raw === undefined) continue;
    const at = joinPointer('/components/securitySchemes', name, 'x-scope-rules');
    const implies = isObj(raw) ? (raw.implies ?? {}) : undefined;
    if (!isObj(raw) || !isObj(implies) || Object.values(implies).some((v) => typeof v !== 'string'))
      throw new SpecError('x-scope-rules needs `implies` as a map of action → implied action', at);
    return {
      wildcard: typeof raw.wildcard === 'string' ? raw.wildcard : undefined,
      implies: implies as Record<string, string>,
      missingScopeDetail:
        typeof raw['missing-scope-detail'] === 'string' ? raw['missing-scope-detail'] : undefined,
    };
  }
  return { wildcard: undefined, implies: {}, missingScopeDetail: undefined };
}

/** `info.x-trailing-slash-redirect`: the status a path without its trailing slash is redirected with. */
export function trailingSlashRedirect(spec: SpecIndex): number | undefined {
  const value = (spec.document.info as Obj | undefined)?.['x-trailing-slash-redirect'];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || value < 300 || value > 399)
    throw new SpecError('x-trailing-slash-redirect must be a 3xx status', '/info/x-trailing-slash-redirect');
  return value;
}

/** Does a key holding `held` satisfy `required`, per the spec's scope rules (`*`, `write` implies `read`)? */
export function scopeSatisfies(rules: ScopeRules, held: string, required: string): boolean {
  if (held === required || (rules.wildcard !== undefined && held === rules.wildcard)) return true;
  const [object, action] = held.split(':');
  const implied = action === undefined ? undefined : rules.implies[action];
  return implied !== undefined && `${object}:${implied}` === required;
}
