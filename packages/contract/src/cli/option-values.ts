import { UsageError } from '../run/rate-limiter.js';

/** Where `--report` writes. */
export interface ReportPaths {
  junit?: string | undefined;
  json?: string | undefined;
}

/** Parses a positive integer option (`--workers 2`). */
export const positiveInt = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name} must be a positive integer, got '${value}'`);
  return Number(value);
};

/** Splits a comma list (`a, b,c`), dropping empty entries. */
export const listOf = (value: string | undefined) =>
  value === undefined
    ? undefined
    : value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

/** Every value of a repeatable option, comma lists split (`--include-method GET --include-method post,patch`). */
export const listAll = (values: string[] | undefined) =>
  values?.length ? values.flatMap((value) => listOf(value) ?? []) : undefined;

/** Parses `--request-timeout` (seconds, decimals allowed) into milliseconds. */
export function timeoutMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value) || Number(value) <= 0)
    throw new UsageError(`--request-timeout must be a positive number of seconds, got '${value}'`);
  return Math.round(Number(value) * 1000);
}

/** Parses `--max-throttle-wait` (whole seconds, 0 allowed). */
export function wholeSeconds(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--${name} must be a whole number of seconds (0 or more), got '${value}'`);
  return Number(value);
}

/** Parses `--scoped-token 'project:read=phx_…'` entries. */
export function scopedTokens(values: string[] | undefined): Record<string, string> | undefined {
  if (!values?.length) return undefined;
  return Object.fromEntries(
    values.map((entry) => {
      const at = entry.indexOf('=');
      if (at <= 0 || at === entry.length - 1)
        throw new UsageError(`invalid --scoped-token '${entry}' (expected <scope>=<key>)`);
      return [entry.slice(0, at), entry.slice(at + 1)];
    }),
  );
}

/** Parses `--report junit=a.xml,json=b.json`. */
export function parseReports(value: string | undefined): ReportPaths {
  const out: ReportPaths = {};
  for (const part of listOf(value) ?? []) {
    const [kind, path] = part.split('=', 2);
    if ((kind !== 'junit' && kind !== 'json') || !path) {
      throw new UsageError(`invalid --report entry '${part}' (expected junit=<path> or json=<path>)`);
    }
    out[kind] = path;
  }
  return out;
}

/** Parses a `-H 'Name: value'` header. */
export function parseHeader(text: string): [string, string] {
  const index = text.indexOf(':');
  if (index <= 0) throw new UsageError(`invalid header '${text}' (expected 'Name: value')`);
  return [text.slice(0, index).trim(), text.slice(index + 1).trim()];
}
