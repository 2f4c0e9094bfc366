import { jsonMediaType } from '../generate/request-builder.js';
import { resolveSchema, schemaTypes } from '../generate/schema-view.js';
import type { Exchange } from '../http/http-types.js';
import type { JsonSchema, OperationInfo, SpecIndex } from '../spec/spec-types.js';
import { hasFlag } from '../validate/direction-rules.js';
import { isSchemaObject } from '../validate/schema-walk.js';
import { idOf, skipAll, successProperties } from './check-helpers.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { type Collection, creatableCollections, sendItem } from './resource-flows.js';
import { fail, isSuccess, pass, skip } from './verdicts.js';

/** Server-assigned fields that must not change between reads of the same resource. */
export const STABLE_FIELDS = ['id', 'uuid', 'created_at', 'created_by', 'joined_at'];

const isScalar = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v);
/** E-mail domains are case-insensitive (servers may lower-case them). */
const normalise = (v: unknown) =>
  typeof v === 'string' && v.includes('@') ? v.replace(/@.*$/, (d) => d.toLowerCase()) : v;

/**
 * Every scalar field that was written (and that the resource shows) must read back as written.
 * Non-scalar fields are not compared: the API documents merge/normalisation rules for several of them.
 */
export function judgeWritten(step: string, sent: unknown, fetched: unknown, shown: string[]): Verdict {
  if (sent === null || typeof sent !== 'object' || Array.isArray(sent))
    return skip(`${step}: no object body to compare`);
  const got = (fetched ?? {}) as Record<string, unknown>;
  const compared = Object.entries(sent).filter(([k, v]) => isScalar(v) && shown.includes(k));
  if (compared.length === 0) return skip(`${step}: no scalar field to compare`);
  const mismatches = compared
    .filter(([k, v]) => normalise(got[k]) !== normalise(v))
    .map(([k, v]) => `${k}: wrote ${JSON.stringify(v)}, read ${JSON.stringify(got[k])}`);
  return mismatches.length
    ? fail(`${step}: read does not return what was written (${mismatches.join('; ')})`)
    : pass(`${step}: ${compared.length} field(s) read back as written`);
}

/** Server fields (id, uuid, created_at…) must be identical in two representations of the same resource. */
export function judgeStable(step: string, before: unknown, after: unknown): Verdict {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const fields = STABLE_FIELDS.filter((f) => f in a && f in b);
  const changed = fields.filter((f) => JSON.stringify(a[f]) !== JSON.stringify(b[f]));
  if (changed.length === 0)
    return pass(`${step}: server fields stable (${fields.join(', ') || 'none present'})`);
  return fail(
    `${step}: server field(s) changed: ${changed.map((f) => `${f} ${JSON.stringify(a[f])} → ${JSON.stringify(b[f])}`).join('; ')}`,
  );
}

/**
 * Request properties whose value a server must store verbatim: booleans, numbers, enums and plain strings (or
 * e-mails). Strings with a pattern or another format (decimals, dates) may be normalised, so they are not compared.
 */
export function comparableFields(spec: SpecIndex, bodySchema: JsonSchema): string[] {
  const body = resolveSchema(spec, bodySchema);
  const props = isSchemaObject(body.properties) ? body.properties : {};
  return Object.entries(props)
    .filter(([, raw]) => {
      const prop = resolveSchema(spec, raw as JsonSchema);
      if (hasFlag(spec, raw, 'readOnly') || hasFlag(spec, raw, 'writeOnly')) return false;
      if (Array.isArray(prop.enum)) return true;
      const types = schemaTypes(prop, spec).filter((t) => t !== 'null');
      if (types.length !== 1) return false;
      if (types[0] === 'string')
        return prop.pattern === undefined && (prop.format === undefined || prop.format === 'email');
      return ['boolean', 'integer', 'number'].includes(types[0] as string);
    })
    .map(([name]) => name);
}

async function flow(ctx: CheckContext, c: Collection): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const report = (e: Exchange, v: Verdict, operation: string) =>
    out.push(ctx.session.result('read_after_write', e, v, { operation }));
  let plan = await ctx.session.plan(c.create, { label: `read-after-write:${c.create.id}` });
  if (!plan) return out;
  let created = await ctx.session.send(plan, 'owner', { operationId: c.create.id, kind: 'probe' });
  if (!isSuccess(created.response.status)) {
    // A full body can hit a business rule (e.g. one demo project per organization): retry with the minimal one.
    const minimal = await ctx.session.plan(c.create, {
      minimal: true,
      label: `read-after-write:${c.create.id}#minimal`,
      pathValues: plan.pathParams,
    });
    if (minimal) {
      plan = minimal;
      created = await ctx.session.send(minimal, 'owner', { operationId: c.create.id, kind: 'probe' });
    }
  }
  const id = idOf(created.response.json);
  if (!isSuccess(created.response.status) || id === undefined) {
    report(created, skip(`create returned ${created.response.status}`), c.create.id);
    return out;
  }
  const shown = successProperties(ctx.spec, c.get);
  const comparable = (op: OperationInfo) => {
    const media = jsonMediaType(op);
    const schema = media ? op.requestBody?.content[media]?.schema : undefined;
    const fields = schema === undefined ? [] : comparableFields(ctx.spec, schema);
    return shown.filter((f) => fields.includes(f));
  };
  let fetched = await sendItem(ctx, c.get, created, id);
  report(
    fetched,
    judgeWritten('after create', plan.body?.value, fetched.response.json, comparable(c.create)),
    c.create.id,
  );
  report(fetched, judgeStable('create vs read', created.response.json, fetched.response.json), c.create.id);
  if (!c.patch) return out;
  const idParam = /\{([^}]+)\}\/?$/.exec(c.patch.path)?.[1] as string;
  const patchPlan = await ctx.session.plan(c.patch, {
    label: `read-after-write:${c.patch.id}`,
    pathValues: { ...created.plan.pathParams, [idParam]: id },
  });
  if (!patchPlan) return out;
  const patched = await ctx.session.send(patchPlan, 'owner', { operationId: c.patch.id, kind: 'probe' });
  if (!isSuccess(patched.response.status)) {
    report(patched, skip(`patch returned ${patched.response.status}`), c.patch.id);
    return out;
  }
  const before = fetched.response.json;
  fetched = await sendItem(ctx, c.get, created, id);
  report(
    fetched,
    judgeWritten('after patch', patchPlan.body?.value, fetched.response.json, comparable(c.patch)),
    c.patch.id,
  );
  report(fetched, judgeStable('patch vs earlier read', before, fetched.response.json), c.patch.id);
  return out;
}

export const readAfterWrite: Check = {
  name: 'read_after_write',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const results: CheckResult[] = [];
    for (const c of creatableCollections(ctx)) results.push(...(await flow(ctx, c)));
    return results.length
      ? results
      : skipAll('read_after_write', 'no creatable resource with a GET item operation');
  },
};
