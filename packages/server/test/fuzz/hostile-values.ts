import fc from 'fast-check';
import { type JsonNode, jsonLeaf } from './json-text.js';

/** Keys that name members of `Object.prototype` (a server that copies them into a plain object is in trouble). */
export const PROTOTYPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];

/** One lone UTF-16 surrogate (high or low). */
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));

/** Short texts that parsers, SQL and pattern matching tend to mishandle. */
const ODD_TEXTS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\r\n',
  '\t',
  "' OR 1=1 --",
  '%',
  '%_\\',
  '_',
  '\\',
  '"',
  '\u202e\u200b\ufeff',
  '😀',
  'e\u0301',
  'İı',
  'ß',
  '\uffff',
  '\u{10ffff}',
  '1e308',
  '-1',
  'NaN',
  'Infinity',
  '0x10',
  ' 1 ',
  'null',
  'true',
  '[]',
  '{}',
  '@current',
  '@me',
  '../..',
  '%2F',
  '<script>',
  ...PROTOTYPE_KEYS,
];

/** Lengths around the spec's limits (200, 255, 1000, …) and well beyond them. */
const LONG_LENGTHS = [199, 200, 201, 254, 255, 256, 1000, 1001, 4096, 65_536];

/**
 * Hostile text: odd short strings, lone surrogates and NUL characters inside ordinary text, any code points, and
 * very long strings (ASCII, or a multi-byte character, around the spec's length limits).
 */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_TEXTS),
  fc
    .tuple(fc.string({ maxLength: 4 }), loneSurrogate, fc.string({ maxLength: 4 }))
    .map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
  fc
    .tuple(fc.constantFrom(...LONG_LENGTHS), fc.constantFrom('x', 'é', '😀', '\u0000', '%'))
    .map(([length, unit]) => unit.repeat(length)),
);

/** Numbers outside every range the spec declares, as raw JSON text (some not representable as a double). */
const RAW_NUMBERS = [
  '0',
  '-0',
  '-0.0',
  '-1',
  '1.5',
  '1e308',
  '-1e308',
  '1e999',
  '-1e999',
  '1e-400',
  '2147483647',
  '2147483648',
  '9007199254740993',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775809',
  '99999999999999999999999999999',
  '1E+2',
];

/** A hostile number: raw edge cases, or any double (JSON has no NaN/Infinity: those are written as null). */
export const hostileNumber: fc.Arbitrary<JsonNode> = fc.oneof(
  fc.constantFrom(...RAW_NUMBERS).map((raw) => ({ raw })),
  fc.double().map((value) => jsonLeaf(value)),
  fc.integer().map((value) => jsonLeaf(value)),
);

/** JSON nested `depth` levels deep (around the server's 128-level limit). */
const deepJson: fc.Arbitrary<JsonNode> = fc
  .tuple(fc.constantFrom(10, 127, 128, 129, 1000), fc.boolean())
  .map(([depth, arrays]) => {
    let node: JsonNode = jsonLeaf(1);
    for (let i = 0; i < depth; i++) node = arrays ? { items: [node] } : { entries: [['a', node]] };
    return node;
  });

/** Many small items or keys (wide rather than deep). */
const wideJson: fc.Arbitrary<JsonNode> = fc
  .tuple(fc.constantFrom(21, 1000, 10_000), fc.boolean())
  .map(([count, arrays]) =>
    arrays
      ? { items: Array.from({ length: count }, () => ({ entries: [] })) }
      : { entries: Array.from({ length: count }, (_, i): [string, JsonNode] => [`k${i}`, jsonLeaf(i)]) },
  );

/** Any hostile JSON value: scalars of every type, prototype keys, repeated keys, deep or wide documents. */
export const hostileJson: fc.Arbitrary<JsonNode> = fc.letrec<{ node: JsonNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: hostileString.map(jsonLeaf), weight: 4 },
    { arbitrary: hostileNumber, weight: 3 },
    { arbitrary: fc.constantFrom(true, false, null).map(jsonLeaf), weight: 2 },
    { arbitrary: fc.array(tie('node'), { maxLength: 4 }).map((items) => ({ items })), weight: 2 },
    {
      arbitrary: fc
        .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString), tie('node')), {
          maxLength: 4,
        })
        .map((entries) => ({ entries })),
      weight: 2,
    },
    { arbitrary: deepJson, weight: 1 },
    { arbitrary: wideJson, weight: 1 },
  ),
})).node;

/** Raw URL text for a path segment or query value that no encoder would write. */
export const RAW_URL_TEXT = [
  '',
  '.',
  '..',
  '%2e%2e',
  '%2E',
  'a%2Fb',
  '%2F',
  '%5C',
  '%00',
  '%ZZ',
  '%',
  '%E0%A4%A',
  '%ED%A0%80',
  '%C0%AF',
  '%FF',
  '+',
  '%20',
  ';x=1',
  '@current',
  '%40current',
  '@me',
  '@ME',
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x10',
  '99999999999999999999',
  '9223372036854775808',
  'x'.repeat(10_000),
  '00000000-0000-0000-0000-000000000000',
  '{00000000-0000-0000-0000-000000000000}',
  '00000000000000000000000000000000',
];

/** Printable Latin-1 header text (what `Headers` accepts), possibly long. */
export const headerText: fc.Arbitrary<string> = fc.oneof(
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength: 40,
  }),
  fc.constantFrom('x'.repeat(8192), '', ' ', '\u00ff\u00e9', '"quoted"', 'a, b', '=?utf-8?q?x?='),
);
