#!/usr/bin/env tsx
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { type AdminCommand, adminCommands, UsageError } from './admin-commands.js';
import { ProvisioningError } from './provisioning.js';

/** Where the CLI writes and what it reads; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  openStore?: (databaseUrl: string) => Promise<Store>;
}

function optionLine(name: string, description: string): string {
  const flag = name.replace(/[!?]$/, '');
  const value = name.endsWith('?') ? '' : ' <value>';
  return `    --${flag}${value}${name.endsWith('!') ? ' (required)' : ''}  ${description}`;
}

/** The full usage text (`--help`). */
export function usage(): string {
  const commands = Object.entries(adminCommands)
    .map(([name, command]) =>
      [
        `  ${name}${command.positional ? ` <${command.positional}>` : ''}  ${command.summary}`,
        ...Object.entries(command.options).map(([o, d]) => optionLine(o, d)),
      ].join('\n'),
    )
    .join('\n');
  return [
    'Usage: npm run admin -w @org-api/server -- <command> [options]',
    '',
    'Administers the reference server database (DATABASE_URL, default sqlite:./data/orgapi.db).',
    'Every command prints its result as JSON on stdout (list-keys: a table unless --json), nothing else.',
    '',
    'Global options:',
    '    --database-url <url>  database to use (overrides DATABASE_URL)',
    '    --help                show this help',
    '',
    'Commands:',
    commands,
    '',
  ].join('\n');
}

function parseCommandOptions(name: string, command: AdminCommand, args: string[]) {
  const options: Record<string, { type: 'string' | 'boolean' }> = {
    'database-url': { type: 'string' },
    help: { type: 'boolean' },
  };
  for (const option of Object.keys(command.options)) {
    options[option.replace(/[!?]$/, '')] = { type: option.endsWith('?') ? 'boolean' : 'string' };
  }
  try {
    const { values, positionals } = parseArgs({
      args,
      options,
      strict: true,
      allowPositionals: command.positional !== undefined,
    });
    if (positionals.length > 1)
      throw new Error(`expected one <${command.positional}>, got ${positionals.length}`);
    const [positional] = positionals;
    if (positional === undefined || command.positional === undefined) return values;
    if (values[command.positional] !== undefined) {
      throw new Error(`give <${command.positional}> or --${command.positional}, not both`);
    }
    return { ...values, [command.positional]: positional };
  } catch (error) {
    throw new UsageError(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs the admin CLI. @returns the exit code: 0 success, 1 failure (e.g. unknown user), 2 usage or config error.
 *
 * @example
 * const code = await runAdminCli(['create-user', '--email', 'ann@example.com'], { stdout, stderr, env: process.env });
 */
export async function runAdminCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = adminCommands[name];
  if (!command) {
    io.stderr(`Unknown command "${name}". Run with --help to list the commands.\n`);
    return 2;
  }
  let store: Store | undefined;
  try {
    const values = parseCommandOptions(name, command, rest);
    if (values.help) {
      io.stdout(`${usage()}`);
      return 0;
    }
    const override = values['database-url'];
    const { databaseUrl } = loadConfig({
      ...io.env,
      ...(typeof override === 'string' ? { DATABASE_URL: override } : {}),
    });
    store = await (io.openStore ?? openStore)(databaseUrl);
    await store.migrate();
    const result = await command.run(store, values, { now: (io.now ?? (() => new Date()))(), env: io.env });
    io.stdout(
      command.render && values.json !== true
        ? command.render(result)
        : `${JSON.stringify(result, null, 2)}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr(`${error.message}\nRun with --help for usage.\n`);
      return 2;
    }
    if (error instanceof ProvisioningError) {
      io.stderr(`${name}: ${error.message}\n`);
      return 1;
    }
    io.stderr(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 1;
  } finally {
    await store?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  const code = await runAdminCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
  });
  process.exitCode = code;
}
