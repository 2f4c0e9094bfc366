/** A request as the runner means it (typed values), before serialisation. */
export interface RequestPlan {
  method: string;
  /** Path template from the spec, e.g. `/api/organizations/{organization_id}/projects/{id}/`. */
  pathTemplate: string;
  pathParams: Record<string, unknown>;
  /** Query values; `undefined` means "not sent", arrays are sent as repeated keys. */
  query: Record<string, unknown>;
  headers: Record<string, string>;
  /** JSON body; absent means no body at all. */
  body?: { mediaType: string; value: unknown } | undefined;
}

/** A request exactly as it goes on the wire. */
export interface WireRequest {
  method: string;
  /** Rendered, percent-encoded path (no base URL). */
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body?: string | undefined;
}

/** A response as received (header names lower-cased). */
export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Parsed body when it is JSON; undefined otherwise. */
  json?: unknown;
  elapsedMs: number;
}

/** Which credentials a request carried (never the token itself); `scoped:<scope>` is a key holding just that scope. */
export type TokenRole =
  | 'owner'
  | 'admin'
  | 'member'
  | 'noScope'
  | 'otherOrg'
  | 'disposableOwner'
  | `scoped:${string}`
  | 'none'
  | 'invalid';

/** A request/response pair with the context the checks need. */
export interface Exchange {
  operationId: string;
  plan: RequestPlan;
  request: WireRequest;
  response: WireResponse;
  role: TokenRole;
  /** How the request was made: valid data, a negative mutant, or a probe of an active check. */
  kind: 'positive' | 'negative' | 'probe';
  mutation?: { family: string; location: string; target: string; description: string } | undefined;
  /** Set when valid data was refused because an existing item holds the same unique value (`attr=value`). */
  stateConflict?: string | undefined;
}
