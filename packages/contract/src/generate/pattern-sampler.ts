import type { Prng } from './prng.js';

/** Thrown for regex features the sampler does not support (lookarounds, backreferences…). */
export class UnsupportedPatternError extends Error {}

type Node =
  | { kind: 'chars'; chars: string[] }
  | { kind: 'alt'; options: Node[][] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const DIGITS = [...'0123456789'];
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];
const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const ESCAPES: Record<string, string[]> = { d: DIGITS, w: WORD, s: [' '] };

/**
 * Generates a string matching a simple regular expression (classes, groups, alternation, quantifiers), the subset
 * the spec's `pattern`s use. Unbounded quantifiers repeat at most 3 extra times.
 * @example samplePattern('^-?\\d{0,1}(?:\\.\\d{0,2})?$', rng) // e.g. '0.25'
 */
export function samplePattern(pattern: string, rng: Prng): string {
  const parser = { src: pattern, pos: 0 };
  const seq = parseAlternation(parser);
  if (parser.pos < pattern.length) throw new UnsupportedPatternError(`unbalanced ')' in ${pattern}`);
  return render(seq, rng);
}

function render(node: Node, rng: Prng): string {
  if (node.kind === 'chars') return node.chars.length ? rng.pick(node.chars) : '';
  if (node.kind === 'alt')
    return rng
      .pick(node.options)
      .map((n) => render(n, rng))
      .join('');
  const count = rng.int(node.min, node.max);
  return Array.from({ length: count }, () => render(node.node, rng)).join('');
}

function parseAlternation(p: { src: string; pos: number }): Node {
  const options: Node[][] = [[]];
  while (p.pos < p.src.length && p.src[p.pos] !== ')') {
    const c = p.src[p.pos] as string;
    if (c === '|') {
      options.push([]);
      p.pos++;
      continue;
    }
    const atom = parseAtom(p);
    if (atom) (options[options.length - 1] as Node[]).push(parseQuantifier(p, atom));
  }
  return { kind: 'alt', options };
}

function parseAtom(p: { src: string; pos: number }): Node | undefined {
  const c = p.src[p.pos++] as string;
  if (c === '^' || c === '$') return undefined;
  if (c === '(') {
    if (p.src.startsWith('?:', p.pos)) p.pos += 2;
    else if (p.src[p.pos] === '?') throw new UnsupportedPatternError(`lookaround in ${p.src}`);
    const inner = parseAlternation(p);
    if (p.src[p.pos++] !== ')') throw new UnsupportedPatternError(`unclosed group in ${p.src}`);
    return inner;
  }
  if (c === '[') return parseClass(p);
  if (c === '.') return { kind: 'chars', chars: WORD };
  if (c === '\\') return { kind: 'chars', chars: escapeChars(p) };
  return { kind: 'chars', chars: [c] };
}

function escapeChars(p: { src: string; pos: number }): string[] {
  const e = p.src[p.pos++] as string;
  if (/[1-9]/.test(e)) throw new UnsupportedPatternError(`backreference in ${p.src}`);
  if (ESCAPES[e]) return ESCAPES[e] as string[];
  if (e === 'D' || e === 'W' || e === 'S') throw new UnsupportedPatternError(`negated escape \\${e}`);
  return [e];
}

function parseClass(p: { src: string; pos: number }): Node {
  const negate = p.src[p.pos] === '^';
  if (negate) p.pos++;
  const set = new Set<string>();
  let first = true;
  while (p.pos < p.src.length && (p.src[p.pos] !== ']' || first)) {
    first = false;
    let start = p.src[p.pos++] as string;
    if (start === '\\') {
      const chars = escapeChars(p);
      if (chars.length > 1) {
        for (const ch of chars) set.add(ch);
        continue;
      }
      start = chars[0] as string;
    }
    if (p.src[p.pos] === '-' && p.src[p.pos + 1] !== ']' && p.pos + 1 < p.src.length) {
      p.pos++;
      let end = p.src[p.pos++] as string;
      if (end === '\\') end = escapeChars(p)[0] as string;
      for (let code = start.charCodeAt(0); code <= end.charCodeAt(0); code++)
        set.add(String.fromCharCode(code));
    } else {
      set.add(start);
    }
  }
  if (p.src[p.pos++] !== ']') throw new UnsupportedPatternError(`unclosed class in ${p.src}`);
  const chars = negate ? PRINTABLE.filter((ch) => !set.has(ch) && ch !== ' ') : [...set];
  return { kind: 'chars', chars };
}

function parseQuantifier(p: { src: string; pos: number }, node: Node): Node {
  const c = p.src[p.pos];
  let min = 1;
  let max = 1;
  if (c === '*' || c === '+' || c === '?') {
    p.pos++;
    min = c === '+' ? 1 : 0;
    max = c === '?' ? 1 : min + 3;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(p.src.slice(p.pos));
    if (!m) return node;
    p.pos += m[0].length;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] ? Number(m[3]) : min + 3;
  } else {
    return node;
  }
  if (p.src[p.pos] === '?' || p.src[p.pos] === '+') p.pos++;
  return { kind: 'repeat', node, min, max };
}
