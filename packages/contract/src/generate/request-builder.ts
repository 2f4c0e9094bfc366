import type { RequestPlan } from '../http/http-types.js';
import { serialiseRequest } from '../http/serialise-request.js';
import type { JsonSchema, OperationInfo, SpecIndex } from '../spec/spec-types.js';
import type { SchemaIssue, SchemaValidator } from '../validate/schema-validator.js';
import { generateValue } from './positive-generator.js';
import type { Prng } from './prng.js';
import { validateWireRequest } from './wire-validation.js';

/** What positive request building needs. */
export interface PlanOptions {
  spec: SpecIndex;
  validator: SchemaValidator;
  seed: string;
  rng: Prng;
  /** Known values for path parameters (organization_id, ids of resources that exist). */
  pathValues?: Record<string, unknown>;
  /** Only required parameters/properties, examples first. */
  minimal?: boolean;
  /** Body to use instead of a generated one. */
  body?: unknown;
  /** Optional properties left out of generated bodies (see `DEFAULT_OMITTED_PROPERTIES`). */
  omit?: readonly string[] | undefined;
}

/** The JSON media type a body will be sent as (the first `application/json`-like one the operation accepts). */
export function jsonMediaType(op: OperationInfo): string | undefined {
  const types = Object.keys(op.requestBody?.content ?? {});
  return types.find((t) => t === 'application/json') ?? types.find((t) => /[/+]json$/.test(t));
}

/**
 * Builds a request the spec says is valid, re-validated after serialisation; retries with fresh data up to 8 times.
 * Returns the last issues when no valid request could be produced (the caller reports a skip, never a failure).
 * @example buildPositivePlan(op, { spec, validator, seed: '7', rng, pathValues: { organization_id: orgId } })
 */
export function buildPositivePlan(
  op: OperationInfo,
  options: PlanOptions,
): { plan: RequestPlan; issues: [] } | { plan: undefined; issues: SchemaIssue[] } {
  let issues: SchemaIssue[] = [];
  for (let attempt = 0; attempt < 8; attempt++) {
    const rng = options.rng.fork(`attempt-${attempt}`);
    const gen = (schema: unknown, minimal = options.minimal) =>
      generateValue(schema as JsonSchema, {
        spec: options.spec,
        rng,
        direction: 'request',
        seed: options.seed,
        minimal,
        omit: options.omit,
      });
    const plan: RequestPlan = {
      method: op.method,
      pathTemplate: op.path,
      pathParams: {},
      query: {},
      headers: {},
    };
    for (const param of op.parameters) {
      if (param.in === 'path') {
        plan.pathParams[param.name] =
          options.pathValues?.[param.name] ?? gen(param.schema?.schema ?? { type: 'string' });
      } else if (param.in === 'query' && (param.required || (!options.minimal && rng.bool(0.5)))) {
        plan.query[param.name] = gen(param.schema?.schema ?? { type: 'string' });
      } else if (param.in === 'header' && param.required) {
        plan.headers[param.name] = String(gen(param.schema?.schema ?? { type: 'string' }));
      }
    }
    const mediaType = jsonMediaType(op);
    if (mediaType) {
      const schema = op.requestBody?.content[mediaType]?.schema ?? {};
      plan.body = { mediaType, value: options.body !== undefined ? options.body : gen(schema) };
    }
    issues = validateWireRequest(options.spec, op, serialiseRequest(plan), options.validator);
    if (issues.length === 0) return { plan, issues: [] };
    if (options.body !== undefined) break;
  }
  return { plan: undefined, issues };
}
