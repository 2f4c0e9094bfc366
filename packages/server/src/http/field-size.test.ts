import { describe, expect, it } from 'vitest';
import { findOversizedField, MAX_FIELD_JSON_BYTES } from './field-size.js';

/** A JSON object of exactly `bytes` bytes once serialized: `{"blob":"xx…"}`. */
const objectOfBytes = (bytes: number) => ({ blob: 'x'.repeat(bytes - '{"blob":""}'.length) });

describe('findOversizedField', () => {
  it('accepts fields of up to 16 KiB of JSON and names the first larger one', () => {
    expect(MAX_FIELD_JSON_BYTES).toBe(16_384);
    expect(findOversizedField({ a: objectOfBytes(16_384), b: 'short' })).toBeUndefined();
    expect(findOversizedField({ a: 'short', b: objectOfBytes(16_385), c: objectOfBytes(20_000) })).toBe('b');
  });

  it('counts UTF-8 bytes, not characters', () => {
    // '€' is 3 bytes: 5,462 of them plus the quotes take 16,388 bytes in 5,464 characters.
    expect(findOversizedField({ message: '€'.repeat(5_460) })).toBeUndefined();
    expect(findOversizedField({ message: '€'.repeat(5_462) })).toBe('message');
  });

  it('checks each item of a bulk body, naming the item and its field', () => {
    expect(findOversizedField([{ message: 'ok' }, { message: 'ok', extra: objectOfBytes(16_385) }])).toBe(
      '1__extra',
    );
    expect(findOversizedField([{ message: 'ok' }, 'not an object', null])).toBeUndefined();
  });

  it('leaves bodies that are not objects alone', () => {
    expect(findOversizedField('x'.repeat(20_000))).toBeUndefined();
    expect(findOversizedField(undefined)).toBeUndefined();
  });
});
