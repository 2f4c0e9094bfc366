/**
 * Lowercases text one code point at a time, like PostgreSQL's `lower()` in a UTF-8 locale (towlower per
 * character): no context rules (final sigma), and a code point whose lowercase form is several code points
 * (U+0130 `İ`) maps to its simple lowercase. Used for every case-insensitive comparison of the store (the `*_lc`
 * columns and the search needle) so SQLite and PostgreSQL fold identically.
 * @example lowerText('ÉLODIE') === 'élodie'
 */
export function lowerText(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  let out = '';
  for (const ch of text) {
    const lowered = ch.toLowerCase();
    if (lowered.length === ch.length || [...lowered].length === 1) out += lowered;
    else out += SIMPLE_LOWER[ch] ?? ch;
  }
  return out;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Simple (single code point) lowercase of the characters whose full lowercase is longer. */
const SIMPLE_LOWER: Record<string, string> = { '\u0130': 'i' };

/**
 * Escapes `%`, `_` and `\` for a SQL `LIKE … ESCAPE '\'` pattern.
 * @example escapeLike('50%_off') === '50\\%\\_off'
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
