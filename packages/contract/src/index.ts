export { ALL_CHECKS, checkByName } from './checks/all-checks.js';
export type {
  Check,
  CheckContext,
  CheckName,
  CheckResult,
  Outcome,
  Session,
  Tokens,
  Verdict,
} from './checks/check-types.js';
export { CHECK_NAMES } from './checks/check-types.js';
export { EXIT, exitCodeOf } from './cli/exit-code.js';
export { parseCliArgs } from './cli/parse-args.js';
export { runCli } from './cli/run-cli.js';
export { type Mutant, negativeCases } from './generate/negative-cases.js';
export { generateValue } from './generate/positive-generator.js';
export { createPrng, type Prng } from './generate/prng.js';
export { buildPositivePlan } from './generate/request-builder.js';
export { MUTATION_FAMILIES, type MutationFamily } from './generate/value-mutations.js';
export { validateWireRequest } from './generate/wire-validation.js';
export { curlCommand } from './http/curl-command.js';
export type { Exchange, RequestPlan, WireRequest, WireResponse } from './http/http-types.js';
export { serialiseRequest } from './http/serialise-request.js';
export { formatJson } from './report/json-report.js';
export { formatJunit } from './report/junit-report.js';
export { formatProgress } from './report/progress-reporter.js';
export { formatSummary } from './report/summary-matrix.js';
export { CredentialsError } from './run/credentials-check.js';
export { describeRun } from './run/dry-run.js';
export { RequestError, RequestTimeoutError, type Target, TargetError } from './run/http-client.js';
export { filterOperations, type OperationFilter } from './run/operation-filter.js';
export { UsageError } from './run/rate-limiter.js';
export type { ProgressEvent, ResultSet, RunOptions } from './run/run-types.js';
export { runContract, selectChecks } from './run-contract.js';
export * from './spec/behaviour-rules.js';
export { DEFAULT_SPEC_PATH, loadSpec, loadSpecFrom, SpecError } from './spec/load-spec.js';
export type { OperationInfo, SchemaRef, SpecIndex } from './spec/spec-types.js';
export {
  createSchemaValidator,
  type SchemaIssue,
  type SchemaValidator,
} from './validate/schema-validator.js';
