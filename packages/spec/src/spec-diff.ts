/**
 * `npm run spec:diff -- [ref] [--check-version]`: the breaking-change gate for spec edits. Compares the working
 * `openapi/organizations.yaml` with its version at a git ref (default `HEAD`) using `redocly diff` (@redocly/cli
 * 2.77.0, which rates every change by the semver bump it needs), prints one line per change, and exits 1 when a
 * change breaks clients (`major`) and `info.version` did not get a major bump. `--check-version` is stricter: it
 * also needs a minor bump for minor changes (redocly's own `--check-version`).
 * Exit codes: 0 pass, 1 breaking change without a major version bump, 2 usage error or no such ref.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { specPath } from './index.js';
import { type DiffReport, type DiffVerdict, judgeDiff } from './spec-diff-report.js';

const USAGE = `Usage: npm run spec:diff -- [ref] [--check-version]

Compares openapi/organizations.yaml (the working copy) with its version at a git ref (default HEAD) and
rates every change (redocly diff). Exits 1 on a breaking change unless info.version got a major bump;
--check-version also needs a minor bump for minor changes.`;

/** A problem with the command line or the repository (exit code 2), not with the spec. */
export class SpecDiffError extends Error {}

/** `redocly`'s CLI entry, from the installed @redocly/cli. */
function redoclyCli(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve('@redocly/cli/package.json');
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin.redocly;
  return join(dirname(manifest), bin ?? 'bin/cli.js');
}

/**
 * Rates the changes from `basePath` to `revisionPath` with `redocly diff` and judges them (see `judgeDiff`).
 *
 * @param names - how the two are named in the report (default: their paths).
 * @param checkVersion - also fail when a minor change comes without a minor bump (redocly's `--check-version`).
 */
export function compareSpecs(
  basePath: string,
  revisionPath: string,
  names: { subject?: string; against?: string } = {},
  checkVersion = false,
): DiffVerdict {
  const work = mkdtempSync(join(tmpdir(), 'spec-diff-'));
  try {
    const output = join(work, 'diff.json');
    const args = ['diff', basePath, revisionPath, '--format', 'json', '-o', output, '--lint-config', 'off'];
    args.push('--fail-on', 'none', ...(checkVersion ? ['--check-version'] : []));
    const result = spawnSync(process.execPath, [redoclyCli(), ...args], { encoding: 'utf8' });
    let report: DiffReport;
    try {
      report = JSON.parse(readFileSync(output, 'utf8')) as DiffReport;
    } catch {
      throw new SpecDiffError(
        `redocly diff failed (exit ${result.status}):\n${result.stdout}${result.stderr}`,
      );
    }
    const verdict = judgeDiff(report, names.subject ?? revisionPath, names.against ?? basePath);
    if (!checkVersion || result.status === 0) return verdict;
    // e.g. "❌ info.version stayed 1.0.0, but these changes require a minor bump (1.1.0)."
    const said = `${result.stdout}\n${result.stderr}`
      .split('\n')
      .find((line) => line.includes('info.version'))
      ?.replace(/^\W+/, '')
      .trim();
    return {
      lines: [...verdict.lines, `--check-version: ${said ?? 'info.version does not match the changes'}`],
      exitCode: 1,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new SpecDiffError(`git ${args.join(' ')} failed${stderr ? `: ${stderr}` : ''}`);
  }
}

/**
 * Compares the working spec (`spec`, in a git work tree) with its version at `ref`. A ref at which the spec did not
 * exist yet passes (every operation is new).
 *
 * @throws SpecDiffError - not a git work tree, or no such ref.
 */
export function diffAgainstRef(ref: string, spec = specPath(), checkVersion = false): DiffVerdict {
  const cwd = dirname(spec);
  const root = git(['rev-parse', '--show-toplevel'], cwd).trim();
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd).trim();
  } catch {
    throw new SpecDiffError(`no commit named "${ref}" in ${root}`);
  }
  const against = `${ref} (${commit.slice(0, 7)})`;
  const inRepo = relative(root, spec).split('\\').join('/');
  let base: string;
  try {
    base = execFileSync('git', ['show', `${commit}:${inRepo}`], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
  } catch {
    return { lines: [`spec:diff: ${inRepo} does not exist at ${against}: nothing to compare`], exitCode: 0 };
  }
  const work = mkdtempSync(join(tmpdir(), 'spec-diff-base-'));
  try {
    const basePath = join(work, 'base.yaml');
    writeFileSync(basePath, base);
    return compareSpecs(basePath, spec, { subject: inRepo, against }, checkVersion);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The command line; returns the exit code. */
export function main(argv: string[]): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'check-version': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    if (positionals.length > 1) throw new SpecDiffError(`one ref at most, got: ${positionals.join(' ')}`);
    const verdict = diffAgainstRef(positionals[0] ?? 'HEAD', specPath(), values['check-version']);
    const print = verdict.exitCode === 0 ? console.log : console.error;
    for (const line of verdict.lines) print(line);
    return verdict.exitCode;
  } catch (error) {
    const known =
      error instanceof SpecDiffError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(
      known ? `${(error as Error).message}\n\n${USAGE}` : String((error as Error).stack ?? error),
    );
    return 2;
  }
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  process.exitCode = main(process.argv.slice(2));
}
