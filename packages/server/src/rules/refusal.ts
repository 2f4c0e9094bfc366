/**
 * A rule's "no", as a value (rules decide; the HTTP layer answers): `forbidden` is answered 403 `permission_denied`,
 * `invalid` 400 `invalid_input` on `attr` (see `errors/refusal-error.ts`). `detail` is upstream's message.
 */
export type Refusal =
  | { kind: 'forbidden'; detail: string }
  | { kind: 'invalid'; detail: string; attr: string | null };

/** Upstream's generic 403 detail (DRF's `PermissionDenied`): e.g. the requester is not a member. */
export const PERMISSION_DENIED_DETAIL = 'You do not have permission to perform this action.';

/** A refusal answered 403. */
export function forbidden(detail: string): Refusal {
  return { kind: 'forbidden', detail };
}

/** A refusal answered 400, on the field `attr` (or the whole request). */
export function invalid(detail: string, attr: string | null = null): Refusal {
  return { kind: 'invalid', detail, attr };
}
