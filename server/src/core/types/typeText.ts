/**
 * Reads a Rust type from its source text into the same `RustType` that `typeFromNode`
 * builds from a syntax tree, for the shapes bindgen writes (rustfmt'ed or not: `*mut T`,
 * `* mut T`, `[u8 ; 4usize]`, `::core::option::Option<unsafe extern "C" fn(..)>`).
 * Returns undefined for anything else, so the caller can hand the text to tree-sitter.
 */
import { MAX_TYPE_DEPTH, type RustType, UNIT, normalizeSpace } from './rustType';

const IDENT = /[A-Za-z_][A-Za-z0-9_]*/y;
const LIFETIME = /'[A-Za-z_][A-Za-z0-9_]*/y;
const SPACE = /\s*/y;

class TypeReader {
  pos = 0;

  constructor(private readonly s: string) {}

  skipSpace(): void {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.s);
    this.pos = SPACE.lastIndex;
  }

  peek(token: string): boolean {
    this.skipSpace();
    return this.s.startsWith(token, this.pos);
  }

  eat(token: string): boolean {
    if (!this.peek(token)) return false;
    this.pos += token.length;
    return true;
  }

  /** An identifier at the cursor that is not followed by more identifier characters. */
  word(): string | undefined {
    this.skipSpace();
    IDENT.lastIndex = this.pos;
    const m = IDENT.exec(this.s);
    if (!m) return undefined;
    this.pos = IDENT.lastIndex;
    return m[0];
  }

  keyword(k: string): boolean {
    const start = this.pos;
    if (this.word() === k) return true;
    this.pos = start;
    return false;
  }

  lifetime(): boolean {
    this.skipSpace();
    LIFETIME.lastIndex = this.pos;
    if (!LIFETIME.exec(this.s)) return false;
    this.pos = LIFETIME.lastIndex;
    return true;
  }

  private depth = 0;

  /** A type; deeper than MAX_TYPE_DEPTH it is not a shape we read (tree-sitter gets it, and keeps it as text). */
  type(): RustType | undefined {
    if (this.depth >= MAX_TYPE_DEPTH) return undefined;
    this.depth++;
    try {
      return this.typeHere();
    } finally {
      this.depth--;
    }
  }

  private typeHere(): RustType | undefined {
    this.skipSpace();
    const start = this.pos;
    if (this.eat('*')) {
      const mutable = this.keyword('mut');
      if (!mutable && !this.keyword('const')) return undefined;
      const pointee = this.type();
      return pointee && { kind: 'pointer', mutable, pointee };
    }
    if (this.eat('&')) {
      this.lifetime();
      const mutable = this.keyword('mut');
      const referent = this.type();
      return referent && { kind: 'reference', mutable, referent };
    }
    if (this.eat('[')) {
      const element = this.type();
      if (!element) return undefined;
      if (this.eat(']')) return { kind: 'slice', element };
      if (!this.eat(';')) return undefined;
      const close = this.s.indexOf(']', this.pos);
      const length = close < 0 ? '' : this.s.slice(this.pos, close).trim();
      if (!/^[0-9A-Za-z_ +*]+$/.test(length)) return undefined;
      this.pos = close + 1;
      return { kind: 'array', element, length: length.replace(/usize$/, '') };
    }
    if (this.eat('(')) {
      const elements: RustType[] = [];
      let comma = false;
      while (!this.eat(')')) {
        const t = this.type();
        if (!t) return undefined;
        elements.push(t);
        comma = this.eat(',');
        if (!comma && !this.peek(')')) return undefined;
      }
      // `(T)` without a comma is not a tuple; leave it to tree-sitter.
      if (elements.length === 1 && !comma) return undefined;
      return elements.length ? { kind: 'tuple', elements } : UNIT;
    }
    if (this.eat('!')) return { kind: 'never' };
    if (this.peek('unsafe') || this.peek('extern') || this.peek('fn')) {
      const fn = this.fnType(start);
      if (fn) return fn;
      this.pos = start;
    }
    return this.path();
  }

  private fnType(start: number): RustType | undefined {
    this.keyword('unsafe');
    if (this.keyword('extern')) {
      this.skipSpace();
      const abi = /"[^"\\]*"/y;
      abi.lastIndex = this.pos;
      if (abi.exec(this.s)) this.pos = abi.lastIndex;
    }
    if (!this.keyword('fn') || !this.eat('(')) return undefined;
    while (!this.eat(')')) {
      if (!this.eat('...')) {
        const save = this.pos;
        if (!(this.word() && this.eat(':') && !this.peek(':'))) this.pos = save;
        if (!this.type()) return undefined;
      }
      if (!this.eat(',') && !this.peek(')')) return undefined;
    }
    if (this.eat('->') && !this.type()) return undefined;
    return { kind: 'fn', text: normalizeSpace(this.s.slice(start, this.pos).trim()) };
  }

  private path(): RustType | undefined {
    this.eat('::');
    const segments: string[] = [];
    for (;;) {
      const w = this.word();
      if (!w || w === 'dyn' || w === 'impl' || w === 'fn' || w === 'unsafe' || w === 'extern') return undefined;
      segments.push(w);
      if (!this.peek('::<') && this.eat('::')) continue;
      break;
    }
    const args: RustType[] = [];
    if (this.eat('<')) {
      while (!this.eat('>')) {
        if (!this.lifetime()) {
          const t = this.type();
          if (!t) return undefined;
          args.push(t);
        }
        if (!this.eat(',') && !this.peek('>')) return undefined;
      }
    }
    return { kind: 'path', segments, args };
  }
}

/** The type written in `text` (the whole text), or undefined when it is not a shape we read. */
export function typeFromText(text: string): RustType | undefined {
  const r = new TypeReader(text);
  const t = r.type();
  r.skipSpace();
  return t && r.pos === text.length ? t : undefined;
}

/**
 * Splits a parameter or field list at its top-level commas (`->` is not a closing bracket).
 * Empty pieces (a trailing comma) are dropped.
 */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 40: case 91: case 60: case 123: // ( [ < {
        depth++;
        break;
      case 41: case 93: case 125: // ) ] }
        depth--;
        break;
      case 62: // >, unless it ends `->`
        if (text.charCodeAt(i - 1) !== 45) depth--;
        break;
      case 44: // ,
        if (depth !== 0) break;
        out.push(text.slice(from, i));
        from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.filter((p) => p.trim() !== '');
}
