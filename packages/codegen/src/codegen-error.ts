/**
 * The one error the generator throws for a document it cannot turn into code.
 *
 * @param pointer JSON pointer of the offending node, e.g. `/components/schemas/Pet/not`.
 * @param message What is wrong with that node.
 * @param hint What the spec author can do about it.
 * @example
 * throw new CodegenError('/components/schemas/Pet/not', '`not` cannot be expressed in zod', 'Remove `not` or describe the allowed values positively.');
 */
export class CodegenError extends Error {
  constructor(
    readonly pointer: string,
    message: string,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'CodegenError';
  }
}

/** Appends one reference token to a JSON pointer, escaping `~` and `/` as RFC 6901 requires. */
export function childPointer(pointer: string, token: string | number): string {
  return `${pointer}/${String(token).replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** A node the generator changed instead of rejecting (lenient mode): where, and what was done. */
export interface CodegenWarning {
  pointer: string;
  message: string;
}
