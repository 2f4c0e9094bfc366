import { jsonMediaType } from '../generate/request-builder.js';
import type { Exchange } from '../http/http-types.js';
import { collectionPath, pickParam } from '../run/path-values.js';
import type { OperationInfo } from '../spec/spec-types.js';
import { WRITE_ONLY_KEYWORD } from '../validate/direction-rules.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
import { listAll } from './lifecycle/flow-recorder.js';
import { judgeReadOnlyIgnored, readOnlySentinels } from './read-only-sentinels.js';
import { findResponse, operationById, responseSchema } from './response-lookup.js';
import { fail, isSuccess, judgeExchanges, pass, skip } from './verdicts.js';

/** A response must not carry writeOnly properties (anywhere in the body). */
export function judgeNoWriteOnly(exchange: Exchange, op: OperationInfo, validator: SchemaValidator): Verdict {
  const response = findResponse(op, exchange.response.status);
  const schema = response && responseSchema(response, exchange.response.headers['content-type']);
  if (!schema || exchange.response.json === undefined) return skip('no JSON body with a documented schema');
  const leaks = validator
    .validate(schema, exchange.response.json, 'response')
    .issues.filter((i) => i.keyword === WRITE_ONLY_KEYWORD);
  if (leaks.length === 0) return pass('no writeOnly property in the response');
  return fail(
    `writeOnly property leaked in response: ${leaks.map((l) => l.instancePath).join(', ')}`,
    leaks[0]?.schemaPath,
  );
}

async function probeCreates(ctx: CheckContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const op of ctx.spec.operations.filter((o) => o.method === 'post' && !ctx.session.readOnly)) {
    const media = jsonMediaType(op);
    const schema = media ? op.requestBody?.content[media]?.schema : undefined;
    if (schema === undefined) continue;
    const sentinels = readOnlySentinels(ctx.spec, schema, ctx.session.seed);
    if (Object.keys(sentinels).length === 0) continue;
    const base = await ctx.session.plan(op, { minimal: true, label: `read-only:${op.id}` });
    const value = base?.body?.value;
    if (!base || value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const plan = await ctx.session.plan(op, {
      body: { ...value, ...sentinels },
      pathValues: base.pathParams,
    });
    if (!plan) continue;
    const exchange = await ctx.session.send(plan, 'owner', { operationId: op.id, kind: 'probe' });
    out.push(ctx.session.result('read_only_write_only', exchange, judgeReadOnlyIgnored(exchange, sentinels)));
  }
  return out;
}

/** Reads an item back with the owner's key: its GET operation, or its entry in the collection's list. */
async function readBack(ctx: CheckContext, op: OperationInfo, pathParams: Record<string, unknown>) {
  const param = /\{([^}]+)\}\/?$/.exec(op.path)?.[1] as string;
  const collection = collectionPath(op.path, param);
  const getter = ctx.session.allOperations.find((o) => o.method === 'get' && o.path === op.path);
  if (getter) {
    const exchange = await ctx.session.send(
      { method: 'get', pathTemplate: getter.path, pathParams, query: {}, headers: {} },
      'owner',
      { operationId: getter.id, kind: 'probe' },
    );
    return { exchange, item: exchange.response.json };
  }
  const lister = ctx.session.allOperations.find((o) => o.method === 'get' && o.path === collection);
  if (!lister) return undefined;
  const items = (await listAll(ctx, lister, pathParams)) ?? [];
  const wanted = JSON.stringify(pathParams[param]);
  const item = items.find((i) => JSON.stringify(pickParam(i, param)) === wanted);
  return { exchange: ctx.session.log.at(-1) as Exchange, item };
}

/**
 * Every PATCH, with only its readOnly properties (sentinels): the response and the resource read back afterwards
 * must not show any of them. The target is a resource the runner creates, else an existing one (nothing writable
 * is sent, so it is not changed).
 */
async function probePatches(ctx: CheckContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  for (const op of ctx.spec.operations.filter((o) => o.method === 'patch' && !ctx.session.readOnly)) {
    const media = jsonMediaType(op);
    const schema = media ? op.requestBody?.content[media]?.schema : undefined;
    const sentinels = schema === undefined ? {} : readOnlySentinels(ctx.spec, schema, ctx.session.seed);
    if (Object.keys(sentinels).length === 0) continue;
    const pathValues =
      (await ctx.session.pathValues(op, 'write')) ?? (await ctx.session.pathValues(op, 'read'));
    const plan = pathValues && (await ctx.session.plan(op, { body: sentinels, pathValues }));
    if (!plan) continue;
    const patched = await ctx.session.send(plan, 'owner', { operationId: op.id, kind: 'probe' });
    const verdict = judgeReadOnlyIgnored(patched, sentinels, 'by PATCH');
    out.push(ctx.session.result('read_only_write_only', patched, verdict));
    if (verdict.outcome === 'fail' || !isSuccess(patched.response.status)) continue;
    const read = await readBack(ctx, op, plan.pathParams);
    if (!read) continue;
    const after = judgeReadOnlyIgnored(patched, sentinels, 'by PATCH (read back)', read.item);
    out.push(ctx.session.result('read_only_write_only', read.exchange, after, { operation: op.id }));
  }
  return out;
}

export const readOnlyWriteOnly: Check = {
  name: 'read_only_write_only',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  async run(ctx): Promise<CheckResult[]> {
    const responses = judgeExchanges(
      ctx,
      'read_only_write_only',
      (e) => isSuccess(e.response.status) && operationById(ctx.spec.operations, e.operationId) !== undefined,
      (e) =>
        judgeNoWriteOnly(
          e,
          operationById(ctx.spec.operations, e.operationId) as OperationInfo,
          ctx.validator,
        ),
    );
    return [...responses, ...(await probeCreates(ctx)), ...(await probePatches(ctx))];
  },
};
