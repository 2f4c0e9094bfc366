import { describe, expect, it } from 'vitest';
import { batchWrites } from './batched-writer.js';

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('batchWrites', () => {
  it('hands on the chunks of one turn together, in order, after the turn', async () => {
    const written: string[] = [];
    const out = batchWrites((chunk) => written.push(chunk));
    out.write('a\n');
    out.write('b\n');
    expect(written).toEqual([]);
    await turn();
    expect(written).toEqual(['a\nb\n']);
    out.write('c\n');
    await turn();
    expect(written).toEqual(['a\nb\n', 'c\n']);
    await turn();
    expect(written).toHaveLength(2);
  });

  it('hands on at once past its size, and everything on flush', async () => {
    const written: string[] = [];
    const out = batchWrites((chunk) => written.push(chunk), 4);
    out.write('ab');
    out.write('cd');
    expect(written).toEqual(['abcd']);
    out.write('e');
    out.flush();
    expect(written).toEqual(['abcd', 'e']);
    out.flush();
    await turn();
    expect(written).toEqual(['abcd', 'e']);
  });
});
