import { describe, expect, it } from 'vitest';
import { escapeLike, lowerText } from './text-fold.js';

describe('lowerText', () => {
  it('lowercases ASCII and other scripts one code point at a time', () => {
    expect(lowerText('Ada.LOVELACE@Example.ORG')).toBe('ada.lovelace@example.org');
    expect(lowerText('ÉLODIE Müller ΣΊΣΥΦΟΣ')).toBe('élodie müller σίσυφοσ');
  });

  it('maps U+0130 to a plain i, like towlower, instead of i + combining dot', () => {
    expect(lowerText('İstanbul')).toBe('istanbul');
  });
});

describe('escapeLike', () => {
  it('escapes %, _ and the escape character itself', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
    expect(escapeLike('plain')).toBe('plain');
  });
});
