import { resolveSchema, schemaTypes } from '../generate/schema-view.js';
import { coerceParam } from '../generate/wire-validation.js';
import type { Exchange } from '../http/http-types.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import type { Check, Verdict } from './check-types.js';
import { findResponse } from './response-lookup.js';
import { fail, judgeDocumentedExchanges, pass, skip } from './verdicts.js';

/** Documented required headers must be present, and every documented header present must match its schema. */
export function judgeResponseHeaders(
  exchange: Exchange,
  op: OperationInfo,
  spec: SpecIndex,
  validator: SchemaValidator,
): Verdict {
  const response = findResponse(op, exchange.response.status);
  if (!response) return skip(`status ${exchange.response.status} is not documented`);
  if (response.headers.length === 0) return pass('no documented headers');
  const problems: string[] = [];
  let schemaPath: string | undefined;
  for (const header of response.headers) {
    const raw = exchange.response.headers[header.name.toLowerCase()];
    if (raw === undefined) {
      if (header.required) {
        problems.push(`missing required header '${header.name}'`);
        schemaPath ??= `${response.pointer}/headers/${header.name}`;
      }
      continue;
    }
    if (!header.schema) continue;
    const value = coerceParam(raw, schemaTypes(resolveSchema(spec, header.schema.schema), spec));
    const outcome = validator.validate(header.schema, value, 'response');
    if (!outcome.valid) {
      problems.push(
        `header '${header.name}' value ${JSON.stringify(raw)}: ${outcome.issues.map((i) => i.message).join('; ')}`,
      );
      schemaPath ??= outcome.issues[0]?.schemaPath;
    }
  }
  return problems.length
    ? fail(`Response headers do not conform: ${problems.join('; ')}`, schemaPath)
    : pass('headers conform');
}

export const responseHeadersConformance: Check = {
  name: 'response_headers_conformance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeDocumentedExchanges(ctx, 'response_headers_conformance', (e, op) =>
      judgeResponseHeaders(e, op, ctx.spec, ctx.validator),
    ),
};
