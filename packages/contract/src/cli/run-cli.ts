import { writeFileSync } from 'node:fs';
import { formatJson } from '../report/json-report.js';
import { formatJunit } from '../report/junit-report.js';
import { formatProgress } from '../report/progress-reporter.js';
import { formatSummary } from '../report/summary-matrix.js';
import { CredentialsError } from '../run/credentials-check.js';
import { describeRun } from '../run/dry-run.js';
import { TargetError } from '../run/http-client.js';
import { UsageError } from '../run/rate-limiter.js';
import { runContract } from '../run-contract.js';
import { SpecError } from '../spec/load-spec.js';
import { EXIT, exitCodeOf } from './exit-code.js';
import { parseCliArgs, USAGE } from './parse-args.js';

/** Where the CLI writes, and (for tests) how it reaches the target and the file system. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  fetch?: typeof fetch;
  writeFile?: (path: string, text: string) => void;
  readFile?: (path: string) => string;
  /** How the run waits (rate limit, Retry-After); default: the real clock. */
  sleep?: (ms: number) => Promise<void>;
}

export { EXIT };

/**
 * The whole CLI: parse, run, print progress and the summary, write reports, return the exit code.
 * @example process.exitCode = await runCli(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: … })
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const config = parseCliArgs(argv, io.readFile);
    if (config.help) {
      io.stdout(`${USAGE}\n`);
      return EXIT.ok;
    }
    const options = {
      spec: config.spec,
      target: { baseUrl: config.baseUrl, fetch: io.fetch },
      tokens: config.tokens,
      organizationId: config.organizationId,
      otherOrganizationId: config.otherOrganizationId,
      disposableOrganizationId: config.disposableOrganizationId,
      users: config.users,
      operationFilter: config.operationFilter,
      exitFirst: config.exitFirst,
      requestTimeoutMs: config.requestTimeoutMs,
      checks: config.checks,
      excludeChecks: config.excludeChecks,
      seed: config.seed,
      maxExamples: config.maxExamples,
      workers: config.workers,
      rateLimit: config.rateLimit,
      maxThrottleWaitSeconds: config.maxThrottleWaitSeconds,
      sleep: io.sleep,
      headers: config.headers,
      readOnly: config.readOnly,
      maxResponseTimeMs: config.maxResponseTimeMs,
    };
    if (config.dryRun) {
      io.stdout(await describeRun(options));
      return EXIT.ok;
    }
    const set = await runContract({
      ...options,
      onProgress: (event) => io.stdout(`${formatProgress(event)}\n`),
    });
    io.stdout(`\n${formatSummary(set)}`);
    const write = io.writeFile ?? ((p: string, t: string) => writeFileSync(p, t));
    if (config.reports.junit) write(config.reports.junit, formatJunit(set));
    if (config.reports.json) write(config.reports.json, formatJson(set));
    return exitCodeOf(set);
  } catch (error) {
    if (error instanceof UsageError || error instanceof SpecError || error instanceof TargetError) {
      const usageHint = error instanceof UsageError && !(error instanceof CredentialsError);
      io.stderr(`org-api-contract: ${error.message}\n${usageHint ? 'Run with --help for usage.\n' : ''}`);
      return EXIT.error;
    }
    throw error;
  }
}
