/**
 * Reading `redocly diff --format json` (@redocly/cli 2.77.0, experimental): every change with the semver bump it
 * needs, and `info.version` of both documents. This module turns it into a readable report and the gate's verdict.
 */

/** One verdict of a change: the rule that rated it and why. */
interface RuleVerdict {
  ruleId?: string;
  impact?: string;
  message?: string;
}

/** One change as `redocly diff --format json` reports it (the fields read here). */
interface DiffChange {
  path: string;
  kind: string;
  impact: 'major' | 'minor' | 'patch';
  verdicts?: RuleVerdict[];
}

/** The parts of redocly's JSON diff report read here. */
export interface DiffReport {
  infoVersions: { base?: string; revision?: string };
  summary: { major: number; minor: number; patch: number };
  changes: DiffChange[];
}

/** The gate's verdict: the report lines and the exit code (0 pass, 1 breaking without a major version bump). */
export interface DiffVerdict {
  lines: string[];
  exitCode: 0 | 1;
}

const LABEL = { major: 'breaking', minor: 'minor', patch: 'patch' } as const;
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** `#/paths/~1pets/get/parameters/0` → `GET /pets · parameters/0`; `#/info` → `info`. */
export function describeLocation(pointer: string): string {
  const tokens = pointer
    .replace(/^#\/?/, '')
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (tokens[0] === 'paths' && tokens[1] !== undefined) {
    const method = tokens[2] !== undefined && METHODS.has(tokens[2]) ? tokens[2] : undefined;
    const rest = tokens.slice(method ? 3 : 2).join('/');
    const head = method ? `${method.toUpperCase()} ${tokens[1]}` : tokens[1];
    return rest ? `${head} · ${rest}` : head;
  }
  return tokens.join('/');
}

/** Major version of a semver-like `info.version` (`1.2.3` → 1), or undefined when it has none. */
function majorOf(version: string | undefined): { major: number; minor: number } | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?/.exec(version ?? '');
  return match ? { major: Number(match[1]), minor: Number(match[2] ?? 0) } : undefined;
}

/**
 * True when `revision` is a major bump of `base`: a higher major version, or for `0.x` versions (where semver lets
 * every minor release break) a higher minor version.
 */
export function isMajorBump(base: string | undefined, revision: string | undefined): boolean {
  const before = majorOf(base);
  const after = majorOf(revision);
  if (!before || !after) return false;
  if (after.major !== before.major) return after.major > before.major;
  return before.major === 0 && after.minor > before.minor;
}

/**
 * The report of a diff, one line per change (breaking first), a summary line, and the verdict: breaking changes
 * (`major` impact) fail unless `info.version` got a major bump.
 *
 * @param subject - the spec that was compared, as shown (e.g. `openapi/organizations.yaml`).
 * @param against - what it was compared with, as shown (e.g. `HEAD~1 (1a2b3c4)`).
 */
export function judgeDiff(report: DiffReport, subject: string, against: string): DiffVerdict {
  const { base, revision } = report.infoVersions;
  const lines = [`spec:diff: ${subject} against ${against} (info.version ${base} → ${revision})`];
  const order = ['major', 'minor', 'patch'] as const;
  for (const impact of order) {
    for (const change of report.changes.filter((c) => c.impact === impact)) {
      const why = (change.verdicts ?? [])
        .filter((verdict) => verdict.message)
        .map((verdict) => `${verdict.message} (${verdict.ruleId})`)
        .join('; ');
      lines.push(`  ${LABEL[impact].padEnd(8)}  ${describeLocation(change.path)}: ${why || change.kind}`);
    }
  }
  const { major, minor, patch } = report.summary;
  const counts = `${major} breaking, ${minor} minor, ${patch} patch change(s)`;
  if (major === 0) {
    lines.push(report.changes.length === 0 ? 'no changes' : `${counts}: no breaking change`);
    return { lines, exitCode: 0 };
  }
  if (isMajorBump(base, revision)) {
    lines.push(`${counts}: allowed by the major info.version bump ${base} → ${revision}`);
    return { lines, exitCode: 0 };
  }
  lines.push(
    `${counts}: breaking changes break generated clients; bump the major info.version (now ${revision}) or make the change compatible`,
  );
  return { lines, exitCode: 1 };
}
