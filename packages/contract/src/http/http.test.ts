import { describe, expect, it } from 'vitest';
import { RequestTimeoutError, sendWire } from '../run/http-client.js';
import { curlCommand } from './curl-command.js';
import { renderPath, serialiseRequest, wireUrl } from './serialise-request.js';

describe('serialiseRequest', () => {
  it('renders path segments encoded, explodes arrays, JSON-encodes the body', () => {
    const wire = serialiseRequest({
      method: 'post',
      pathTemplate: '/a/{org}/b/{id}/',
      pathParams: { org: '@current', id: 'x/y z' },
      query: { tag: ['a', 'b'], n: 3, skip: undefined, empty: null },
      headers: { 'x-h': '1' },
      body: { mediaType: 'application/json', value: { name: 'n' } },
    });
    expect(wire).toEqual({
      method: 'POST',
      path: '/a/%40current/b/x%2Fy%20z/',
      query: [
        ['tag', 'a'],
        ['tag', 'b'],
        ['n', '3'],
        ['empty', ''],
      ],
      headers: { 'x-h': '1', 'content-type': 'application/json' },
      body: '{"name":"n"}',
    });
    expect(wireUrl('http://h:8000/', wire)).toBe(
      'http://h:8000/a/%40current/b/x%2Fy%20z/?tag=a&tag=b&n=3&empty=',
    );
    expect(renderPath('/a/{missing}/', {})).toBe('/a/{missing}/');
  });
});

describe('curlCommand', () => {
  it('reproduces the request with the token redacted as $TOKEN', () => {
    const wire = {
      method: 'PATCH',
      path: '/api/x/',
      query: [['a', "it's"]] as Array<[string, string]>,
      headers: {
        authorization: 'Bearer phx_secret123',
        'content-type': 'application/json',
        'X-Api-Key': 'k',
      },
      body: '{"name":"o\'k"}',
    };
    expect(curlCommand('http://localhost:8000', wire)).toBe(
      `curl -X PATCH 'http://localhost:8000/api/x/?a=it%27s' -H "authorization: Bearer $TOKEN" ` +
        `-H 'content-type: application/json' -H "X-Api-Key: $TOKEN" --data-raw '{"name":"o'\\''k"}'`,
    );
  });
});

describe('sendWire', () => {
  const wire = { method: 'GET', path: '/slow/', query: [] as Array<[string, string]>, headers: {} };
  it('times out a request that gets no answer, also from an in-process fetch that ignores the signal', async () => {
    const hanging = (() => new Promise<Response>(() => {})) as typeof fetch;
    const sent = sendWire({ baseUrl: 'http://h', fetch: hanging }, wire, async () => {}, 20);
    await expect(sent).rejects.toThrow(new RequestTimeoutError('GET http://h/slow/ timed out after 20 ms'));
  });
  it('reads an answer that comes in time', async () => {
    const answering = (async () => Response.json({ ok: true })) as typeof fetch;
    const response = await sendWire({ baseUrl: 'http://h', fetch: answering }, wire, async () => {}, 1000);
    expect([response.status, response.json]).toEqual([200, { ok: true }]);
  });
});
