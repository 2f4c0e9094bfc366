import type { Exchange } from '../http/http-types.js';
import type { Check, Verdict } from './check-types.js';
import { fail, judgeExchanges, pass, skip } from './verdicts.js';

const FIELDS = ['type', 'code', 'detail', 'attr'];

/**
 * Every 4xx/5xx body is the error object `{type, code, detail, attr}`: type/code/detail strings, attr a string or
 * null; `extra` is the only other key allowed.
 */
export function judgeErrorBody(exchange: Exchange): Verdict {
  const { status, json, body } = exchange.response;
  if (status < 400) return skip('not an error response');
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return fail(`Error response ${status} is not a JSON object: ${JSON.stringify(body.slice(0, 80))}`);
  }
  const obj = json as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['type', 'code', 'detail']) {
    if (typeof obj[field] !== 'string')
      problems.push(`'${field}' must be a string, got ${describe(obj[field])}`);
  }
  if (!('attr' in obj)) problems.push(`'attr' is missing`);
  else if (obj.attr !== null && typeof obj.attr !== 'string')
    problems.push(`'attr' must be a string or null, got ${describe(obj.attr)}`);
  const extra = Object.keys(obj).filter((k) => !FIELDS.includes(k) && k !== 'extra');
  if (extra.length) problems.push(`unexpected key(s) ${extra.map((k) => `'${k}'`).join(', ')}`);
  return problems.length
    ? fail(`Error body of ${status} does not conform: ${problems.join('; ')}`)
    : pass('error body conforms');
}

function describe(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

export const errorBodyConformance: Check = {
  name: 'error_body_conformance',
  defaultEnabled: true,
  writes: false,
  judgesRecorded: true,
  run: async (ctx) =>
    judgeExchanges(ctx, 'error_body_conformance', (e) => e.response.status >= 400, judgeErrorBody),
};
