import type { Prng } from '../generate/prng.js';
import type { Exchange, RequestPlan, TokenRole } from '../http/http-types.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';
import type { SchemaValidator } from '../validate/schema-validator.js';

/** Names of all checks, exactly as reported (Schemathesis names first, so users can map results). */
export const CHECK_NAMES = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
  'negative_data_rejection',
  'positive_data_acceptance',
  'missing_required_header',
  'unsupported_method',
  'allow_header_conformance',
  'use_after_free',
  'ensure_resource_availability',
  'ignored_auth',
  'max_response_time',
  'error_body_conformance',
  'scope_enforcement',
  'tenant_isolation',
  'tenant_object_isolation',
  'read_only_write_only',
  'read_after_write',
  'pagination',
  'pagination_links',
  'search_and_order',
  'deleted_not_listed',
  'trailing_slash_redirect',
  'project_lifecycle',
  'invite_lifecycle',
  'bulk_invite_atomicity',
  'reinvite_replacement',
  'member_level_rules',
  'legal_document_uniqueness',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

export type Outcome = 'pass' | 'fail' | 'skip';

/** The judgement of one response (or sequence of responses) by one check. */
export interface Verdict {
  outcome: Outcome;
  message: string;
  schemaPath?: string | undefined;
}

/** One reported result: what was checked, on which operation, the outcome and how to reproduce it. */
export interface CheckResult {
  check: CheckName;
  /** operationId, or `METHOD path` for requests outside the spec; '*' for run-wide results. */
  operation: string;
  outcome: Outcome;
  message: string;
  /** Negative-data family, when the result is about a mutant. */
  family?: string | undefined;
  schemaPath?: string | undefined;
  request?: { method: string; url: string; body?: string | undefined; role: TokenRole } | undefined;
  response?: { status: number; contentType?: string | undefined; body: string } | undefined;
  curl?: string | undefined;
  /** Every request of a failing stateful flow, in order, as curl lines (`$OWNER_TOKEN`, `$MEMBER_TOKEN`, …). */
  reproduce?: string[] | undefined;
  /** How many identical failures were folded into this one. */
  occurrences?: number | undefined;
}

/** Tokens by role; only `owner` is mandatory. */
export interface Tokens {
  owner: string;
  admin?: string | undefined;
  member?: string | undefined;
  noScope?: string | undefined;
  /** The owner of the other organization (B): B's resources are created with it. */
  otherOrg?: string | undefined;
  /** The only owner of the disposable organization. */
  disposableOwner?: string | undefined;
  /** Keys of this organization's owner holding exactly one scope, by scope (`project:read` → key). */
  scoped?: Record<string, string> | undefined;
}

/** What a check may use: the spec, the validator, recorded exchanges and a live session against the target. */
export interface CheckContext {
  spec: SpecIndex;
  validator: SchemaValidator;
  /** Every exchange recorded so far: the examples phase (positive and negative data for every operation) and,
   * for checks that judge recorded exchanges, the probes of the active checks too. */
  exchanges: readonly Exchange[];
  session: Session;
  settings: CheckSettings;
}

export interface CheckSettings {
  /** Limit for `max_response_time`, in milliseconds. */
  maxResponseTimeMs: number;
  maxExamples: number;
}

/** The live side of a run. Every request goes through `send`, which records nothing by itself. */
export interface Session {
  baseUrl: string;
  seed: string;
  organizationId: string | undefined;
  otherOrganizationId: string | undefined;
  disposableOrganizationId: string | undefined;
  /** Fixture users by role (`owner`, `admin`, `member`…), when given: their uuids tell callers apart. */
  users: Record<string, { uuid?: string | undefined }>;
  readOnly: boolean;
  tokens: Tokens;
  /** Every exchange sent so far, in order (multi-step reproducers replay a flow's part of it). */
  readonly log: readonly Exchange[];
  /** Every operation of the spec, also those the operation filters leave out (to create prerequisites). */
  readonly allOperations: readonly OperationInfo[];
  send(
    plan: RequestPlan,
    role: TokenRole,
    meta: { operationId: string; kind: Exchange['kind']; mutation?: Exchange['mutation'] },
  ): Promise<Exchange>;
  rng(label: string): Prng;
  /** A valid request for the operation (path ids from the pool), or undefined when none can be built. */
  plan(
    op: OperationInfo,
    options?: {
      minimal?: boolean;
      body?: unknown;
      pathValues?: Record<string, unknown>;
      label?: string;
      /** When no real id can be used (e.g. deleting a member the runner did not create), use ids that cannot
       * exist, so that probes of auth, scopes and tenancy never touch real data. */
      fakeIds?: boolean;
    },
  ): Promise<RequestPlan | undefined>;
  /** Existing ids for an operation's path parameters (creating resources when the spec allows). */
  pathValues(op: OperationInfo, purpose: 'read' | 'write'): Promise<Record<string, unknown> | undefined>;
  /** Remembers a created resource so that it is deleted at the end of the run. */
  track(exchange: Exchange): void;
  /** Forgets a resource that a check deleted itself. */
  untrack(path: string): void;
  /** Builds a reported result from an exchange and a verdict (request, response excerpt, curl). */
  result(
    check: CheckName,
    exchange: Exchange | undefined,
    verdict: Verdict,
    extra?: Partial<CheckResult>,
  ): CheckResult;
}

/** A check: a name and a run over the context. Judging logic lives in pure exported functions next to it. */
export interface Check {
  name: CheckName;
  /** Off-by-default checks run only when asked for by name. */
  defaultEnabled: boolean;
  /** Active checks send requests and change state; they are skipped in read-only runs unless marked safe. */
  writes: boolean;
  /** Judges the recorded exchanges: runs after the active checks, over every response of the run. */
  judgesRecorded?: boolean;
  run(ctx: CheckContext): Promise<CheckResult[]>;
}
