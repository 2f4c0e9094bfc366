import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGetRequest, KeepAliveConnection, ResponseParser } from './keep-alive-connection.js';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const simplify = (responses: { status: number; body: Buffer }[]) =>
  responses.map((r) => ({ status: r.status, body: r.body.toString() }));

describe('ResponseParser', () => {
  it('waits for the whole Content-Length body, even fed one byte at a time', () => {
    const parser = new ResponseParser();
    const wire = bytes('HTTP/1.1 200 OK\r\ncontent-length: 5\r\nX-A: b\r\n\r\nhello');
    const seen = [];
    for (let i = 0; i < wire.length; i++) seen.push(...parser.push(wire.subarray(i, i + 1)));
    expect(simplify(seen)).toEqual([{ status: 200, body: 'hello' }]);
  });

  it('reads chunked bodies (with and without trailers) and back-to-back responses in one push', () => {
    const parser = new ResponseParser();
    const wire = bytes(
      'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\na;ext=1\r\n0123456789\r\n0\r\n\r\n' +
        'HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nno\r\n0\r\nX-T: 1\r\n\r\n' +
        'HTTP/1.1 204 No Content\r\n\r\n' +
        'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nne',
    );
    expect(simplify(parser.push(wire))).toEqual([
      { status: 200, body: 'abc0123456789' },
      { status: 404, body: 'no' },
      { status: 204, body: '' },
    ]);
    expect(simplify(parser.push(bytes('xt')))).toEqual([{ status: 200, body: 'next' }]);
  });

  it('refuses what it cannot frame', () => {
    expect(() => new ResponseParser().push(bytes('HTTP/1.1 200 OK\r\n\r\nbody'))).toThrow(
      'response 200 has neither Content-Length nor chunked encoding',
    );
    expect(() => new ResponseParser().push(bytes('SSH-2.0\r\n\r\n'))).toThrow('not an HTTP/1.1 status line');
  });
});

describe('KeepAliveConnection', () => {
  let server: Server;
  let port: number;
  const sockets = new Set<unknown>();

  beforeAll(async () => {
    server = createServer((req, res) => {
      sockets.add(req.socket);
      if (req.url === '/chunked') {
        res.write('part1-');
        res.end(`${req.headers.authorization}`);
        return;
      }
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ url: req.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends many requests over one socket', async () => {
    const connection = await KeepAliveConnection.open(port);
    const host = `127.0.0.1:${port}`;
    const first = await connection.send(buildGetRequest(host, '/a?x=1'));
    const second = await connection.send(buildGetRequest(host, '/chunked', { Authorization: 'Bearer k' }));
    const third = await connection.send(buildGetRequest(host, '/b'));
    connection.close();
    expect(simplify([first, second, third])).toEqual([
      { status: 200, body: '{"url":"/a?x=1"}' },
      { status: 200, body: 'part1-Bearer k' },
      { status: 200, body: '{"url":"/b"}' },
    ]);
    expect(sockets.size).toBe(1);
    await expect(connection.send(buildGetRequest(host, '/c'))).rejects.toThrow('connection closed');
  });

  it('rejects a second request while one is in flight', async () => {
    const connection = await KeepAliveConnection.open(port);
    const request = buildGetRequest(`127.0.0.1:${port}`, '/a');
    const first = connection.send(request);
    await expect(connection.send(request)).rejects.toThrow('one request at a time');
    expect((await first).status).toBe(200);
    connection.close();
  });
});
