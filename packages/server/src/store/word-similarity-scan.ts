/*
 * pg_trgm's `iterate_word_similarity` (non-strict variant), shared by the general and the ASCII paths of
 * `wordSimilarity`: they differ only in how they number trigrams.
 */

/** pg_trgm's `calc_word_similarity` ratio, in single precision like its `float4`. */
export function calcSimilarity(count: number, len1: number, len2: number): number {
  return Math.fround(count / (len1 + len2 - count));
}

/**
 * The greatest similarity between the query's trigram set and any continuous extent of a text's ordered trigrams.
 * `ids[0..n)` are the text's trigrams as numbers; `inQuery[id]` is 1 for the query's trigrams, of which there are
 * `ulen1`. `lastpos` is a scratch table indexed by id, all -1 on entry and left so on return.
 */
export function scanWordSimilarity(
  ids: ArrayLike<number>,
  n: number,
  inQuery: Uint8Array,
  ulen1: number,
  lastpos: Int32Array,
): number {
  let ulen2 = 0;
  let count = 0;
  let lower = -1;
  let smlrMax = 0;
  for (let i = 0; i < n; i++) {
    const trg = ids[i] as number;
    const found = inQuery[trg] === 1;
    if (lower >= 0 || found) {
      if ((lastpos[trg] as number) < 0) {
        ulen2++;
        if (found) count++;
      }
      lastpos[trg] = i;
    }
    if (!found) continue;
    const upper = i;
    if (lower === -1) {
      lower = i;
      ulen2 = 1;
    }
    let smlrCur = calcSimilarity(count, ulen1, ulen2);
    // Try moving the lower bound right for a greater similarity.
    let tmpCount = count;
    let tmpUlen2 = ulen2;
    const prevLower = lower;
    for (let tmpLower = lower; tmpLower <= upper; tmpLower++) {
      const smlrTmp = calcSimilarity(tmpCount, ulen1, tmpUlen2);
      if (smlrTmp > smlrCur) {
        smlrCur = smlrTmp;
        ulen2 = tmpUlen2;
        lower = tmpLower;
        count = tmpCount;
      }
      const tmpTrg = ids[tmpLower] as number;
      if (lastpos[tmpTrg] === tmpLower) {
        tmpUlen2--;
        if (inQuery[tmpTrg] === 1) tmpCount--;
      }
    }
    if (smlrCur > smlrMax) smlrMax = smlrCur;
    for (let tmpLower = prevLower; tmpLower < lower; tmpLower++) {
      const tmpTrg = ids[tmpLower] as number;
      if (lastpos[tmpTrg] === tmpLower) lastpos[tmpTrg] = -1;
    }
  }
  for (let i = 0; i < n; i++) lastpos[ids[i] as number] = -1;
  return smlrMax;
}
