import type { MembershipLevel } from '../domain/types.js';
import type { Store } from '../store/store.js';

/** Parsed option values of one command (`--name value`, booleans for flags). */
export type CommandOptions = Record<string, string | boolean | undefined>;

/** One admin command: its usage line, its options and what it does. The result is printed as JSON. */
export interface AdminCommand {
  summary: string;
  /** Option name → description; names ending in `!` are required, `?` marks a boolean flag. */
  options: Record<string, string>;
  run(
    store: Store,
    options: CommandOptions,
    context: { now: Date; env: NodeJS.ProcessEnv },
  ): Promise<unknown>;
  /** The option a lone positional argument fills (`revoke-key <id>` = `revoke-key --id <id>`). */
  positional?: string;
  /** The result as text for people, printed unless `--json` is given (default: JSON). */
  render?(result: unknown): string;
}

/** A command-line usage error (exit 2). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const LEVELS: Record<string, MembershipLevel> = { member: 1, admin: 8, owner: 15, '1': 1, '8': 8, '15': 15 };

/** A string option, or undefined. */
export function text(options: CommandOptions, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}

/** A non-empty string option, else a UsageError. */
export function required(options: CommandOptions, name: string): string {
  const value = text(options, name);
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

/** A comma-separated option as a list (`''` → `[]`). */
export function list(options: CommandOptions, name: string): string[] | undefined {
  const value = text(options, name);
  return value === undefined
    ? undefined
    : value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean);
}

/** `--level` as a membership level (member|admin|owner or 1|8|15). */
export function level(options: CommandOptions): MembershipLevel {
  const raw = required(options, 'level');
  const parsed = LEVELS[raw];
  if (parsed === undefined)
    throw new UsageError(`--level must be member, admin or owner (or 1, 8, 15), got "${raw}"`);
  return parsed;
}

/** `--scoped-projects` as project ids. */
export function projectIds(options: CommandOptions): number[] | undefined {
  const values = list(options, 'scoped-projects');
  return values?.map((value) => {
    if (!/^\d+$/.test(value)) throw new UsageError(`--scoped-projects takes project ids, got "${value}"`);
    return Number(value);
  });
}

/** The printed form of a user. */
export function userJson(user: { id: number; uuid: string; email: string }) {
  return { id: user.id, uuid: user.uuid, email: user.email };
}
