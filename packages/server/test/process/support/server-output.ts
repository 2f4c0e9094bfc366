import type { SpawnedProcess } from './spawned-process.js';

/** One structured log line of the server (`{"level":…,"time":…,"msg":…}`). */
export type LogRecord = Record<string, unknown> & { level: string; time: string; msg: string };

/** What the server logs once it accepts connections. */
export interface Listening {
  url: string;
  port: number;
  database: string;
  /** Pid of the server's own node process (under `npm start` it is a grandchild of the npm process). */
  pid: number;
}

/** The first-start banner: the demo organization and its owner's key. */
export interface Banner {
  organizationId: string;
  key: string;
  /** The ready-to-paste curl line, as printed. */
  curl: string;
}

/** Every complete stdout line that is a JSON object with `level`, `time`, `msg` (banner and npm lines skipped). */
export function logRecords(stdout: string): LogRecord[] {
  const records: LogRecord[] = [];
  const complete = stdout.split('\n').slice(0, -1); // the last piece is '' or a line still being written
  for (const line of complete) {
    if (!line.startsWith('{')) continue;
    const parsed: unknown = JSON.parse(line);
    if (parsed && typeof parsed === 'object' && 'msg' in parsed && 'level' in parsed && 'time' in parsed) {
      records.push(parsed as LogRecord);
    }
  }
  return records;
}

/** The banner printed on first start, or undefined when stdout has none. */
export function parseBanner(stdout: string): Banner | undefined {
  if (!stdout.includes('First start:')) return undefined;
  const organizationId = /^ {2}Organization id: (\S+)$/m.exec(stdout)?.[1];
  const key = /^ {2}API key: +(\S+) {3}\(shown only now/m.exec(stdout)?.[1];
  const curl = /^ {2}(curl .*)$/m.exec(stdout)?.[1];
  if (!organizationId || !key || !curl) throw new Error(`incomplete first-start banner:\n${stdout}`);
  return { organizationId, key, curl };
}

/** Waits for the `listening` log record. */
export function waitForListening(server: SpawnedProcess): Promise<Listening> {
  return server.waitForStdout((stdout) => {
    const record = logRecords(stdout).find((r) => r.msg === 'listening');
    return record as (LogRecord & Listening) | undefined;
  }, 'the "listening" log line');
}
