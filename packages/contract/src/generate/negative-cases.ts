import type { RequestPlan } from '../http/http-types.js';
import { serialiseRequest } from '../http/serialise-request.js';
import { joinPointer, splitPointer } from '../spec/json-pointer.js';
import type { JsonSchema, OperationInfo, SpecIndex } from '../spec/spec-types.js';
import { hasFlag } from '../validate/direction-rules.js';
import type { SchemaIssue, SchemaValidator } from '../validate/schema-validator.js';
import { isSchemaObject } from '../validate/schema-walk.js';
import { jsonMediaType } from './request-builder.js';
import { resolveSchema } from './schema-view.js';
import { type MutationFamily, valueMutations } from './value-mutations.js';
import { validateWireRequest } from './wire-validation.js';

/** A request that the spec says must be rejected, proven invalid after serialisation. */
export interface Mutant {
  family: MutationFamily;
  location: 'body' | 'query' | 'path' | 'header';
  /** Parameter name, or JSON pointer into the body ('' = the whole body). */
  target: string;
  description: string;
  plan: RequestPlan;
  /** Why the serialised request is invalid (never empty). */
  issues: SchemaIssue[];
}

const REMOVE = Symbol('remove');
const EXTRA_PROPERTY = 'contract_extra_property';

/**
 * All negative variants of a valid request, one mutation each, across the families. Each variant is serialised
 * exactly as it will be sent and validated again; variants that became valid (e.g. "1" for an integer in a query
 * string) are dropped, so a server accepting one is a real defect.
 */
export function negativeCases(
  spec: SpecIndex,
  op: OperationInfo,
  base: RequestPlan,
  validator: SchemaValidator,
): Mutant[] {
  const candidates: Array<Omit<Mutant, 'issues'>> = [];
  for (const param of op.parameters) {
    if (!param.schema || param.in === 'cookie') continue;
    const location = param.in;
    const bag = location === 'path' ? 'pathParams' : location === 'query' ? 'query' : 'headers';
    const current = (base[bag] as Record<string, unknown>)[param.name];
    const schema = resolveSchema(spec, param.schema.schema);
    for (const m of valueMutations(schema, current, spec)) {
      if (m.value !== null && typeof m.value === 'object') continue; // not expressible as one string
      // An empty path segment changes which route is hit (`/members//` is not `/members/{id}/`): not a test of this operation.
      if (location === 'path' && (m.value === null || m.value === '')) continue;
      const plan = withParam(base, bag, param.name, location === 'header' ? String(m.value ?? '') : m.value);
      candidates.push({
        family: m.family,
        location,
        target: param.name,
        description: `${location} '${param.name}': ${m.description}`,
        plan,
      });
    }
    if (param.required && location !== 'path') {
      const plan = withParam(base, bag, param.name, REMOVE);
      candidates.push({
        family: 'missing_required',
        location,
        target: param.name,
        description: `required ${location} parameter '${param.name}' left out`,
        plan,
      });
    }
  }
  const mediaType = jsonMediaType(op);
  const bodySchema = mediaType ? op.requestBody?.content[mediaType]?.schema : undefined;
  if (base.body && bodySchema !== undefined) {
    walkBody(spec, bodySchema, base.body.value, '', (pointer, mutated, family, description) => {
      const value = pointer === '' ? mutated : setAt(base.body?.value, splitPointer(pointer), mutated);
      const plan: RequestPlan = {
        ...base,
        body: { mediaType: base.body?.mediaType ?? 'application/json', value },
      };
      candidates.push({
        family,
        location: 'body',
        target: pointer,
        description: `body ${pointer || '/'}: ${description}`,
        plan,
      });
    });
  }
  const seen = new Set<string>();
  const out: Mutant[] = [];
  for (const c of candidates) {
    const wire = serialiseRequest(c.plan);
    const key = `${c.family} ${c.location} ${c.target} ${JSON.stringify(wire)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const issues = validateWireRequest(spec, op, wire, validator);
    if (issues.length > 0) out.push({ ...c, issues });
  }
  return out;
}

type Emit = (pointer: string, value: unknown, family: MutationFamily, description: string) => void;

function walkBody(
  spec: SpecIndex,
  raw: JsonSchema,
  value: unknown,
  pointer: string,
  emit: Emit,
  depth = 0,
): void {
  if (depth > 6) return;
  const schema = resolveSchema(spec, raw);
  for (const m of valueMutations(schema, value, spec)) emit(pointer, m.value, m.family, m.description);
  const props = isSchemaObject(schema.properties) ? schema.properties : {};
  if (isSchemaObject(value)) {
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    for (const name of required) {
      if (name in value && !hasFlag(spec, props[name], 'readOnly')) {
        emit(joinPointer(pointer, name), REMOVE, 'missing_required', `required property '${name}' left out`);
      }
    }
    if (schema.additionalProperties === false && !(EXTRA_PROPERTY in props)) {
      emit(
        pointer,
        { ...value, [EXTRA_PROPERTY]: 'x' },
        'extra_property',
        `unknown property '${EXTRA_PROPERTY}'`,
      );
    }
    for (const [name, sub] of Object.entries(value)) {
      // The server ignores readOnly properties in requests, so mutating them proves nothing.
      if (props[name] === undefined || hasFlag(spec, props[name], 'readOnly')) continue;
      walkBody(spec, props[name] as JsonSchema, sub, joinPointer(pointer, name), emit, depth + 1);
    }
  } else if (Array.isArray(value) && value.length > 0 && schema.items !== undefined) {
    walkBody(spec, schema.items as JsonSchema, value[0], joinPointer(pointer, 0), emit, depth + 1);
  }
}

function withParam(
  base: RequestPlan,
  bag: 'pathParams' | 'query' | 'headers',
  name: string,
  value: unknown,
): RequestPlan {
  const copy = { ...(base[bag] as Record<string, unknown>) };
  if (value === REMOVE) delete copy[name];
  else copy[name] = value;
  return { ...base, [bag]: copy };
}

function setAt(root: unknown, tokens: string[], value: unknown): unknown {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens as [string, ...string[]];
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = setAt(copy[Number(head)], rest, value);
    return copy;
  }
  const copy = { ...(root as Record<string, unknown>) };
  if (rest.length === 0 && value === REMOVE) delete copy[head];
  else copy[head] = setAt(copy[head], rest, value);
  return copy;
}
