/**
 * The C lexer under the headers-only bindings model: preprocessing tokens with their offsets,
 * comments skipped. Literals end at the end of their line, so a stray quote in an `#error`
 * message or a hostile header cannot swallow the rest of the file.
 */

type TokenKind = 'ident' | 'number' | 'string' | 'char' | 'punct';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offset in the header's text; -1 for tokens a macro expansion made. */
  offset: number;
}

const PUNCTUATORS = [
  '...', '<<=', '>>=', '->', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=',
  '^=', '|=', '##',
];

const PUNCTUATOR_STARTS = new Set(PUNCTUATORS.map((p) => p.charCodeAt(0)));

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The end of a quoted literal starting at `i` (its closing quote included), or the end of its line. */
export function literalEnd(text: string, i: number): number {
  const quote = text.charCodeAt(i);
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === quote) return j + 1;
    if (c === 10) return j;
    if (c === 92 /* \ */) j++;
    j++;
  }
  return text.length;
}

/** The end of the comment starting at `i` (`/*` or `//`), or -1 when `i` starts none. */
export function commentEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 47) return -1;
  const next = text.charCodeAt(i + 1);
  if (next === 42) {
    const close = text.indexOf('*/', i + 2);
    return close < 0 ? text.length : close + 2;
  }
  if (next !== 47) return -1;
  // A line comment continues over a backslash-newline.
  let end = i;
  for (;;) {
    const nl = text.indexOf('\n', end);
    if (nl < 0) return text.length;
    let j = nl - 1;
    if (text.charCodeAt(j) === 13) j--;
    if (text.charCodeAt(j) !== 92) return nl;
    end = nl + 1;
  }
}

/**
 * Tokens of `text[from, to)`, appended to `out`; comments are white space, and so is a
 * backslash-newline (directive lines are cut out before).
 */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 92) {
      i++;
      continue;
    }
    if (c === 47) {
      const end = commentEnd(text, i);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    const start = i;
    if (isIdentStart(c)) {
      i++;
      while (i < to && isIdentPart(text.charCodeAt(i))) i++;
      // L"…", u8"…" and friends are one literal.
      const q = text.charCodeAt(i);
      if ((q === 34 || q === 39) && /^(?:L|u|U|u8)$/.test(text.slice(start, i))) {
        i = Math.min(literalEnd(text, i), to);
        out.push({ kind: q === 34 ? 'string' : 'char', text: text.slice(start, i), offset: start });
        continue;
      }
      out.push({ kind: 'ident', text: text.slice(start, i), offset: start });
      continue;
    }
    if (isDigit(c) || (c === 46 && isDigit(text.charCodeAt(i + 1)))) {
      i++;
      while (i < to) {
        const d = text.charCodeAt(i);
        if ((d === 43 || d === 45) && /[eEpP]/.test(text[i - 1])) i++;
        else if (isIdentPart(d) || d === 46) i++;
        else break;
      }
      out.push({ kind: 'number', text: text.slice(start, i), offset: start });
      continue;
    }
    if (c === 34 || c === 39) {
      i = Math.min(literalEnd(text, i), to);
      out.push({ kind: c === 34 ? 'string' : 'char', text: text.slice(start, i), offset: start });
      continue;
    }
    const p = PUNCTUATOR_STARTS.has(c) ? PUNCTUATORS.find((s) => text.startsWith(s, i)) : undefined;
    i += p ? p.length : 1;
    out.push({ kind: 'punct', text: text.slice(start, i), offset: start });
  }
  return out;
}

/** A token a macro expansion or the model made. */
export function synthetic(kind: TokenKind, text: string): Token {
  return { kind, text, offset: -1 };
}
