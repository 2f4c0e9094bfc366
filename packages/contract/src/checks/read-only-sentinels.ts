import { resolveSchema } from '../generate/schema-view.js';
import type { Exchange } from '../http/http-types.js';
import type { JsonSchema, SpecIndex } from '../spec/spec-types.js';
import { hasFlag } from '../validate/direction-rules.js';
import { isSchemaObject } from '../validate/schema-walk.js';
import type { Verdict } from './check-types.js';
import { fail, isSuccess, pass, unlessThrottled } from './verdicts.js';

/** A distinctive value for a schema, only of kinds a server cannot produce by coincidence (objects: per property). */
function sentinelFor(spec: SpecIndex, raw: unknown, seed: string, depth: number): unknown {
  const prop = resolveSchema(spec, raw as JsonSchema);
  const types = Array.isArray(prop.type) ? prop.type : [prop.type];
  if (Array.isArray(prop.enum) || 'const' in prop) return undefined;
  if (types.includes('integer')) return 987654321;
  if (types.includes('string')) {
    if (prop.pattern !== undefined) return undefined;
    if (prop.format === 'uuid') return 'c0de0000-0000-4000-8000-00000000c0de';
    if (prop.format === 'date-time') return '2001-02-03T04:05:06Z';
    if (prop.format === 'email') return `contract-readonly-${seed}@example.com`;
    return prop.format === undefined ? `contract-readonly-${seed}` : undefined;
  }
  if (depth < 2 && isSchemaObject(prop.properties)) {
    const inner = Object.entries(prop.properties)
      .map(([name, child]) => [name, sentinelFor(spec, child, seed, depth + 1)] as const)
      .filter(([, value]) => value !== undefined);
    return inner.length ? Object.fromEntries(inner) : undefined;
  }
  return undefined;
}

/**
 * Distinctive values for the readOnly properties of a request body schema: integers, UUIDs, date-times, e-mails and
 * free strings; a readOnly object (e.g. a nested `user`) gets such values for its own properties.
 */
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
    const value = sentinelFor(spec, raw, seed, 0);
    if (value !== undefined) out[name] = value;
  }
  return out;
}

/** The sent leaves found, at the same place, in a body: `user.first_name="contract-readonly-3"`. */
export function appliedLeaves(sent: Record<string, unknown>, got: unknown, prefix = ''): string[] {
  const body = (got ?? {}) as Record<string, unknown>;
  return Object.entries(sent).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? appliedLeaves(value as Record<string, unknown>, body[key], `${prefix}${key}.`)
      : JSON.stringify(body[key]) === JSON.stringify(value)
        ? [`${prefix}${key}=${JSON.stringify(value)}`]
        : [],
  );
}

/**
 * readOnly values sent in a request must be rejected (4xx) or ignored — never applied: none may show in `body` (the
 * response, or the resource read back). `how` says where they were sent ("from the request", "by PATCH").
 */
export const judgeReadOnlyIgnored = unlessThrottled(function judgeReadOnlyIgnored(
  exchange: Exchange,
  sent: Record<string, unknown>,
  how = 'from the request',
  body: unknown = exchange.response.json,
): Verdict {
  const { status } = exchange.response;
  if (status >= 400 && status < 500) return pass(`readOnly properties rejected with ${status}`);
  if (!isSuccess(status)) return fail(`Request carrying readOnly properties got ${status}`);
  const applied = appliedLeaves(sent, body);
  return applied.length
    ? fail(`readOnly property applied ${how}: ${applied.join(', ')}`)
    : pass(`readOnly properties ignored (${Object.keys(sent).join(', ')})`);
});
