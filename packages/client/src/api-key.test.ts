import { describe, expect, it } from 'vitest';
import { assertValidApiKey, maskApiKey, redactApiKey, scrubApiKey } from './api-key.js';

const KEY = 'phx_Q7fKx2mNp9RtVw3YzB8cDhJkL4sGnE6aU';

describe('maskApiKey', () => {
  it('keeps the first and last 4 characters, like upstream', () => {
    expect(maskApiKey(KEY)).toBe('phx_...E6aU');
  });

  it('hides short keys completely', () => {
    expect(maskApiKey('phx_short123456')).toBe('********');
  });
});

describe('redactApiKey', () => {
  it('replaces every occurrence', () => {
    expect(redactApiKey(`a ${KEY} b ${KEY}`, KEY)).toBe('a phx_...E6aU b phx_...E6aU');
  });
});

describe('assertValidApiKey', () => {
  it.each([
    ['', 'apiKey must be a non-empty string (a personal API key such as phx_…)'],
    [
      `${KEY}\n`,
      'apiKey contains whitespace or characters that are not allowed in an HTTP header (value not shown)',
    ],
    [
      `${KEY} x`,
      'apiKey contains whitespace or characters that are not allowed in an HTTP header (value not shown)',
    ],
  ])('rejects %j without quoting it', (key, message) => {
    expect(() => assertValidApiKey(key)).toThrow(new TypeError(message));
  });

  it('accepts a personal API key', () => {
    expect(() => assertValidApiKey(KEY)).not.toThrow();
  });
});

describe('scrubApiKey', () => {
  it('rewrites message, stack and cause in place', () => {
    const cause = new Error(`header Bearer ${KEY}`);
    const error = new TypeError(`bad ${KEY}`, { cause });
    const result = scrubApiKey(error, KEY) as TypeError;
    expect(result).toBe(error);
    expect(result.message).toBe('bad phx_...E6aU');
    expect(result.stack).not.toContain(KEY);
    expect(cause.message).toBe('header Bearer phx_...E6aU');
  });

  it('replaces a frozen error by a plain one', () => {
    const error = Object.freeze(new Error(`bad ${KEY}`));
    const result = scrubApiKey(error, KEY) as Error;
    expect(result).not.toBe(error);
    expect(result.message).toBe('bad phx_...E6aU');
  });

  it('redacts thrown strings and leaves other values alone', () => {
    expect(scrubApiKey(`oops ${KEY}`, KEY)).toBe('oops phx_...E6aU');
    expect(scrubApiKey(42, KEY)).toBe(42);
  });
});
