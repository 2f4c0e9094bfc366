import fc from 'fast-check';
import { DEFAULT_MAX_BODY_BYTES } from '../../src/http/body-limit.js';
import { headerText, hostileJson, hostileString, RAW_URL_TEXT } from './hostile-values.js';
import { formValueOf, type JsonNode } from './json-text.js';
import { schemaValue } from './schema-values.js';
import type { FuzzOperation, SpecDocument } from './spec-operations.js';

/** A path parameter's value: a fixture of the right collection (`own` organization or `other`), or raw URL text. */
export type SegmentChoice = { fixture: 'own' | 'other'; index: number } | { text: string };

/** Who calls: a fixture key under a well- or ill-formed `Authorization`, a raw header value, or nobody. */
export type AuthChoice =
  | { role: string; form: 'Bearer' | 'bearer' | 'Token' | 'double-space' | 'truncated' | 'extended' }
  | { header: string }
  | null;

/** The request body: JSON text (from a node), form pairs, raw text, or raw bytes (not necessarily UTF-8). */
export type BodyChoice =
  | { json: JsonNode }
  | { form: Array<[string, string]> }
  | { text: string }
  | { bytes: number[] }
  | null;

/** One generated request against one operation, as plain data (printed by fast-check when it fails). */
export interface FuzzCase {
  operationId: string;
  method: string;
  segments: SegmentChoice[];
  pathShape: 'as-is' | 'no-trailing-slash' | 'double-slash' | 'extra-segment' | 'upper-case';
  /** Raw query pieces, joined with `&`. */
  query: string[];
  auth: AuthChoice;
  contentType: string | null;
  body: BodyChoice;
  host: string;
  headers: Array<[string, string]>;
}

/** A JSON string one byte over the server's default body limit (`MAX_BODY_BYTES`). */
const OVERSIZED = `"${'x'.repeat(DEFAULT_MAX_BODY_BYTES - 1)}"`;

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'HEAD', 'OPTIONS'];
const FORM = 'application/x-www-form-urlencoded';

/** Text as URL bytes: UTF-8 (a lone surrogate becomes U+FFFD), every byte outside the unreserved set escaped. */
export function percentEncode(text: string): string {
  let out = '';
  for (const byte of new TextEncoder().encode(text)) {
    const char = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(char) ? char : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function segmentChoice(constants: string[]): fc.Arbitrary<SegmentChoice> {
  return fc.oneof(
    { arbitrary: fc.record({ fixture: fc.constant('own'), index: fc.nat(3) }), weight: 16 },
    { arbitrary: fc.record({ fixture: fc.constant('other'), index: fc.nat(3) }), weight: 2 },
    { arbitrary: fc.constantFrom(...constants).map((text) => ({ text })), weight: 2 },
    { arbitrary: fc.constantFrom(...RAW_URL_TEXT).map((text) => ({ text })), weight: 2 },
    { arbitrary: hostileString.map((text) => ({ text: percentEncode(text) })), weight: 1 },
    { arbitrary: fc.uuid().map((text) => ({ text })), weight: 1 },
  ) as fc.Arbitrary<SegmentChoice>;
}

function queryPieces(spec: SpecDocument, operation: FuzzOperation): fc.Arbitrary<string[]> {
  const known = operation.queryParameters.map(({ name, schema }) =>
    fc.tuple(
      fc.constant(name),
      fc.oneof(
        { arbitrary: schemaValue(spec, schema).map((node) => percentEncode(formValueOf(node))), weight: 4 },
        { arbitrary: fc.constantFrom(...RAW_URL_TEXT), weight: 1 },
      ),
    ),
  );
  const names = [
    'limit',
    'offset',
    'search',
    'order',
    'format',
    ...operation.queryParameters.map((p) => p.name),
  ];
  const piece = fc.oneof(
    ...known.map((pair) => ({ arbitrary: pair.map(([name, value]) => `${name}=${value}`), weight: 4 })),
    { arbitrary: fc.constantFrom(...names), weight: 1 }, // a name without `=`
    {
      arbitrary: fc
        .tuple(fc.oneof(fc.constantFrom(...names), hostileString), hostileString)
        .map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(...RAW_URL_TEXT).map((text) => `limit=${text}`), weight: 1 },
    { arbitrary: fc.constantFrom('=', '&', '%ZZ=1', 'a[b]=1', `x=${'y'.repeat(8192)}`), weight: 1 },
  );
  return fc.oneof(fc.constant<string[]>([]), fc.array(piece, { maxLength: 4 }));
}

function bodyChoice(spec: SpecDocument, operation: FuzzOperation): fc.Arbitrary<BodyChoice> {
  const json = operation.body ? schemaValue(spec, operation.body.schema) : hostileJson;
  const entriesOf = (node: JsonNode): Array<[string, string]> =>
    'entries' in node ? node.entries.map(([key, value]) => [key, formValueOf(value)]) : [];
  const garbage = fc.constantFrom(
    '',
    '{',
    '{"a":',
    '\ufeff{}',
    'NaN',
    '[1,]',
    '{"a":1}{"b":2}',
    'null',
    '\u0000',
    OVERSIZED,
  );
  return fc.oneof(
    { arbitrary: fc.constant(null), weight: operation.body ? 1 : 8 },
    { arbitrary: json.map((node) => ({ json: node })), weight: 8 },
    { arbitrary: hostileJson.map((node) => ({ json: node })), weight: 2 },
    { arbitrary: json.map((node) => ({ form: entriesOf(node) })), weight: 2 },
    { arbitrary: fc.oneof(garbage, hostileString).map((text) => ({ text })), weight: 1 },
    {
      arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }).map((bytes) => ({ bytes })),
      weight: 1,
    },
  );
}

