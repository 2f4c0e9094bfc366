import { resolve } from 'node:path';

/*
 * How many write statements this process has run on each SQLite file, over all its connections (every store on
 * the file). A reader that keeps `PRAGMA data_version` for the rest of an event-loop turn re-reads it as soon as
 * this process has written (see `sqlite-reader.ts`); other processes' commits are seen from the next turn.
 */

const epochs = new Map<string, number>();

/** The key of a database file (its absolute path). */
export function sqliteFileKey(path: string): string {
  return resolve(path);
}

/** Records a write statement (including BEGIN/COMMIT/ROLLBACK) on the file; called before it runs. */
export function noteSqliteWrite(fileKey: string): void {
  epochs.set(fileKey, (epochs.get(fileKey) ?? 0) + 1);
}

/** The number of write statements recorded so far on the file. */
export function sqliteWriteEpoch(fileKey: string): number {
  return epochs.get(fileKey) ?? 0;
}
