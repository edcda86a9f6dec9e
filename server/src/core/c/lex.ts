/**
 * The C lexer under the headers-only bindings model: comments blanked (offsets kept), then
 * preprocessing tokens. Literals end at the end of their line, so a stray quote in an
 * `#error` message or a hostile header cannot swallow the rest of the file.
 */

export type TokenKind = 'ident' | 'number' | 'string' | 'char' | 'punct';

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
function literalEnd(text: string, i: number): number {
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

/**
 * The text with every comment replaced by spaces (newlines inside block comments kept), so
 * that offsets and line numbers stay those of the original. An unterminated block comment
 * runs to the end of the text, as it does for the compiler.
 */
export function blankComments(text: string): string {
  if (!text.includes('/*') && !text.includes('//')) return text;
  const out: string[] = [];
  let from = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34 || c === 39) {
      i = literalEnd(text, i);
      continue;
    }
    if (c !== 47 /* / */) {
      i++;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    if (next === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      out.push(text.slice(from, i), text.slice(i, end).replace(/[^\n]/g, ' '));
      from = i = end;
    } else if (next === 47) {
      let end = i;
      // A line comment continues over a backslash-newline.
      for (;;) {
        const nl = text.indexOf('\n', end);
        if (nl < 0) {
          end = text.length;
          break;
        }
        end = nl;
        if (text.charCodeAt(nl - 1) === 92 || (text.charCodeAt(nl - 1) === 13 && text.charCodeAt(nl - 2) === 92)) end = nl + 1;
        else break;
      }
      out.push(text.slice(from, i), text.slice(i, end).replace(/[^\n]/g, ' '));
      from = i = end;
    } else {
      i++;
    }
  }
  out.push(text.slice(from));
  return out.join('');
}

/**
 * Tokens of `text[from, to)` (comments already blanked), appended to `out`. A
 * backslash-newline is white space here: directive lines are cut out before.
 */
export function tokenize(text: string, from = 0, to = text.length, out: Token[] = []): Token[] {
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 92) {
      i++;
      continue;
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
    const p = PUNCTUATORS.find((s) => text.startsWith(s, i));
    i += p ? p.length : 1;
    out.push({ kind: 'punct', text: text.slice(start, i), offset: start });
  }
  return out;
}

/** A token a macro expansion or the model made. */
export function synthetic(kind: TokenKind, text: string): Token {
  return { kind, text, offset: -1 };
}

export function tokensText(tokens: readonly Token[]): string {
  return tokens.map((t) => t.text).join(' ');
}
