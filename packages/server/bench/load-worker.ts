/*
 * The load generator's process (forked by server-bench.ts with an IPC channel), so the client's CPU never shares
 * an event loop with the server it measures. Messages in: `{ kind: 'load', job }` or
 * `{ kind: 'sequence', port, paths, headers }`; out: `{ ok: true, result }` or `{ ok: false, error }`.
 */
import { type LoadJob, runLoad, timeRequests } from './load-run.js';

export type LoadWorkerRequest =
  | { kind: 'load'; job: LoadJob }
  | { kind: 'sequence'; port: number; paths: string[]; headers: Record<string, string> };

process.on('message', (message: LoadWorkerRequest) => {
  const work =
    message.kind === 'load'
      ? runLoad(message.job)
      : timeRequests(message.port, message.paths, message.headers);
  work.then(
    (result) => process.send?.({ ok: true, result }),
    (error: unknown) =>
      process.send?.({ ok: false, error: error instanceof Error ? error.stack : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
