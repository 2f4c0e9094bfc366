import { allowHeaderConformance } from './allow-header-conformance.js';
import type { Check, CheckName } from './check-types.js';
import { contentTypeConformance } from './content-type-conformance.js';
import { deletedNotListed } from './deleted-not-listed.js';
import { ensureResourceAvailability } from './ensure-resource-availability.js';
import { errorBodyConformance } from './error-body-conformance.js';
import { ignoredAuth } from './ignored-auth.js';
import { bulkInviteAtomicity } from './lifecycle/bulk-invite-atomicity.js';
import { inviteLifecycle, reinviteReplacement } from './lifecycle/invite-lifecycle.js';
import { legalDocumentUniqueness } from './lifecycle/legal-document-uniqueness.js';
import { memberLevelRules } from './lifecycle/member-level-rules.js';
import { projectLifecycle } from './lifecycle/project-lifecycle.js';
import { maxResponseTime } from './max-response-time.js';
import { missingRequiredHeader } from './missing-required-header.js';
import { negativeDataRejection } from './negative-data-rejection.js';
import { notAServerError } from './not-a-server-error.js';
import { pagination } from './pagination.js';
import { paginationLinks } from './pagination-links.js';
import { positiveDataAcceptance } from './positive-data-acceptance.js';
import { readAfterWrite } from './read-after-write.js';
import { readOnlyWriteOnly } from './read-only-write-only.js';
import { responseHeadersConformance } from './response-headers-conformance.js';
import { responseSchemaConformance } from './response-schema-conformance.js';
import { scopeEnforcement } from './scope-enforcement.js';
import { searchAndOrder } from './search-and-order.js';
import { statusCodeConformance } from './status-code-conformance.js';
import { tenantIsolation } from './tenant-isolation.js';
import { tenantObjectIsolation } from './tenant-object-isolation.js';
import { trailingSlashRedirectCheck } from './trailing-slash-redirect.js';
import { unsupportedMethod } from './unsupported-method.js';
import { useAfterFree } from './use-after-free.js';

/** Every check, in reporting order. */
export const ALL_CHECKS: readonly Check[] = [
  notAServerError,
  statusCodeConformance,
  contentTypeConformance,
  responseHeadersConformance,
  responseSchemaConformance,
  negativeDataRejection,
  positiveDataAcceptance,
  missingRequiredHeader,
  unsupportedMethod,
  allowHeaderConformance,
  useAfterFree,
  ensureResourceAvailability,
  ignoredAuth,
  maxResponseTime,
  errorBodyConformance,
  scopeEnforcement,
  tenantIsolation,
  tenantObjectIsolation,
  readOnlyWriteOnly,
  readAfterWrite,
  pagination,
  paginationLinks,
  searchAndOrder,
  deletedNotListed,
  trailingSlashRedirectCheck,
  projectLifecycle,
  inviteLifecycle,
  bulkInviteAtomicity,
  reinviteReplacement,
  memberLevelRules,
  legalDocumentUniqueness,
];

/** The check with this name. */
export function checkByName(name: CheckName): Check {
  return ALL_CHECKS.find((c) => c.name === name) as Check;
}
