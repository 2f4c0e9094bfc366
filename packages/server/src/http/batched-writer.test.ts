import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { batchWrites } from './batched-writer.js';

describe('batchWrites', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands on the chunks of a batch together, in order, once its delay has passed', () => {
    const written: string[] = [];
    const out = batchWrites((chunk) => written.push(chunk), { delayMs: 50 });
    out.write('a\n');
    vi.advanceTimersByTime(30);
    out.write('b\n');
    expect(written).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(written).toEqual(['a\nb\n']);
    out.write('c\n');
    vi.advanceTimersByTime(50);
    expect(written).toEqual(['a\nb\n', 'c\n']);
    vi.advanceTimersByTime(500);
    expect(written).toHaveLength(2);
  });

  it('hands on at once past its size, and everything on flush', () => {
    const written: string[] = [];
    const out = batchWrites((chunk) => written.push(chunk), { maxChars: 4 });
    out.write('ab');
    out.write('cd');
    expect(written).toEqual(['abcd']);
    out.write('e');
    out.flush();
    expect(written).toEqual(['abcd', 'e']);
    out.flush();
    vi.advanceTimersByTime(1000);
    expect(written).toEqual(['abcd', 'e']);
  });
});
