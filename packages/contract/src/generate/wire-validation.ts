import type { WireRequest } from '../http/http-types.js';
import type { JsonSchema, OperationInfo, ParameterInfo, SpecIndex } from '../spec/spec-types.js';
import type { SchemaIssue, SchemaValidator } from '../validate/schema-validator.js';
import { resolveSchema, schemaTypes } from './schema-view.js';

/**
 * Reads a raw parameter string the way a lenient server would (numbers via `Number()`, so '' and ' 1 ' count as
 * numbers; 'true'/'false'/'1'/'0' as booleans; '' or 'null' as null when allowed). Leniency here can only drop
 * negative cases, never create false positives.
 */
export function coerceParam(raw: string, types: string[]): unknown {
  if ((types.includes('integer') || types.includes('number')) && Number.isFinite(Number(raw)))
    return Number(raw);
  if (types.includes('boolean') && ['true', 'false', '1', '0'].includes(raw))
    return raw === 'true' || raw === '1';
  if (types.includes('null') && (raw === '' || raw === 'null')) return null;
  return raw;
}

/** A regex matching rendered paths of a template; one capture group per `{param}`. */
export function pathPattern(template: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (!m) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(m[1] as string);
      return '([^/]*)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

/**
 * Validates a request exactly as it will be sent: path segments and query strings are decoded and coerced, the
 * body is parsed back from its JSON text. Returns the violations ([] = the server must accept the request shape).
 */
export function validateWireRequest(
  spec: SpecIndex,
  op: OperationInfo,
  wire: WireRequest,
  validator: SchemaValidator,
): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const check = (param: ParameterInfo, raw: string | string[]) => {
    if (!param.schema) return;
    const schema = resolveSchema(spec, param.schema.schema);
    const types = schemaTypes(schema, spec);
    const value = Array.isArray(raw)
      ? types.includes('array')
        ? raw.map((r) => coerceParam(r, schemaTypes(resolveSchema(spec, (schema.items ?? {}) as JsonSchema))))
        : coerceParam(raw[raw.length - 1] as string, types)
      : coerceParam(raw, types);
    for (const issue of validator.validate(param.schema, value, 'request').issues) {
      issues.push({ ...issue, message: `${param.in} parameter '${param.name}': ${issue.message}` });
    }
  };
  const missing = (param: ParameterInfo) =>
    issues.push({
      instancePath: '',
      schemaPath: op.pointer,
      keyword: 'required',
      message: `${param.in} parameter '${param.name}' is missing`,
    });

  const { regex, names } = pathPattern(op.path);
  const match = regex.exec(wire.path);
  const query = new Map<string, string[]>();
  for (const [k, v] of wire.query) query.set(k, [...(query.get(k) ?? []), v]);
  const headers = new Map(Object.entries(wire.headers).map(([k, v]) => [k.toLowerCase(), v]));
  for (const param of op.parameters) {
    if (param.in === 'path') {
      const index = names.indexOf(param.name);
      const raw = match?.[index + 1];
      if (raw === undefined || raw === '') missing(param);
      else check(param, decodeURIComponent(raw));
    } else if (param.in === 'query') {
      const raw = query.get(param.name);
      if (raw === undefined) {
        if (param.required) missing(param);
      } else check(param, raw);
    } else if (param.in === 'header') {
      const raw = headers.get(param.name.toLowerCase());
      if (raw === undefined) {
        if (param.required) missing(param);
      } else check(param, raw);
    }
  }
  issues.push(...validateWireBody(op, wire, validator));
  return issues;
}

function validateWireBody(op: OperationInfo, wire: WireRequest, validator: SchemaValidator): SchemaIssue[] {
  const body = op.requestBody;
  if (!body) return [];
  const at = `${op.pointer}/requestBody`;
  if (wire.body === undefined) {
    return body.required
      ? [{ instancePath: '', schemaPath: at, keyword: 'required', message: 'request body is missing' }]
      : [];
  }
  const mediaType = (wire.headers['content-type'] ?? '').split(';')[0]?.trim() ?? '';
  const schema = body.content[mediaType];
  if (!(mediaType in body.content)) {
    return [
      {
        instancePath: '',
        schemaPath: at,
        keyword: 'mediaType',
        message: `media type '${mediaType}' is not accepted`,
      },
    ];
  }
  if (!schema) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(wire.body);
  } catch {
    return [{ instancePath: '', schemaPath: at, keyword: 'json', message: 'body is not valid JSON' }];
  }
  return validator
    .validate(schema, parsed, 'request')
    .issues.map((i) => ({ ...i, message: `body: ${i.message}` }));
}
