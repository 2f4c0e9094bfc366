import { describe, expect, it } from 'vitest';
import type { WireAnswer, WireRequest } from './fuzz-world.js';
import { judgeAnswer } from './response-judge.js';

const ORG = '/api/organizations/01890e1c-4a2b-7c3d-9e8f-0a1b2c3d4e5f';
const get = (target: string): WireRequest => ({
  method: 'GET',
  host: 'localhost',
  target,
  headers: [],
  body: null,
});
const json = (status: number, body: unknown): WireAnswer => ({
  status,
  contentType: 'application/json',
  text: JSON.stringify(body),
});
const NOT_FOUND = { type: 'invalid_request', code: 'not_found', detail: 'Not found.', attr: null };

describe('the fuzzer judge', () => {
  it('passes upstream error bodies with declared statuses, redirects, and answers of unknown routes', () => {
    expect(judgeAnswer(get(`${ORG}/invites/`), json(404, NOT_FOUND))).toBeUndefined();
    expect(judgeAnswer(get('/nowhere/'), json(404, NOT_FOUND))).toBeUndefined();
    expect(judgeAnswer(get(`${ORG}/invites`), { status: 308, contentType: null, text: '' })).toBeUndefined();
    const page = { count: 0, next: null, previous: null, results: [] };
    expect(judgeAnswer(get(`${ORG}/invites/`), json(200, page))).toBeUndefined();
  });

  it('flags a 5xx, whatever its body', () => {
    const body = { type: 'server_error', code: 'error', detail: 'A server error occurred.', attr: null };
    expect(judgeAnswer(get(`${ORG}/invites/`), json(500, body))).toBe(`status 500: ${JSON.stringify(body)}`);
  });

  it('flags a stack trace, raw or inside JSON', () => {
    const stack = new Error('boom').stack as string;
    expect(judgeAnswer(get('/x/'), { status: 404, contentType: 'text/plain', text: stack })).toMatch(
      /^internals/,
    );
    expect(judgeAnswer(get('/x/'), json(404, { ...NOT_FOUND, detail: stack }))).toMatch(/^internals/);
  });

  it('flags a 4xx body that is not exactly ErrorResponse', () => {
    expect(judgeAnswer(get('/x/'), json(404, { ...NOT_FOUND, stack: 'x' }))).toMatch(
      /^status 404: not an ErrorResponse/,
    );
    expect(judgeAnswer(get('/x/'), json(400, { detail: 'bad' }))).toMatch(/not an ErrorResponse/);
    expect(judgeAnswer(get('/x/'), { status: 400, contentType: 'text/plain', text: 'bad' })).toMatch(
      /not an ErrorResponse/,
    );
    expect(judgeAnswer(get('/x/'), { status: 400, contentType: 'application/json', text: '{' })).toMatch(
      /not JSON/,
    );
  });

  it('flags a status the operation does not declare, and a 2xx body outside its schema', () => {
    const tooLarge = { type: 'invalid_request', code: 'request_too_large', detail: 'Too large.', attr: null };
    expect(judgeAnswer(get(`${ORG}/invites/`), json(413, tooLarge))).toBe(
      `status 413 of invites_list against the spec: Status 413 is not declared for operation "invites_list". (attr ""): ${JSON.stringify(tooLarge)}`,
    );
    expect(judgeAnswer(get(`${ORG}/invites/`), json(200, { count: 0, results: [], extra: 1 }))).toMatch(
      /^status 200 of invites_list against the spec/,
    );
  });
});
