import type { Refusal } from '../rules/refusal.js';
import { ApiError } from './api-error.js';

/**
 * The HTTP answer to a rule's refusal: `forbidden` → 403 `permission_denied`, `invalid` → 400 `invalid_input`.
 *
 * @example
 * const refused = checkMemberRemoval(requester, target, owners);
 * if (refused) throw refusalError(refused);
 */
export function refusalError(refusal: Refusal): ApiError {
  return refusal.kind === 'forbidden'
    ? ApiError.permissionDenied(refusal.detail)
    : ApiError.validation('invalid_input', refusal.detail, refusal.attr);
}
