import { strictResponse, validateResponse } from '@org-api/runtime';
import { responseValidators } from '../../src/generated/handlers.gen.js';
import { operations } from '../../src/generated/operations.gen.js';
import { ErrorResponse } from '../../src/generated/schemas.gen.js';
import { compileOperationMatcher } from '../../src/http/operation-matcher.js';
import type { WireAnswer, WireRequest } from './fuzz-world.js';

const matcher = compileOperationMatcher(operations);
const errorBody = strictResponse(ErrorResponse);

/**
 * What only a leaked stack trace puts in a response, raw or inside a JSON string: a frame line, a source position, a
 * dependency path.
 */
const INTERNALS = /(?:\n|\\n)\s+at \S|\((?:file:\/\/)?\/[^)]*:\d+:\d+\)|node_modules\//;

/**
 * What is wrong with an answer, or undefined when it is right: never a 5xx, never a stack trace; every 4xx is exactly
 * the spec's `ErrorResponse` (strict: no other property), and when the request reached an operation, the status is one
 * the operation declares and the body matches that status's schema (2xx bodies included).
 */
export function judgeAnswer(request: WireRequest, answer: WireAnswer): string | undefined {
  if (answer.status >= 500) return `status ${answer.status}: ${answer.text.slice(0, 300)}`;
  if (INTERNALS.test(answer.text)) return `internals in the body: ${answer.text.slice(0, 300)}`;
  if (request.method === 'HEAD' || (answer.status >= 300 && answer.status < 400)) return undefined;
  const isJson = /^application\/(.+\+)?json/.test(answer.contentType ?? '');
  let body: unknown;
  if (isJson) {
    try {
      body = JSON.parse(answer.text);
    } catch {
      return `status ${answer.status}: a JSON content type with a body that is not JSON: ${answer.text.slice(0, 200)}`;
    }
  }
  if (answer.status >= 400) {
    const checked = errorBody.safeParse(body);
    if (!checked.success) {
      return `status ${answer.status}: not an ErrorResponse (${answer.contentType}): ${answer.text.slice(0, 300)}`;
    }
  }
  const pathname = new URL(request.target, 'http://fuzz.invalid').pathname;
  const match = matcher.match(request.method, pathname);
  if (match.kind !== 'match') return undefined;
  const check = validateResponse(responseValidators, match.operationId, answer.status, body);
  if (check.ok) return undefined;
  return `status ${answer.status} of ${match.operationId} against the spec: ${check.message} (attr "${check.attr}"): ${answer.text.slice(0, 300)}`;
}
