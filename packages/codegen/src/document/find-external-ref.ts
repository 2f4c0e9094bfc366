import { childPointer } from '../codegen-error.js';

/** A `$ref` that points outside the document, with the JSON pointer of the `$ref` member. */
export interface ExternalRef {
  pointer: string;
  ref: string;
}

/**
 * Finds the first `$ref` that is not a local (`#…`) reference, in document order, or `undefined`.
 * Iterative so that very deep documents cannot overflow the stack.
 */
export function findExternalRef(root: unknown): ExternalRef | undefined {
  const stack: { node: unknown; pointer: string }[] = [{ node: root, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (node === null || typeof node !== 'object') continue;
    const entries = Array.isArray(node)
      ? node.map((value, index) => [index, value] as const)
      : Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, value] = entries[i] as readonly [string | number, unknown];
      if (key === '$ref' && typeof value === 'string' && !value.startsWith('#')) {
        return { pointer: childPointer(pointer, key), ref: value };
      }
      stack.push({ node: value, pointer: childPointer(pointer, key) });
    }
  }
  return undefined;
}
