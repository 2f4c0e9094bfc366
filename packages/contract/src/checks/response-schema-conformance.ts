import type { Exchange } from '../http/http-types.js';
import type { OperationInfo } from '../spec/spec-types.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { formatIssues } from '../validate/schema-validator.js';
import type { Check, Verdict } from './check-types.js';
import { findResponse, responseSchema } from './response-lookup.js';
import { fail, judgeDocumentedExchanges, pass, skip } from './verdicts.js';

/** The body must parse and validate (response direction) against the schema documented for its status and type. */
export function judgeResponseSchema(
  exchange: Exchange,
  op: OperationInfo,
  validator: SchemaValidator,
): Verdict {
  const response = findResponse(op, exchange.response.status);
  if (!response) return skip(`status ${exchange.response.status} is not documented`);
  const schema = responseSchema(response, exchange.response.headers['content-type']);
  if (!schema) return skip('no schema documented for this status and content type');
  if (exchange.response.json === undefined) {
    return fail(
      `Response body is not valid JSON: ${JSON.stringify(exchange.response.body.slice(0, 80))}`,
      schema.pointer,
    );
  }
  const outcome = validator.validate(schema, exchange.response.json, 'response');
  if (outcome.valid) return pass('body conforms');
  return fail(
    `Response violates schema: ${formatIssues(outcome.issues.slice(0, 5))}`,
    outcome.issues[0]?.schemaPath,
  );
}

export const responseSchemaConformance: Check = {
  name: 'response_schema_conformance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeDocumentedExchanges(ctx, 'response_schema_conformance', (e, op) =>
      judgeResponseSchema(e, op, ctx.validator),
    ),
};
