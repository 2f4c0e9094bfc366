import { isSafeMethod } from '../checks/check-helpers.js';
import { negativeCases } from '../generate/negative-cases.js';
import { createPrng } from '../generate/prng.js';
import { buildPositivePlan } from '../generate/request-builder.js';
import { authScheme } from '../http/auth-scheme.js';
import { curlCommand } from '../http/curl-command.js';
import { serialiseRequest } from '../http/serialise-request.js';
import { loadRunSpec, selectChecks } from '../run-contract.js';
import { createSchemaValidator } from '../validate/schema-validator.js';
import { fakePathValues } from './fake-ids.js';
import { filterOperations } from './operation-filter.js';
import type { RunOptions } from './run-types.js';

/**
 * What a run with these options would do, without sending anything to the target: the selected operations, each
 * with its first generated valid request (ids that cannot exist; `@current` without an organization) and its number
 * of negative mutants, then the selected checks. Spec, filters and checks are validated as for a real run.
 * @example console.log(await describeRun({ target: { baseUrl }, tokens: { owner: 'x' }, seed: 1 }));
 */
export async function describeRun(options: RunOptions): Promise<string> {
  const checks = selectChecks(options.checks, options.excludeChecks);
  const spec = await loadRunSpec(options);
  const validator = createSchemaValidator(spec);
  const seed = String(options.seed ?? Date.now() % 1_000_000);
  const root = createPrng(seed);
  const scheme = authScheme(spec);
  const operations = filterOperations(spec.operations, options.operationFilter).filter(
    (op) => !options.readOnly || isSafeMethod(op.method),
  );
  const lines = [
    `dry run (nothing sent): spec ${spec.source}, target ${options.target.baseUrl}, seed ${seed}`,
    `${operations.length} operation(s):`,
  ];
  for (const op of operations) {
    const pathValues = fakePathValues(op, options.organizationId ?? '@current') ?? {};
    const built = buildPositivePlan(op, {
      spec,
      validator,
      seed,
      rng: root.fork(op.id),
      pathValues,
      minimal: true,
      omit: options.omitProperties,
    });
    const negatives = built.plan ? negativeCases(spec, op, built.plan, validator).length : 0;
    lines.push(`  ${op.id}  ${op.method.toUpperCase()} ${op.path}  (${negatives} negative mutant(s))`);
    const wire = built.plan && serialiseRequest(built.plan);
    // The owner's key goes where the spec's security scheme says; curl lines print it as $TOKEN.
    if (wire) wire.headers[scheme.header] = `${scheme.prefix}${options.tokens.owner}`;
    lines.push(
      wire
        ? `    ${curlCommand(options.target.baseUrl, wire)}`
        : `    no valid request could be generated: ${built.issues.map((i) => i.message).join('; ')}`,
    );
  }
  lines.push(`${checks.length} check(s): ${checks.join(', ')}`);
  return `${lines.join('\n')}\n`;
}
