import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOT_FOUND } from './test-support/api-calls.js';
import {
  createHandlerHarness,
  type HandlerHarness,
  type SeededOrg,
  STORE_KINDS,
} from './test-support/handler-harness.js';

/**
 * Malformed input against the real app on both databases: first the findings of a fuzzing pass, each pinned with
 * its exact status and body; then a sweep that feeds every operation odd bodies, content types, query values and
 * path ids and checks that nothing answers 5xx and every error is exactly upstream's `{type, code, detail, attr}`.
 */

const FORM = 'application/x-www-form-urlencoded';
const nullCharacters = (attr: string) => ({
  type: 'validation_error',
  code: 'null_characters_not_allowed',
  detail: 'Null characters are not allowed.',
  attr,
});
const unsupported = (mediaType: string) => ({
  type: 'invalid_request',
  code: 'unsupported_media_type',
  detail: `Unsupported media type "${mediaType}" in request.`,
  attr: null,
});
const REQUIRED_EMAIL = {
  type: 'validation_error',
  code: 'required',
  detail: 'This field is required.',
  attr: 'target_email',
};

interface Sent {
  status: number;
  body: unknown;
  location: string | null;
}

describe.each(STORE_KINDS)('malformed input (%s)', (kind) => {
  let h: HandlerHarness;
  let org: SeededOrg;
  let projectId: number;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
    org = await h.seedOrg();
    projectId = (await h.createProject(org.organization, { name: 'Fuzzed' })).id;
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  /** Sends a raw request as the owner (`path` is relative to the organization unless it starts with `/`). */
  async function send(
    method: string,
    path: string,
    options: { body?: string; contentType?: string | null } = {},
  ): Promise<Sent> {
    const url = path.startsWith('/')
      ? `http://localhost${path}`
      : `http://localhost/api/organizations/${org.organization.id}/${path}`;
    const headers = new Headers({ authorization: `Bearer ${org.owner.key}` });
    const contentType = options.contentType === undefined ? 'application/json' : options.contentType;
    if (options.body !== undefined && contentType !== null) headers.set('content-type', contentType);
    const request = new Request(url, { method, headers, body: options.body ?? null });
    if (options.body !== undefined && contentType === null) request.headers.delete('content-type');
    const response = await h.fetch(request);
    const text = await response.text();
    return {
      status: response.status,
      body: text === '' ? undefined : JSON.parse(text),
      location: response.headers.get('location'),
    };
  }

  describe('findings', () => {
    it('form keys named like Object.prototype members are plain (ignored) fields, not a 500', async () => {
      const odd = '__proto__=1&constructor=x&toString=1&hasOwnProperty=1';
      expect(await send('POST', 'invites/', { body: odd, contentType: FORM })).toMatchObject({
        status: 400,
        body: REQUIRED_EMAIL,
      });
      const created = await send('POST', 'projects/', {
        body: `${odd}&name=Form%20keys`,
        contentType: `${FORM}; charset=utf-8`,
      });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'Form keys' });
      const patched = await send('PATCH', `members/${org.member.user.uuid}/`, {
        body: `${odd}&level=1`,
        contentType: FORM,
      });
      expect(patched.status).toBe(200);
      expect(patched.body).toMatchObject({ level: 1 });
    });

    it.each([
      ['POST', 'projects/', '{"name":"a\\u0000b"}', 'name'],
      ['PATCH', 'projects/{project}/', '{"name":"\\u0000"}', 'name'],
      [
        'PATCH',
        'projects/{project}/',
        '{"test_account_filters":[{"key":"a\\u0000"}]}',
        'test_account_filters__0__key',
      ],
      ['PATCH', 'projects/{project}/', '{"app_urls":["https://a.co","\\u0000"]}', 'app_urls__1'],
      ['POST', 'invites/', '{"target_email":"nul@example.com","first_name":"\\u0000"}', 'first_name'],
      ['POST', 'invites/', '{"target_email":"nul@example.com","message":"hi\\u0000"}', 'message'],
      ['POST', 'invites/delegate/', '{"target_email":"nul@example.com","message":"\\u0000"}', 'message'],
      [
        'POST',
        'legal_documents/',
        '{"document_type":"DPA","company_name":"A\\u0000","company_address":"B","representative_email":"r@example.com"}',
        'company_name',
      ],
    ])(
      '%s %s with a NUL character → 400 "Null characters are not allowed." (%s)',
      async (method, path, body, attr) => {
        const sent = await send(method, path.replace('{project}', String(projectId)), { body });
        expect(sent).toEqual({ status: 400, body: nullCharacters(attr), location: null });
      },
    );

    it.each([
      ['POST', 'invites/', '{"target_email":""}', 'target_email'],
      ['POST', 'invites/delegate/', '{"target_email":""}', 'target_email'],
      ['POST', 'invites/bulk/', '[{"target_email":"ok@example.com"},{"target_email":""}]', '1__target_email'],
      ['POST', 'projects/', '{"name":""}', 'name'],
      ['PATCH', 'projects/{project}/', '{"name":""}', 'name'],
      [
        'POST',
        'legal_documents/',
        '{"document_type":"DPA","company_name":"","company_address":"B","representative_email":"r@example.com"}',
        'company_name',
      ],
      [
        'POST',
        'legal_documents/',
        '{"document_type":"DPA","company_name":"A","company_address":"B","representative_email":""}',
        'representative_email',
      ],
    ])(
      '%s %s with an empty text → 400 blank "This field may not be blank." (%s)',
      async (method, path, body, attr) => {
        const sent = await send(method, path.replace('{project}', String(projectId)), { body });
        expect(sent).toEqual({
          status: 400,
          body: { type: 'validation_error', code: 'blank', detail: 'This field may not be blank.', attr },
          location: null,
        });
      },
    );

    it('an empty form value of a text field is blank too', async () => {
      const sent = await send('POST', 'invites/', { body: 'target_email=&level=1', contentType: FORM });
      expect(sent.body).toEqual({
        type: 'validation_error',
        code: 'blank',
        detail: 'This field may not be blank.',
        attr: 'target_email',
      });
    });

    it('an empty bulk array → 400 min_length (the spec allows 1 to 20 items), nothing stored', async () => {
      expect(await send('POST', 'invites/bulk/', { body: '[]' })).toEqual({
        status: 400,
        body: {
          type: 'validation_error',
          code: 'min_length',
          detail: 'Ensure this field has at least 1 elements.',
          attr: null,
        },
        location: null,
      });
    });

    it('bulk invites with a NUL character in one item store nothing', async () => {
      const before = await send('GET', 'invites/');
      const sent = await send('POST', 'invites/bulk/', {
        body: JSON.stringify([
          { target_email: 'bulk-ok@example.com' },
          { target_email: 'bulk-nul@example.com', first_name: 'a\u0000' },
        ]),
      });
      expect(sent).toEqual({ status: 400, body: nullCharacters('1__first_name'), location: null });
      expect((await send('GET', 'invites/')).body).toEqual(before.body);
    });

    it.each([
      'application/json; charset=utf-8',
      'application/json;charset=UTF-8',
      'APPLICATION/JSON',
      'application/merge-patch+json',
    ])('a JSON body sent as %s is read as JSON', async (contentType) => {
      const sent = await send('PATCH', `projects/${projectId}/`, { body: '{"name":"Charset"}', contentType });
      expect(sent.status).toBe(200);
      expect(sent.body).toMatchObject({ name: 'Charset' });
    });

    it.each([
      ['text/plain', 'text/plain'],
      ['multipart/form-data; boundary=x', 'multipart/form-data; boundary=x'],
      ['application/xml', 'application/xml'],
    ])('a body sent as %s → 415', async (contentType, echoed) => {
      const sent = await send('POST', 'invites/', { body: '{"target_email":"a@example.com"}', contentType });
      expect(sent).toEqual({ status: 415, body: unsupported(echoed), location: null });
    });

    it('malformed JSON → 400 parse_error; a body over 1 MiB → 413 (real app, every body-taking route)', async () => {
      for (const path of ['invites/', 'invites/bulk/', 'projects/', `projects/${projectId}/`]) {
        const method = path.startsWith('projects/') && path !== 'projects/' ? 'PATCH' : 'POST';
        expect(await send(method, path, { body: '{"a":' })).toEqual({
          status: 400,
          body: {
            type: 'invalid_request',
            code: 'parse_error',
            detail: 'JSON parse error - Unexpected end of JSON input',
            attr: null,
          },
          location: null,
        });
        expect(await send(method, path, { body: `"${'x'.repeat(1024 * 1024)}"` })).toEqual({
          status: 413,
          body: {
            type: 'invalid_request',
            code: 'request_too_large',
            detail: 'Request body exceeds the maximum size of 1048576 bytes.',
            attr: null,
          },
          location: null,
        });
      }
    });

    it('JSON nested deeper than 128 levels → 400 parse_error (a form value too deep stays a string), never a stack overflow', async () => {
      const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const tooDeep = {
        status: 400,
        body: {
          type: 'invalid_request',
          code: 'parse_error',
          detail: 'JSON parse error - Nesting deeper than 128 levels',
          attr: null,
        },
        location: null,
      };
      expect(await send('POST', 'invites/bulk/', { body: deep(100_000) })).toEqual(tooDeep);
      expect(
        await send('PATCH', `projects/${projectId}/`, { body: `{"test_account_filters":${deep(129)}}` }),
      ).toEqual(tooDeep);
      const fine = await send('PATCH', `projects/${projectId}/`, {
        body: `{"test_account_filters":${deep(127)}}`,
      });
      expect(fine.status).toBe(200);
      const form = await send('POST', 'invites/', {
        body: `target_email=deep%40example.com&private_project_access=${encodeURIComponent(deep(10_000))}`,
        contentType: FORM,
      });
      expect(form).toEqual({
        status: 400,
        body: {
          type: 'validation_error',
          code: 'invalid_input',
          detail: 'Invalid data. Expected a dictionary, but got str.',
          attr: 'private_project_access__0',
        },
        location: null,
      });
    });

    it('a form body with charset is read as a form', async () => {
      const sent = await send('POST', 'invites/', {
        body: 'target_email=form-charset%40example.com&level=8&send_email=false',
        contentType: `${FORM}; charset=UTF-8`,
      });
      expect(sent.status).toBe(201);
      expect(sent.body).toMatchObject({ target_email: 'form-charset@example.com', level: 8 });
    });

    it('redirects a path without its trailing slash with 308, query kept byte for byte, for any method', async () => {
      const orgPath = `/api/organizations/${org.organization.id}`;
      for (const [method, path] of [
        ['GET', `${orgPath}/members?search=%C3%BC%20x&limit=1&order=joined_at`],
        ['POST', `${orgPath}/invites/bulk?x=1`],
        ['PATCH', `${orgPath}/members/@me?a=%2F`],
        ['GET', '/api/organizations/@current/projects/@current?q'],
      ] as const) {
        const [pathname, query] = path.split('?');
        expect(await send(method, path)).toEqual({
          status: 308,
          body: undefined,
          location: `http://localhost${pathname}/?${query}`,
        });
      }
    });

    it.each([
      ['GET', '/api/organizations/@me/members/'],
      ['GET', '/api/organizations/@CURRENT/members/'],
      ['GET', 'members/@current/github_login/'],
      ['GET', 'members/@ME/scoped_api_keys/'],
      ['GET', 'projects/@me/'],
      ['GET', 'projects/99999999999999999999/'],
      ['DELETE', 'projects/9007199254740993/'],
      ['GET', 'projects/0x10/'],
      ['GET', 'legal_documents/@current/'],
      ['DELETE', 'invites/@me/'],
    ])('%s %s (a special or out-of-range id in the wrong place) → 404', async (method, path) => {
      expect(await send(method, path)).toEqual({ status: 404, body: NOT_FOUND, location: null });
    });

    it('@current and @me resolve where the spec allows them (percent-encoded too)', async () => {
      const github = await send('GET', '/api/organizations/%40current/members/%40me/github_login/');
      expect(github).toEqual({ status: 200, body: { github_login: null }, location: null });
      const project = await send('GET', '/api/organizations/@current/projects/@current/');
      expect(project.status).toBe(200);
    });

    it.each([
      ['{"level":1e308}', '"1e+308" is not a valid choice.'],
      ['{"level":99999999999999999999}', '"100000000000000000000" is not a valid choice.'],
      ['{"level":"8"}', '"8" is not a valid choice.'],
      ['{"level":[8]}', '"[8]" is not a valid choice.'],
    ])('PATCH members/ with level %s → 400 invalid_choice', async (body, detail) => {
      const sent = await send('PATCH', `members/${org.member.user.uuid}/`, { body });
      expect(sent).toEqual({
        status: 400,
        body: { type: 'validation_error', code: 'invalid_choice', detail, attr: 'level' },
        location: null,
      });
    });
  });

  describe('sweep: no input yields a 5xx, every error is exactly {type, code, detail, attr}', () => {
    const BODIES = [
      'null',
      '[]',
      '"text"',
      '-0',
      'true',
      '{}',
      '[{}]',
      '{"a":',
      '\uFEFF{}',
      '{"level":1e308,"target_email":"x"}',
      '{"target_email":["a@b.co"],"level":{}}',
      '{"target_email":"","first_name":""}',
      '{"target_email":"ü@exämple.com","message":"\\ud800"}',
      '{"target_email":"s@example.com","private_project_access":[{"id":1e20,"level":"member"}]}',
      '{"target_email":"s@example.com","private_project_access":{"id":1}}',
      `{"name":"${'x'.repeat(5000)}","first_name":"${'y'.repeat(100)}"}`,
      '{"name":"😀","timezone":"Mars/Base","base_currency":"","week_start_day":7}',
      '{"session_recording_sample_rate":0.5,"session_recording_minimum_duration_milliseconds":-1e20}',
      '{"modifiers":[],"survey_config":"x","app_urls":"x","primary_dashboard":99999999999999999999}',
      '{"__proto__":{"level":15},"constructor":{"prototype":{"x":1}}}',
      '{"document_type":["DPA"],"company_name":{},"company_address":null,"representative_email":1}',
      '[{"target_email":"a@example.com","level":15},{"target_email":null}]',
      `[${Array.from({ length: 21 }, () => '{}').join(',')}]`,
    ];
    const FORMS = ['a[b]=1&c[]=2', '=&&=x&%ZZ=1', 'level=abc&level=8', 'target_email=&name=&timezone='];
    const CONTENT_TYPES = [
      'text/plain',
      ';',
      'application/x-www-form-urlencoded;;',
      'application/json; charset=latin1',
    ];
    const QUERIES = [
      'limit=-1&offset=1.5',
      'limit=99999999999999999999',
      'limit=1&limit=2',
      'order=&search=%00',
      `search=${'é'.repeat(201)}`,
      'search=%25_%5C',
      'search=%F0%9F%98%80%E2%80%8B',
      'search=%ZZ',
    ];

    it('every operation answers odd input with 2xx/3xx/4xx and upstream error bodies', async () => {
      const docs = await send('POST', 'legal_documents/', {
        body: '{"document_type":"BAA","company_name":"A","company_address":"B","representative_email":"r@example.com"}',
      });
      const docId = (docs.body as { id: string }).id;
      const writes = [
        ['POST', 'invites/'],
        ['POST', 'invites/bulk/'],
        ['POST', 'invites/delegate/'],
        ['POST', 'legal_documents/'],
        ['POST', 'projects/'],
        ['PATCH', `projects/${projectId}/`],
        ['PATCH', `members/${org.member.user.uuid}/`],
        ['PATCH', 'members/@me/'],
      ] as const;
      const reads = [
        'invites/',
        'members/',
        'legal_documents/',
        'oauth_applications/',
        'projects/',
        `legal_documents/${docId}/`,
        `legal_documents/${docId}/download/`,
        `members/${org.member.user.uuid}/github_login/`,
        'members/@me/scoped_api_keys/',
        `projects/${projectId}/`,
      ];
      const problems: string[] = [];
      const check = (label: string, sent: Sent) => {
        if (sent.status >= 500) problems.push(`${label} → ${sent.status}`);
        if (sent.status < 400) return;
        const body = sent.body as Record<string, unknown> | undefined;
        const wellFormed =
          body !== undefined &&
          Object.keys(body).join() === 'type,code,detail,attr' &&
          typeof body.type === 'string' &&
          typeof body.code === 'string' &&
          typeof body.detail === 'string' &&
          body.detail !== '' &&
          (body.attr === null || typeof body.attr === 'string');
        if (!wellFormed) problems.push(`${label} → ${sent.status} ${JSON.stringify(body)}`);
      };
      for (const [method, path] of writes) {
        for (const body of BODIES)
          check(`${method} ${path} ${body.slice(0, 60)}`, await send(method, path, { body }));
        for (const body of FORMS) {
          check(`${method} ${path} form ${body}`, await send(method, path, { body, contentType: FORM }));
        }
        for (const contentType of CONTENT_TYPES) {
          check(`${method} ${path} as ${contentType}`, await send(method, path, { body: '{}', contentType }));
        }
        check(
          `${method} ${path} without content type`,
          await send(method, path, { body: '{}', contentType: null }),
        );
      }
      for (const path of reads) {
        for (const query of QUERIES) check(`GET ${path}?${query}`, await send('GET', `${path}?${query}`));
      }
      expect(problems).toEqual([]);
      expect(h.logger.records.filter((record) => record.level === 'error')).toEqual([]);
    });
  });
});
