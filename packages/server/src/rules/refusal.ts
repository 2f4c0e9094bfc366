/**
 * A rule's "no", as a value (rules decide; the HTTP layer answers): `forbidden` is answered 403 `permission_denied`,
 * `invalid` 400 `invalid_input` on `attr` (see `errors/refusal-error.ts`). `detail` is upstream's message.
 */
export type Refusal =
  | { kind: 'forbidden'; detail: string }
  | { kind: 'invalid'; detail: string; attr: string | null };

/** A refusal answered 403. */
export function forbidden(detail: string): Refusal {
  return { kind: 'forbidden', detail };
}

/** A refusal answered 400, on the field `attr` (or the whole request). */
export function invalid(detail: string, attr: string | null = null): Refusal {
  return { kind: 'invalid', detail, attr };
}
