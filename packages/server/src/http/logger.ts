/** Log levels, lowest first. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A structured log record: one JSON object per line. */
export type LogRecord = Record<string, unknown>;

/** Where the server writes its logs; tests pass a collecting logger. */
export interface Logger {
  debug(record: LogRecord): void;
  info(record: LogRecord): void;
  warn(record: LogRecord): void;
  error(record: LogRecord): void;
}

/**
 * A logger writing one JSON line per record (`{"level":"info","time":"…",…}`) for records at or above `level`.
 *
 * @example
 * const logger = createJsonLogger({ level: 'info', write: (line) => process.stdout.write(line) });
 */
export function createJsonLogger(options: {
  level: LogLevel;
  write: (line: string) => void;
  now?: () => Date;
}): Logger {
  const threshold = LOG_LEVELS.indexOf(options.level);
  const now = options.now ?? (() => new Date());
  const emit = (level: LogLevel) => (record: LogRecord) => {
    if (LOG_LEVELS.indexOf(level) < threshold) return;
    options.write(`${JSON.stringify({ level, time: now().toISOString(), ...record })}\n`);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** A logger that keeps records in memory (tests). */
export function createMemoryLogger(): Logger & { records: Array<LogRecord & { level: LogLevel }> } {
  const records: Array<LogRecord & { level: LogLevel }> = [];
  const push = (level: LogLevel) => (record: LogRecord) => {
    records.push({ level, ...record });
  };
  return { records, debug: push('debug'), info: push('info'), warn: push('warn'), error: push('error') };
}

/** A logger that drops everything. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