function contentTypeFor(operation: FuzzOperation): fc.Arbitrary<string | null> {
  const declared = operation.body?.mediaTypes ?? ['application/json'];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...declared), weight: 16 },
    {
      arbitrary: fc.constantFrom(
        'application/json; charset=utf-8',
        'APPLICATION/JSON;CHARSET=LATIN1',
        'application/json;',
        'application/jsonx',
        'application/merge-patch+json',
        `${FORM}; charset=utf-16`,
        'text/plain',
        'multipart/form-data; boundary=x',
        '*/*',
        ';',
        'application/json, text/plain',
      ),
      weight: 2,
    },
    { arbitrary: headerText, weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}

function authChoice(roles: string[]): fc.Arbitrary<AuthChoice> {
  const role = fc.oneof(
    { arbitrary: fc.constant('owner'), weight: 8 },
    { arbitrary: fc.constantFrom('admin', 'member'), weight: 2 },
    { arbitrary: fc.constantFrom(...roles), weight: 2 },
  );
  return fc.oneof(
    { arbitrary: fc.record({ role, form: fc.constant('Bearer' as const) }), weight: 16 },
    {
      arbitrary: fc.record({
        role: fc.constantFrom(...roles),
        form: fc.constantFrom('bearer', 'Token', 'double-space', 'truncated', 'extended' as const),
      }),
      weight: 2,
    },
    {
      arbitrary: fc
        .oneof(
          headerText,
          fc.constantFrom('Bearer', 'Bearer ', 'Bearer phx_', `Bearer phx_${'a'.repeat(5000)}`, 'Basic Og=='),
        )
        .map((header) => ({ header })),
      weight: 1,
    },
    { arbitrary: fc.constant(null), weight: 1 },
  ) as fc.Arbitrary<AuthChoice>;
}

/**
 * Requests aimed at one operation: its own method and path with fixture ids most of the time, then hostile variations
 * of every part (method, path segments and shape, query, `Authorization`, `Content-Type`, body, host, other headers).
 */
export function requestCase(
  spec: SpecDocument,
  operation: FuzzOperation,
  roles: string[],
): fc.Arbitrary<FuzzCase> {
  const constants = operation.pathParameters.flatMap(({ schema }) =>
    ((schema.anyOf ?? []) as Array<{ const?: unknown }>).flatMap((branch) =>
      typeof branch.const === 'string' ? [branch.const] : [],
    ),
  );
  return fc.record({
    operationId: fc.constant(operation.operationId),
    method: fc.oneof({ arbitrary: fc.constant(operation.method), weight: 12 }, fc.constantFrom(...METHODS)),
    segments: fc.tuple(...operation.pathParameters.map(() => segmentChoice(constants))),
    pathShape: fc.oneof(
      { arbitrary: fc.constant('as-is' as const), weight: 12 },
      fc.constantFrom('no-trailing-slash', 'double-slash', 'extra-segment', 'upper-case' as const),
    ),
    query: queryPieces(spec, operation),
    auth: authChoice(roles),
    contentType: contentTypeFor(operation),
    body: bodyChoice(spec, operation),
    host: fc.oneof(
      { arbitrary: fc.constant('localhost'), weight: 8 },
      fc.constantFrom(
        'evil.example',
        'evil.example:8443',
        '127.0.0.1:1',
        '[::1]:8000',
        `${'a'.repeat(63)}.example`,
      ),
    ),
    headers: fc.array(
      fc.tuple(
        fc.constantFrom(
          'x-request-id',
          'x-forwarded-host',
          'x-forwarded-proto',
          'accept',
          'origin',
          'content-encoding',
        ),
        headerText,
      ),
      { maxLength: 2 },
    ),
  }) as fc.Arbitrary<FuzzCase>;
}
