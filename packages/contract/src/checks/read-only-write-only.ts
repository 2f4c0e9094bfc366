import { jsonMediaType } from '../generate/request-builder.js';
import { resolveSchema } from '../generate/schema-view.js';
import type { Exchange } from '../http/http-types.js';
import type { JsonSchema, OperationInfo, SpecIndex } from '../spec/spec-types.js';
import { hasFlag, WRITE_ONLY_KEYWORD } from '../validate/direction-rules.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { isSchemaObject } from '../validate/schema-walk.js';
import type { Check, CheckContext, CheckResult, Verdict } from './check-types.js';
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

/** readOnly values sent on create must be rejected (4xx) or ignored — never applied. */
export function judgeReadOnlyIgnored(exchange: Exchange, sent: Record<string, unknown>): Verdict {
  const { status, json } = exchange.response;
  if (status >= 400 && status < 500) return pass(`readOnly properties rejected with ${status}`);
  if (!isSuccess(status)) return fail(`Request carrying readOnly properties got ${status}`);
  const body = (json ?? {}) as Record<string, unknown>;
  const applied = Object.keys(sent).filter((k) => JSON.stringify(body[k]) === JSON.stringify(sent[k]));
  return applied.length
    ? fail(
        `readOnly property applied from the request: ${applied.map((k) => `${k}=${JSON.stringify(sent[k])}`).join(', ')}`,
      )
    : pass(`readOnly properties ignored (${Object.keys(sent).join(', ')})`);
}

/** Distinctive values for readOnly properties, only of kinds a server cannot produce by coincidence. */
export function readOnlySentinels(
  spec: SpecIndex,
  bodySchema: unknown,
  seed: string,
): Record<string, unknown> {
  const schema = resolveSchema(spec, bodySchema as JsonSchema);
  const props = isSchemaObject(schema.properties) ? schema.properties : {};
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(props)) {
    if (!hasFlag(spec, raw, 'readOnly')) continue;
    const prop = resolveSchema(spec, raw as JsonSchema);
    const types = Array.isArray(prop.type) ? prop.type : [prop.type];
    if (Array.isArray(prop.enum)) continue;
    if (types.includes('integer')) out[name] = 987654321;
    else if (types.includes('string') && prop.format === 'uuid')
      out[name] = 'c0de0000-0000-4000-8000-00000000c0de';
    else if (types.includes('string') && prop.format === 'date-time') out[name] = '2001-02-03T04:05:06Z';
    else if (types.includes('string') && prop.format === undefined && prop.pattern === undefined)
      out[name] = `contract-readonly-${seed}`;
  }
  return out;
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
    return [...responses, ...(await probeCreates(ctx))];
  },
};
