import type { z } from 'zod';
import type { ErrorBody, ValidationTarget } from './error-body.js';
import { formatValidationError } from './format-validation-error.js';

/** The parts of a @hono/zod-openapi hook result the hook reads. */
export interface HookResult {
  success: boolean;
  target: string;
  data?: unknown;
  error?: { issues: readonly z.core.$ZodIssue[] };
}

/** The parts of a Hono context the hook uses. */
export interface JsonResponder {
  json(body: ErrorBody, status: 400): Response;
}

/**
 * A `defaultHook` for `new OpenAPIHono({ defaultHook })`: any failed request validation → 400 with the upstream body
 * for the first issue (see {@link formatValidationError}); a successful one → handled by the route.
 *
 * @example const app = new OpenAPIHono({ defaultHook: createValidationHook() });
 */
export function createValidationHook(): (result: HookResult, c: JsonResponder) => Response | undefined {
  return (result, c) => {
    if (result.success || !result.error) return undefined;
    return c.json(formatValidationError(result.error, result.target as ValidationTarget, result.data), 400);
  };
}
