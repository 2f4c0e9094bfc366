/**
 * @org-api/runtime — run-time support of the server code @org-api/codegen generates (Hono + @hono/zod-openapi + zod):
 * - `registerApi` / `registerRoute`: each route registered once, published and validated as declared, with the one
 *   body adapter (`validateRequestBody`: JSON, forms through one coercer, 415, parse errors through the app's hook);
 * - upstream error bodies (`ErrorBody`, its builders, `ErrorBodyException`, `formatValidationError`,
 *   `createValidationHook`);
 * - strict response validation (`strictResponse`, `validateResponse`) and coercions of string-typed inputs.
 */

export {
  bodyParseIssue,
  bodyParseReason,
  type ErrorBody,
  invalidRequestBody,
  parseErrorBody,
  unsupportedMediaTypeBody,
  type ValidationTarget,
  validationErrorBody,
} from './errors/error-body.js';
export { ErrorBodyException } from './errors/error-body-exception.js';
export { formatValidationError } from './errors/format-validation-error.js';
export { INTEGER_MESSAGE } from './errors/messages.js';
export { createValidationHook, type HookResult, type JsonResponder } from './errors/validation-hook.js';
export {
  type GeneratedApi,
  MissingHandlersError,
  type RegisterOptions,
  registerApi,
  registerRoute,
} from './register-api.js';
export { deepObjectQuery, type QueryContext } from './request/deep-object-query.js';
export { type FormFields, formToJson } from './request/form-values.js';
export { exceedsJsonDepth, MAX_JSON_DEPTH } from './request/json-depth.js';
export {
  findLoneSurrogate,
  type LoneSurrogate,
  loneSurrogateIssue,
  SURROGATE_CODE,
} from './request/lone-surrogates.js';
export { pathInteger, queryArray, queryBoolean, queryCsv, queryNumber } from './request/param-coercion.js';
export {
  type BodyCheck,
  type BodyDeclaration,
  type BodyHook,
  type RequestBodyOptions,
  validateRequestBody,
} from './request/request-body.js';
export { deepStrict } from './response/deep-strict.js';
export { findUndeclared, strictResponse } from './response/strict-response.js';
export {
  type ResponseCheck,
  type ResponseValidators,
  validateResponse,
} from './response/validate-response.js';
