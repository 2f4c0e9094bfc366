import { connect, type Socket } from 'node:net';
import { OUTPUT_WAIT_MS } from './spawned-process.js';

/** A raw TCP client of a server: what it received, and whether (and when) the connection ended. */
export interface RawConnection {
  socket: Socket;
  /** Everything received so far, as latin1 text. */
  received(): string;
  /** Resolves with the milliseconds from connecting to the close, once the connection is closed (by either side). */
  readonly closed: Promise<number>;
  isClosed(): boolean;
}

/**
 * Opens a TCP connection to `127.0.0.1:port` and resolves once it is connected (or closed at once, as a server at its
 * connection cap does). Nothing is sent.
 *
 * @example
 * const idle = await openConnection(port); // sends nothing
 * await waitForClosed([idle]);
 */
export function openConnection(port: number): Promise<RawConnection> {
  const started = performance.now();
  const socket = connect(port, '127.0.0.1');
  let text = '';
  let isClosed = false;
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    text += chunk;
  });
  socket.on('error', () => {}); // a reset by the server is a close like any other here
  const closed = new Promise<number>((resolve) => {
    socket.once('close', () => {
      isClosed = true;
      resolve(performance.now() - started);
    });
  });
  const connection: RawConnection = { socket, received: () => text, closed, isClosed: () => isClosed };
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(connection));
    socket.once('close', () => resolve(connection));
  });
}

/**
 * Waits until every connection is closed; rejects after `guardMs` (a guard against hangs, not a timing assertion)
 * saying how many are still open.
 */
export async function waitForClosed(
  connections: readonly RawConnection[],
  guardMs = OUTPUT_WAIT_MS,
): Promise<number[]> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const open = connections.filter((c) => !c.isClosed()).length;
      reject(new Error(`${open} of ${connections.length} connections still open after ${guardMs} ms`));
    }, guardMs);
  });
  try {
    return await Promise.race([Promise.all(connections.map((c) => c.closed)), guard]);
  } finally {
    clearTimeout(timer);
  }
}

/** Sends `text` over the connection. */
export function send(connection: RawConnection, text: string): Promise<void> {
  return new Promise((resolve, reject) =>
    connection.socket.write(text, 'latin1', (error) => (error ? reject(error) : resolve())),
  );
}
