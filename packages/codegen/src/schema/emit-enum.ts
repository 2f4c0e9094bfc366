import { CodegenError } from '../codegen-error.js';
import { literal } from './code-literal.js';
import type { EmitContext } from './emit-context.js';
import { coerced } from './emit-schema.js';

/**
 * `enum`: strings → `z.enum([...])`; numbers → the object form `z.enum({ _1: 1 })` (the only form that
 * @hono/zod-openapi emits as `type: integer, enum: [...]`); `null` in the list or the type → `.nullable()`.
 */
export function emitEnum(values: unknown[], nullable: boolean, pointer: string, ctx: EmitContext): string {
  const withNull = nullable || values.includes(null);
  const rest = values.filter((v) => v !== null);
  for (const value of rest) {
    if (typeof value === 'object') {
      throw new CodegenError(
        pointer,
        'enum values must be strings, numbers or booleans',
        'Use primitive enum values.',
      );
    }
  }
  if (rest.length === 0) return 'z.null()';
  const strings = rest.filter((v): v is string => typeof v === 'string');
  const numbers = rest.filter((v): v is number => typeof v === 'number');
  const booleans = rest.filter((v): v is boolean => typeof v === 'boolean');
  const parts: string[] = [];
  if (strings.length > 0) parts.push(`z.enum(${literal(strings)})`);
  if (numbers.length > 0) parts.push(coerced(numericEnum(numbers), 'queryNumber', ctx));
  for (const value of booleans) parts.push(`z.literal(${value})`);
  const code = parts.length === 1 ? (parts[0] as string) : `z.union([${parts.join(', ')}])`;
  return withNull ? `${code}.nullable()` : code;
}

function numericEnum(values: number[]): string {
  const used = new Set<string>();
  const entries = values.map((value) => {
    let key = `_${String(value).replace('-', 'm').replace('.', '_')}`;
    while (used.has(key)) key = `${key}_`;
    used.add(key);
    return `${key}: ${value}`;
  });
  return `z.enum({ ${entries.join(', ')} })`;
}

/** `const` → `z.literal(value)` (emitted as a one-value enum). */
export function emitConst(value: unknown, pointer: string): string {
  if (value === null) return 'z.null()';
  if (typeof value === 'object') {
    throw new CodegenError(
      pointer,
      'object/array `const` is not supported',
      'Describe the value with properties and enum.',
    );
  }
  return `z.literal(${literal(value)})`;
}
