/**
 * Runtime support for the generated server code (`@org-api/runtime`; imports zod only): request validation
 * errors in the upstream format, strict response validation, and coercions for string-typed inputs.
 */

export { deepObjectQuery, type QueryContext } from './deep-object-query.js';
export { deepStrict } from './deep-strict.js';
export type { ErrorBody, ValidationTarget } from './error-body.js';
export { coerceFormValue, formBody } from './form-body.js';
export { formatValidationError } from './format-validation-error.js';
export { pathInteger, queryArray, queryBoolean, queryCsv, queryNumber } from './param-coercion.js';
export { type RouteRegistrar, registerRoute } from './register-route.js';
export { findUndeclared, strictResponse } from './strict-response.js';
export { type ResponseCheck, type ResponseValidators, validateResponse } from './validate-response.js';
export { createValidationHook, type HookResult, type JsonResponder } from './validation-hook.js';
