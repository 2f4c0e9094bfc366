import { resolveSchema } from '../generate/schema-view.js';
import type { Exchange, RequestPlan } from '../http/http-types.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';
import { isSchemaObject } from '../validate/schema-walk.js';
import type { CheckContext, CheckName, CheckResult, Verdict } from './check-types.js';
import { fail, pass } from './verdicts.js';

const SAFE = ['get', 'head', 'options'];

/** True for methods that do not change state. */
export const isSafeMethod = (method: string) => SAFE.includes(method.toLowerCase());

/** Operations an active check may exercise: all of them, or only safe ones in a read-only run. */
export function operationsToExercise(ctx: CheckContext): OperationInfo[] {
  return ctx.spec.operations.filter((o) => !ctx.session.readOnly || isSafeMethod(o.method));
}

/** Judges a status against an expected list, naming the step. */
export function expectStatus(exchange: Exchange, expected: number[], step: string): Verdict {
  const { status } = exchange.response;
  if (expected.includes(status)) return pass(`${step}: ${status}`);
  const detail = (exchange.response.json as { detail?: unknown } | undefined)?.detail;
  return fail(
    `${step}: expected ${expected.join(' or ')}, got ${status}${typeof detail === 'string' ? ` (${detail})` : ''}`,
  );
}

/** A run-wide skip result (e.g. a token the check needs was not given). */
export function skipAll(check: CheckName, message: string): CheckResult[] {
  return [{ check, operation: '*', outcome: 'skip', message }];
}

/** Finds the operation with this method whose path matches the regex (first match in spec order). */
export function findOperation(ctx: CheckContext, method: string, path: RegExp): OperationInfo | undefined {
  return ctx.spec.operations.find((o) => o.method === method && path.test(o.path));
}

/** The GET/PATCH/DELETE item operation belonging to a collection path (`…/projects/` → `…/projects/{id}/`). */
export function itemOperation(
  ctx: CheckContext,
  collection: string,
  method: string,
): OperationInfo | undefined {
  return ctx.spec.operations.find(
    (o) =>
      o.method === method &&
      o.path.startsWith(collection) &&
      /^\{[^}/]+\}\/?$/.test(o.path.slice(collection.length)),
  );
}

/** Plan for an item operation, for the item with `id`. */
export function itemPlan(op: OperationInfo, base: RequestPlan, id: unknown, body?: unknown): RequestPlan {
  const param = /\{([^}]+)\}\/?$/.exec(op.path)?.[1] as string;
  return {
    method: op.method,
    pathTemplate: op.path,
    pathParams: { ...base.pathParams, [param]: id },
    query: {},
    headers: {},
    body: body === undefined ? undefined : { mediaType: 'application/json', value: body },
  };
}

/** The `id` of a JSON object body. */
export function idOf(json: unknown): unknown {
  return (json as { id?: unknown } | undefined)?.id;
}

/** Top-level property names of the JSON schema of an operation's first 2xx response. */
export function successProperties(spec: SpecIndex, op: OperationInfo): string[] {
  const response = op.responses.find((r) => r.status.startsWith('2'));
  const ref = response ? Object.values(response.content).find((s) => s !== undefined) : undefined;
  if (!ref) return [];
  const schema = resolveSchema(spec, ref.schema);
  return isSchemaObject(schema.properties) ? Object.keys(schema.properties) : [];
}
