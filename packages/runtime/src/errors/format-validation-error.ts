import type { z } from 'zod';
import {
  bodyParseReason,
  type ErrorBody,
  parseErrorBody,
  type ValidationTarget,
  validationErrorBody,
} from './error-body.js';
import { INTEGER_MESSAGE } from './messages.js';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

const DATETIME =
  'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';
const FORMAT_MESSAGES: Record<string, string> = {
  email: 'Enter a valid email address.',
  guid: 'Must be a valid UUID.',
  uuid: 'Must be a valid UUID.',
  datetime: DATETIME,
  date: 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.',
  time: 'Time has wrong format. Use one of these formats instead: hh:mm[:ss[.uuuuuu]].',
  url: 'Enter a valid URL.',
  regex: 'This value does not match the required pattern.',
  ipv4: 'Enter a valid IPv4 address.',
  ipv6: 'Enter a valid IPv6 address.',
};
const TYPE_MESSAGES: Record<string, string> = {
  int: INTEGER_MESSAGE,
  number: 'A valid number is required.',
  boolean: 'Must be a valid boolean.',
  string: 'Not a valid string.',
};

/**
 * Turns a zod validation error into the upstream 400 body for its FIRST issue, with DRF's codes and messages
 * (`required`, `null`, `invalid_choice`, `max_length`, `min_length`, `max_value`, `min_value`, `not_a_list`,
 * `invalid_input`); a body that could not be parsed (`bodyParseIssue`) is `invalid_request` `parse_error`.
 *
 * @param error The ZodError (any object with zod 4 `issues`).
 * @param target Where the value came from (kept for callers' logs; the body format is the same).
 * @param input The validated value, when known: distinguishes a missing field from `null` and names the rejected
 *   choice (zod 4 does not keep inputs on issues).
 * @example
 * formatValidationError(schema.safeParse(body).error!, 'json', body)
 * // { type: 'validation_error', code: 'required', detail: 'This field is required.', attr: 'target_email' }
 */
export function formatValidationError(
  error: { issues: readonly Issue[] },
  target: ValidationTarget,
  input?: unknown,
): ErrorBody {
  void target;
  const parseFailure = bodyParseReason(error.issues[0]);
  if (parseFailure !== undefined) return parseErrorBody(parseFailure);
  const first = pickIssue(error.issues[0], []);
  if (!first) return body('invalid_input', 'Invalid input.', []);
  return describe(first.issue, first.path, input);
}

function body(code: string, detail: string, path: Path): ErrorBody {
  return validationErrorBody(code, detail, path.length === 0 ? null : path.map(String).join('__'));
}

/** For a union error, descends into the branch whose first issue goes deepest (the most specific explanation). */
function pickIssue(issue: Issue | undefined, prefix: Path): { issue: Issue; path: Path } | undefined {
  if (!issue) return undefined;
  const path = [...prefix, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return { issue, path };
  let best: Issue | undefined;
  for (const branch of issue.errors) {
    const candidate = branch[0];
    if (candidate && (!best || candidate.path.length > best.path.length)) best = candidate;
  }
  return pickIssue(best, path);
}

function valueAt(input: unknown, path: Path): { found: boolean; value: unknown } {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !(key in node))
      return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

function describe(issue: Issue, path: Path, input: unknown): ErrorBody {
  const at = input === undefined ? undefined : valueAt(input, path);
  switch (issue.code) {
    case 'invalid_type': {
      const missing = at ? !at.found || at.value === undefined : / received undefined$/.test(issue.message);
      if (missing) return body('required', 'This field is required.', path);
      const isNull = at ? at.value === null : / received null$/.test(issue.message);
      if (isNull) return body('null', 'This field may not be null.', path);
      if (issue.expected === 'array') {
        return body('not_a_list', `Expected a list of items but got type "${pythonType(at?.value)}".`, path);
      }
      if (issue.expected === 'object') {
        return body(
          'invalid_input',
          `Invalid data. Expected a dictionary, but got ${pythonType(at?.value)}.`,
          path,
        );
      }
      // Generated integer schemas carry INTEGER_MESSAGE (zod reports a string given to z.int() as expected: number).
      const detail = issue.message === INTEGER_MESSAGE ? INTEGER_MESSAGE : TYPE_MESSAGES[issue.expected];
      return body('invalid_input', detail ?? issue.message, path);
    }
    case 'invalid_value':
      return body('invalid_choice', `"${pythonString(at?.value)}" is not a valid choice.`, path);
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string')
        return body('max_length', `Ensure this field has no more than ${max} characters.`, path);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return body('max_length', `Ensure this field has no more than ${max} elements.`, path);
      }
      const relation = issue.inclusive === false ? 'less than' : 'less than or equal to';
      return body('max_value', `Ensure this value is ${relation} ${max}.`, path);
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string')
        return body('min_length', `Ensure this field has at least ${min} characters.`, path);
      if (issue.origin === 'array' || issue.origin === 'set') {
        return body('min_length', `Ensure this field has at least ${min} elements.`, path);
      }
      const relation = issue.inclusive === false ? 'greater than' : 'greater than or equal to';
      return body('min_value', `Ensure this value is ${relation} ${min}.`, path);
    }
    case 'invalid_format':
      return body('invalid_input', FORMAT_MESSAGES[issue.format] ?? issue.message, path);
    case 'unrecognized_keys':
      return body('invalid_input', issue.message, [
        ...path,
        ...(issue.keys[0] === undefined ? [] : [issue.keys[0]]),
      ]);
    case 'invalid_union':
      return body('invalid_input', issue.message, path);
    case 'custom':
      // A custom issue may name its own DRF code (`loneSurrogateIssue`: `surrogate_characters_not_allowed`).
      return body(customCode(issue) ?? 'invalid_input', issue.message, path);
    default:
      return body('invalid_input', issue.message, path);
  }
}

function customCode(issue: z.core.$ZodIssueCustom): string | undefined {
  const code = (issue.params as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Python's `type(x).__name__` for a JSON value, as DRF's messages show it. */
function pythonType(value: unknown): string {
  if (typeof value === 'string') return 'str';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (value === null || value === undefined) return 'NoneType';
  return Array.isArray(value) ? 'list' : 'dict';
}

/** Python's `str(x)` for a JSON scalar, as DRF's invalid_choice message shows it. */
function pythonString(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (value === null || value === undefined) return 'None';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
