import { connect, type Socket } from 'node:net';

/*
 * A minimal HTTP/1.1 keep-alive client over one TCP socket, for the load generator. Node's `http.Agent` costs
 * several times more CPU per request than the bare Hono app it measures; on 2 shared cores that would make the load
 * generator the bottleneck of the baseline and flatter every ratio. This client writes precomputed request bytes
 * and parses only what it needs: the status, and the body by Content-Length or chunked encoding.
 */

/** A parsed response: status code and raw body. */
export interface HttpResponse {
  status: number;
  body: Buffer;
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

/** Incremental parser of a stream of HTTP/1.1 responses (no pipelining needed, but back-to-back is fine). */
export class ResponseParser {
  #buffer: Buffer = Buffer.alloc(0);

  /** Adds received bytes; returns the responses they completed, in order. */
  push(chunk: Buffer): HttpResponse[] {
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    const done: HttpResponse[] = [];
    for (;;) {
      const parsed = this.#parseOne();
      if (!parsed) return done;
      done.push(parsed.response);
      this.#buffer = this.#buffer.subarray(parsed.end);
    }
  }

  #parseOne(): { response: HttpResponse; end: number } | undefined {
    const buffer = this.#buffer;
    const headEnd = buffer.indexOf(HEAD_END);
    if (headEnd < 0) return undefined;
    const lines = buffer.toString('latin1', 0, headEnd).split('\r\n');
    const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? '');
    if (!statusLine) throw new Error(`not an HTTP/1.1 status line: ${JSON.stringify(lines[0])}`);
    const status = Number(statusLine[1]);
    let contentLength: number | undefined;
    let chunked = false;
    for (const line of lines.slice(1)) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'content-length') contentLength = Number(value);
      if (name === 'transfer-encoding' && value.toLowerCase().includes('chunked')) chunked = true;
    }
    const bodyStart = headEnd + HEAD_END.length;
    if (chunked) return parseChunked(buffer, bodyStart, status);
    if (contentLength === undefined) {
      if (status === 204 || status === 304 || (status >= 100 && status < 200)) {
        return { response: { status, body: Buffer.alloc(0) }, end: bodyStart };
      }
      throw new Error(`response ${status} has neither Content-Length nor chunked encoding`);
    }
    if (buffer.length < bodyStart + contentLength) return undefined;
    const body = buffer.subarray(bodyStart, bodyStart + contentLength);
    return { response: { status, body }, end: bodyStart + contentLength };
  }
}

function parseChunked(
  buffer: Buffer,
  start: number,
  status: number,
): { response: HttpResponse; end: number } | undefined {
  const chunks: Buffer[] = [];
  let position = start;
  for (;;) {
    const lineEnd = buffer.indexOf(CRLF, position);
    if (lineEnd < 0) return undefined;
    const size = Number.parseInt(buffer.toString('latin1', position, lineEnd).split(';')[0] ?? '', 16);
    if (!Number.isInteger(size) || size < 0) throw new Error('malformed chunk size');
    if (size === 0) {
      // Last chunk, then optional trailer fields, then an empty line.
      if (buffer.length < lineEnd + 4) return undefined;
      const end = buffer.subarray(lineEnd + 2, lineEnd + 4).equals(CRLF)
        ? lineEnd + 4
        : buffer.indexOf(HEAD_END, lineEnd + 2) + HEAD_END.length;
      if (end < HEAD_END.length) return undefined;
      return { response: { status, body: Buffer.concat(chunks) }, end };
    }
    const dataEnd = lineEnd + 2 + size;
    if (buffer.length < dataEnd + 2) return undefined;
    chunks.push(buffer.subarray(lineEnd + 2, dataEnd));
    position = dataEnd + 2;
  }
}

/** The bytes of a GET request with keep-alive (the HTTP/1.1 default). */
export function buildGetRequest(host: string, path: string, headers: Record<string, string> = {}): Buffer {
  const fields = Object.entries({ Host: host, ...headers }).map(([name, value]) => `${name}: ${value}\r\n`);
  return Buffer.from(`GET ${path} HTTP/1.1\r\n${fields.join('')}\r\n`, 'latin1');
}

/** One keep-alive connection sending one request at a time. */
export class KeepAliveConnection {
  readonly #socket: Socket;
  readonly #parser = new ResponseParser();
  #pending: { resolve: (r: HttpResponse) => void; reject: (e: Error) => void } | undefined;
  #failure: Error | undefined;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      let responses: HttpResponse[];
      try {
        responses = this.#parser.push(chunk);
      } catch (error) {
        this.#fail(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      for (const response of responses) {
        const pending = this.#pending;
        this.#pending = undefined;
        if (!pending) this.#fail(new Error(`unexpected response ${response.status}`));
        else pending.resolve(response);
      }
    });
    socket.on('error', (error) => this.#fail(error));
    socket.on('close', () => this.#fail(new Error('connection closed by the server')));
  }

  /** Connects to `host:port` (loopback in the benchmark). */
  static open(port: number, host = '127.0.0.1'): Promise<KeepAliveConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect({ port, host }, () => {
        socket.off('error', reject);
        resolve(new KeepAliveConnection(socket));
      });
      socket.once('error', reject);
    });
  }

  /** Sends one request (see {@link buildGetRequest}) and resolves with its response. */
  send(request: Buffer): Promise<HttpResponse> {
    if (this.#failure) return Promise.reject(this.#failure);
    if (this.#pending) return Promise.reject(new Error('one request at a time'));
    return new Promise((resolve, reject) => {
      this.#pending = { resolve, reject };
      this.#socket.write(request);
    });
  }

  /** Closes the socket. */
  close(): void {
    this.#failure ??= new Error('connection closed');
    this.#socket.destroy();
  }

  #fail(error: Error): void {
    this.#failure ??= error;
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.reject(error);
  }
}
