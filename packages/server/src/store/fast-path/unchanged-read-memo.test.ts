import { describe, expect, it } from 'vitest';
import { UnchangedReadMemo } from './unchanged-read-memo.js';

describe('UnchangedReadMemo', () => {
  it('keeps a result while the change count stays, reads again once it moves', async () => {
    let count = 1;
    let reads = 0;
    const memo = new UnchangedReadMemo<{ n: number }>(() => count);
    const read = async () => ({ n: ++reads });
    expect(await memo.get('k', read)).toEqual({ n: 1 });
    expect(await memo.get('k', read)).toEqual({ n: 1 });
    expect(await memo.get('other', read)).toEqual({ n: 2 });
    count = 2;
    expect(await memo.get('k', read)).toEqual({ n: 3 });
    expect(reads).toBe(3);
  });

  it('does not keep a missing row, nor a result read while a commit was seen by another call', async () => {
    let count = 1;
    const memo = new UnchangedReadMemo<{ v: string }>(() => count);
    expect(await memo.get('gone', async () => undefined)).toBeUndefined();
    expect(await memo.get('gone', async () => ({ v: 'now there' }))).toEqual({ v: 'now there' });

    // A read in flight while another call observes a newer count: its (possibly older) value is not kept.
    let release: () => void = () => {};
    const slow = memo.get('k', () => new Promise((resolve) => (release = () => resolve({ v: 'old' }))));
    count = 2;
    expect(await memo.get('other', async () => ({ v: 'x' }))).toEqual({ v: 'x' });
    release();
    expect(await slow).toEqual({ v: 'old' });
    expect(await memo.get('k', async () => ({ v: 'new' }))).toEqual({ v: 'new' });
  });

  it('freezes what it keeps (shared by every caller) and starts afresh past its bound', async () => {
    const memo = new UnchangedReadMemo<{ inner: { list: number[] } }>(() => 1, 2);
    const kept = await memo.get('a', async () => ({ inner: { list: [1] } }));
    expect(() => {
      (kept as { inner: { list: number[] } }).inner.list.push(2);
    }).toThrow(TypeError);
    let reads = 0;
    const read = async () => ({ inner: { list: [++reads] } });
    await memo.get('b', read);
    await memo.get('c', read); // third entry: the memo started afresh
    expect(await memo.get('a', read)).toEqual({ inner: { list: [3] } });
  });
});
