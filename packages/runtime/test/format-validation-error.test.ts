import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ErrorBody, formatValidationError } from '../src/index.js';

const body = (code: string, detail: string, attr: string | null): ErrorBody => ({
  type: 'validation_error',
  code,
  detail,
  attr,
});
const format = (schema: z.ZodType, input: unknown, withInput = true) => {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected a validation error');
  return formatValidationError(result.error, 'json', withInput ? input : undefined);
};

const INT = 'A valid integer is required.';
const member = z.object({
  email: z.email().max(254),
  level: z.enum({ _1: 1, _8: 8, _15: 15 }),
  name: z.string().min(1).max(30).optional(),
  duration: z.int(INT).min(0).max(30000).optional(),
  ratio: z.number().gt(0).lt(1).optional(),
  id: z.guid().optional(),
  at: z.iso.datetime({ offset: true }).optional(),
  day: z.iso.date().optional(),
  flag: z.boolean().optional(),
  code: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  tags: z.array(z.string()).max(20).optional(),
  items: z.array(z.object({ id: z.int(INT), level: z.enum(['none', 'member']) })).optional(),
  kind: z.enum(['a', 'b']).optional(),
});
const valid = { email: 'a@b.co', level: 1 };

const cases: [name: string, input: unknown, expected: ErrorBody][] = [
  ['missing → required', { level: 1 }, body('required', 'This field is required.', 'email')],
  ['null → null', { ...valid, email: null }, body('null', 'This field may not be null.', 'email')],
  [
    'numeric enum → invalid_choice',
    { ...valid, level: 2 },
    body('invalid_choice', '"2" is not a valid choice.', 'level'),
  ],
  [
    'string enum → invalid_choice',
    { ...valid, kind: 'c' },
    body('invalid_choice', '"c" is not a valid choice.', 'kind'),
  ],
  [
    'boolean given to an enum → Python spelling',
    { ...valid, kind: true },
    body('invalid_choice', '"True" is not a valid choice.', 'kind'),
  ],
  [
    'too long',
    { ...valid, email: `${'a'.repeat(250)}@b.co` },
    body('max_length', 'Ensure this field has no more than 254 characters.', 'email'),
  ],
  [
    'too short',
    { ...valid, name: '' },
    body('min_length', 'Ensure this field has at least 1 characters.', 'name'),
  ],
  [
    'above maximum',
    { ...valid, duration: 30001 },
    body('max_value', 'Ensure this value is less than or equal to 30000.', 'duration'),
  ],
  [
    'below minimum',
    { ...valid, duration: -1 },
    body('min_value', 'Ensure this value is greater than or equal to 0.', 'duration'),
  ],
  [
    'exclusive minimum',
    { ...valid, ratio: 0 },
    body('min_value', 'Ensure this value is greater than 0.', 'ratio'),
  ],
  [
    'exclusive maximum',
    { ...valid, ratio: 1 },
    body('max_value', 'Ensure this value is less than 1.', 'ratio'),
  ],
  ['bad email', { ...valid, email: 'nope' }, body('invalid_input', 'Enter a valid email address.', 'email')],
  ['bad uuid', { ...valid, id: 'nope' }, body('invalid_input', 'Must be a valid UUID.', 'id')],
  ['string for an integer', { ...valid, duration: 'x' }, body('invalid_input', INT, 'duration')],
  ['fraction for an integer', { ...valid, duration: 1.5 }, body('invalid_input', INT, 'duration')],
  [
    'string for a number',
    { ...valid, ratio: 'x' },
    body('invalid_input', 'A valid number is required.', 'ratio'),
  ],
  ['not a boolean', { ...valid, flag: 'x' }, body('invalid_input', 'Must be a valid boolean.', 'flag')],
  ['not a string', { ...valid, name: 5 }, body('invalid_input', 'Not a valid string.', 'name')],
  [
    'bad date-time',
    { ...valid, at: '2019-08-24 14:15' },
    body(
      'invalid_input',
      'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].',
      'at',
    ),
  ],
  [
    'bad date',
    { ...valid, day: '24.08.2019' },
    body('invalid_input', 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.', 'day'),
  ],
  [
    'pattern mismatch',
    { ...valid, code: 'usd' },
    body('invalid_input', 'This value does not match the required pattern.', 'code'),
  ],
  [
    'dict for a list',
    { ...valid, tags: { a: 1 } },
    body('not_a_list', 'Expected a list of items but got type "dict".', 'tags'),
  ],
  [
    'str for a list',
    { ...valid, tags: 'a' },
    body('not_a_list', 'Expected a list of items but got type "str".', 'tags'),
  ],
  [
    'list too long',
    { ...valid, tags: Array.from({ length: 21 }, () => 'x') },
    body('max_length', 'Ensure this field has no more than 20 elements.', 'tags'),
  ],
  [
    'nested field: path joined with __',
    {
      ...valid,
      items: [
        { id: 1, level: 'none' },
        { id: 2, level: 'x' },
      ],
    },
    body('invalid_choice', '"x" is not a valid choice.', 'items__1__level'),
  ],
  [
    'root-level error → attr null',
    'text',
    body('invalid_input', 'Invalid data. Expected a dictionary, but got str.', null),
  ],
];

describe('formatValidationError: DRF codes and messages for the FIRST issue', () => {
  it.each(cases)('%s', (_name, input, expected) => {
    expect(format(member, input)).toEqual(expected);
  });

  it('without the input, missing and null are told apart by the zod message', () => {
    expect(format(member, { level: 1 }, false)).toEqual(body('required', 'This field is required.', 'email'));
    expect(format(member, { ...valid, email: null }, false)).toEqual(
      body('null', 'This field may not be null.', 'email'),
    );
  });

  it('a union reports the branch that got deepest', () => {
    const schema = z.object({ owner: z.union([z.null(), z.object({ email: z.email() })]) });
    expect(format(schema, { owner: { email: 'x' } })).toEqual(
      body('invalid_input', 'Enter a valid email address.', 'owner__email'),
    );
  });

  it('an undeclared key of a strict object names the key', () => {
    expect(format(z.strictObject({ a: z.string() }), { a: 'x', b: 1 })).toEqual(
      body('invalid_input', 'Unrecognized key: "b"', 'b'),
    );
  });

  it('any other issue → invalid_input with zod’s message', () => {
    const schema = z.object({ n: z.number().multipleOf(5) });
    expect(format(schema, { n: 3 })).toEqual(
      body('invalid_input', 'Invalid number: must be a multiple of 5', 'n'),
    );
  });
});
