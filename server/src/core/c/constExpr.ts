/**
 * Integer constant expressions over C tokens, in two dialects:
 * - `c`: what clang computes for an `#if`, an enumerator or a `const` initializer (C's
 *   integer types on an LP64 target, casts, `sizeof`, `?:`, comparisons, logic);
 * - `cexpr`: what bindgen's macro evaluator (the cexpr crate) accepts for a macro constant:
 *   literals, earlier macros, unary `+ - ~`, `* / % + - << >> & ^ |`, string concatenation;
 *   anything else (a cast, a comparison, a function-like macro) is not a constant to it.
 * Three outcomes beside a value: unknown (the model cannot tell), invalid (not a constant).
 */
import type { Token } from './lex';

export interface CValue {
  v: bigint;
  unsigned: boolean;
  bits: 32 | 64 | 128;
}

export interface IntType {
  bits: 8 | 16 | 32 | 64 | 128;
  unsigned: boolean;
  bool?: boolean;
}

type Operand = CValue | { bytes: number[] } | { char: number };

export type EvalResult =
  | { kind: 'value'; value: CValue }
  | { kind: 'string'; bytes: number[] }
  | { kind: 'char'; value: number }
  | { kind: 'unknown' }
  | { kind: 'invalid' };

interface ExprEnv {
  /** An identifier's value; undefined: unknown; null: not a constant. */
  identifier(name: string): Operand | undefined | null;
  /** The integer type `tokens` name, for casts and `sizeof`; null: not a type name. */
  typeName?(tokens: Token[]): IntType | 'pointer' | undefined | null;
  /** `sizeof` of a type that is not an integer (a struct …); undefined when not known. */
  sizeOf?(tokens: Token[]): bigint | undefined;
  cexpr?: boolean;
}

type V = CValue | { bytes: number[] } | { char: number } | 'unknown' | 'invalid';

const INT: Pick<CValue, 'unsigned' | 'bits'> = { unsigned: false, bits: 32 };

export function normalize(v: bigint, bits: number, unsigned: boolean): bigint {
  const width = BigInt(bits);
  return unsigned ? BigInt.asUintN(bits, v) : BigInt.asIntN(Number(width), v);
}

function make(v: bigint, unsigned: boolean, bits: 32 | 64 | 128): CValue {
  return { v: normalize(v, bits, unsigned), unsigned, bits };
}

/** C's type for an integer literal (LP64), or undefined for a float or a malformed number. */
function parseIntLiteral(text: string): CValue | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)([uUlL]*)$/.exec(text);
  if (!m) return undefined;
  const digits = m[1];
  const suffix = m[2].toLowerCase();
  if (!/^(u?l{0,2}|l{1,2}u)$/.test(suffix)) return undefined;
  const v = /^0[0-7]+$/.test(digits) ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  const decimal = /^[1-9]/.test(digits) || digits === '0';
  const u = suffix.includes('u');
  const l = suffix.includes('l');
  const candidates: [boolean, 32 | 64][] = [];
  if (!l) {
    if (!u) candidates.push([false, 32]);
    if (u || !decimal) candidates.push([true, 32]);
  }
  if (!u) candidates.push([false, 64]);
  if (u || !decimal) candidates.push([true, 64]);
  for (const [unsigned, bits] of candidates) {
    const max = unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
    if (v <= max) return { v, unsigned, bits };
  }
  return undefined;
}

const ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, '0': 0, a: 7, b: 8, f: 12, v: 11, e: 27, '\\': 92, "'": 39, '"': 34, '?': 63 };

/** The bytes of a C string or char literal's contents, or undefined for what it cannot read. */
export function literalBytes(text: string): number[] | undefined {
  const m = /^(["'])([\s\S]*)\1$/.exec(text);
  if (!m) return undefined;
  const s = m[2];
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 127) return undefined;
    if (c !== 92) {
      out.push(c);
      continue;
    }
    const e = s[++i];
    if (e === 'x') {
      const hex = /^[0-9a-fA-F]+/.exec(s.slice(i + 1))?.[0];
      if (!hex) return undefined;
      out.push(parseInt(hex, 16) & 0xff);
      i += hex.length;
    } else if (e >= '0' && e <= '7') {
      const oct = /^[0-7]{1,3}/.exec(s.slice(i))![0];
      out.push(parseInt(oct, 8) & 0xff);
      i += oct.length - 1;
    } else if (e in ESCAPES) {
      out.push(ESCAPES[e]);
    } else {
      return undefined;
    }
  }
  return out;
}

function isInt(v: V): v is CValue {
  return typeof v === 'object' && 'v' in v;
}

/** The usual arithmetic conversions, for two integers already at least `int`. */
function common(a: CValue, b: CValue): Pick<CValue, 'unsigned' | 'bits'> {
  if (a.bits === b.bits) return { bits: a.bits, unsigned: a.unsigned || b.unsigned };
  return a.bits > b.bits ? { bits: a.bits, unsigned: a.unsigned } : { bits: b.bits, unsigned: b.unsigned };
}

class Evaluator {
  private i = 0;

  constructor(private readonly t: Token[], private readonly env: ExprEnv) {}

  run(): EvalResult {
    const v = this.comma();
    if (this.i < this.t.length) return { kind: 'invalid' };
    if (v === 'unknown' || v === 'invalid') return { kind: v };
    if ('bytes' in v) return { kind: 'string', bytes: v.bytes };
    if ('char' in v) return { kind: 'char', value: v.char };
    return { kind: 'value', value: v };
  }

  private peek(): string | undefined {
    return this.t[this.i]?.text;
  }

  private eat(s: string): boolean {
    if (this.peek() !== s) return false;
    this.i++;
    return true;
  }

  private comma(): V {
    let v = this.ternary();
    while (!this.env.cexpr && this.eat(',')) v = this.ternary();
    return v;
  }

  private ternary(): V {
    const c = this.binary(0);
    if (this.env.cexpr || this.peek() !== '?') return c;
    this.i++;
    const a = this.comma();
    if (!this.eat(':')) return 'invalid';
    const b = this.ternary();
    const cv = this.int(c);
    if (cv === 'invalid' || a === 'invalid' || b === 'invalid') return 'invalid';
    if (cv === 'unknown') return isInt(a) && isInt(b) && a.v === b.v ? a : 'unknown';
    return cv.v !== 0n ? a : b;
  }

  private static readonly LEVELS: string[][] = [
    ['||'], ['&&'], ['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>'], ['+', '-'], ['*', '/', '%'],
  ];

  private static readonly CEXPR_OPS = new Set(['|', '^', '&', '<<', '>>', '+', '-', '*', '/', '%']);

  private binary(level: number): V {
    if (level >= Evaluator.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    for (;;) {
      const op = this.peek();
      if (!op || !Evaluator.LEVELS[level].includes(op)) return left;
      if (this.env.cexpr && !Evaluator.CEXPR_OPS.has(op)) return 'invalid';
      this.i++;
      if (op === '&&' || op === '||') {
        const l = this.int(left);
        const right = this.binary(level + 1);
        const r = this.int(right);
        if (l === 'invalid' || r === 'invalid') return 'invalid';
        const short = op === '&&' ? 0n : 1n;
        if ((l !== 'unknown' && (l.v !== 0n ? 1n : 0n) === short) || (r !== 'unknown' && (r.v !== 0n ? 1n : 0n) === short)) {
          left = make(short, false, 32);
        } else if (l === 'unknown' || r === 'unknown') left = 'unknown';
        else left = make(1n - short, false, 32);
        continue;
      }
      left = this.apply(op, left, this.binary(level + 1));
    }
  }

  private int(v: V): CValue | 'unknown' | 'invalid' {
    if (v === 'unknown' || v === 'invalid') return v;
    if ('bytes' in v) return 'invalid';
    if ('char' in v) return make(BigInt(v.char), false, 32);
    return v;
  }

  private apply(op: string, a: V, b: V): V {
    if (this.env.cexpr) return this.applyCexpr(op, a, b);
    const x = this.int(a);
    const y = this.int(b);
    if (x === 'invalid' || y === 'invalid') return 'invalid';
    if (x === 'unknown' || y === 'unknown') return 'unknown';
    if (op === '<<' || op === '>>') {
      const n = y.v;
      if (n < 0n || n >= BigInt(x.bits)) return 'invalid';
      return make(op === '<<' ? x.v << n : x.v >> n, x.unsigned, x.bits);
    }
    const ty = common(x, y);
    const l = normalize(x.v, ty.bits, ty.unsigned);
    const r = normalize(y.v, ty.bits, ty.unsigned);
    const cmp = (c: boolean) => make(c ? 1n : 0n, INT.unsigned, INT.bits);
    switch (op) {
      case '+': return make(l + r, ty.unsigned, ty.bits);
      case '-': return make(l - r, ty.unsigned, ty.bits);
      case '*': return make(l * r, ty.unsigned, ty.bits);
      case '/': return r === 0n ? 'invalid' : make(l / r, ty.unsigned, ty.bits);
      case '%': return r === 0n ? 'invalid' : make(l % r, ty.unsigned, ty.bits);
      case '&': return make(l & r, ty.unsigned, ty.bits);
      case '|': return make(l | r, ty.unsigned, ty.bits);
      case '^': return make(l ^ r, ty.unsigned, ty.bits);
      case '==': return cmp(l === r);
      case '!=': return cmp(l !== r);
      case '<': return cmp(l < r);
      case '<=': return cmp(l <= r);
      case '>': return cmp(l > r);
      case '>=': return cmp(l >= r);
      default: return 'invalid';
    }
  }

  /** cexpr computes in wrapping i64 and concatenates strings. */
  private applyCexpr(op: string, a: V, b: V): V {
    if (a === 'invalid' || b === 'invalid') return 'invalid';
    if (a === 'unknown' || b === 'unknown') return 'unknown';
    if (!isInt(a) || !isInt(b)) return 'invalid';
    const l = a.v;
    const r = b.v;
    const w = (v: bigint) => make(v, false, 64);
    switch (op) {
      case '+': return w(l + r);
      case '-': return w(l - r);
      case '*': return w(l * r);
      case '/': return r === 0n ? 'invalid' : w(l / r);
      case '%': return r === 0n ? 'invalid' : w(l % r);
      case '&': return w(l & r);
      case '|': return w(l | r);
      case '^': return w(l ^ r);
      case '<<': return r < 0n || r >= 64n ? 'invalid' : w(l << r);
      case '>>': return r < 0n || r >= 64n ? 'invalid' : w(l >> r);
      default: return 'invalid';
    }
  }

  private unary(): V {
    const op = this.peek();
    if (op === '+' || op === '-' || op === '~' || op === '!') {
      if (this.env.cexpr && op === '!') return 'invalid';
      this.i++;
      const v = this.int(this.unary());
      if (v === 'unknown' || v === 'invalid') return v;
      if (this.env.cexpr) {
        const x = v.v;
        return make(op === '-' ? -x : op === '~' ? ~x : x, false, 64);
      }
      switch (op) {
        case '+': return v;
        case '-': return make(-v.v, v.unsigned, v.bits);
        case '~': return make(~v.v, v.unsigned, v.bits);
        default: return make(v.v === 0n ? 1n : 0n, false, 32);
      }
    }
    if (op === 'sizeof') return this.sizeof();
    if (op === '(' && !this.env.cexpr) {
      const cast = this.castType();
      if (cast === 'invalid' || cast === 'unknown') return cast;
      if (cast) {
        const v = this.int(this.unary());
        if (v === 'unknown' || v === 'invalid') return v;
        if (cast.bool) return make(v.v !== 0n ? 1n : 0n, false, 32);
        // Narrow types wrap to their width, then promote back to int.
        const narrowed = normalize(v.v, cast.bits, cast.unsigned);
        return cast.bits < 32 ? make(narrowed, false, 32) : make(narrowed, cast.unsigned, cast.bits as 32 | 64 | 128);
      }
    }
    return this.primary();
  }

  /** `(type)` at the cursor: its integer type (cursor moved past it), or undefined when not a cast. */
  private castType(): IntType | 'unknown' | 'invalid' | undefined {
    const close = this.closing(this.i);
    if (close < 0 || !this.env.typeName) return undefined;
    const inner = this.t.slice(this.i + 1, close);
    if (!inner.length || inner.some((t) => t.kind === 'number' || t.kind === 'string' || (t.kind === 'punct' && t.text !== '*'))) return undefined;
    const ty = this.env.typeName(inner);
    if (ty === null) return undefined;
    this.i = close + 1;
    if (ty === undefined) return 'unknown';
    if (ty === 'pointer') return 'invalid';
    return ty;
  }

  private closing(open: number): number {
    let depth = 0;
    for (let j = open; j < this.t.length; j++) {
      if (this.t[j].text === '(') depth++;
      else if (this.t[j].text === ')' && --depth === 0) return j;
    }
    return -1;
  }

  private sizeof(): V {
    if (this.env.cexpr) return 'invalid';
    this.i++;
    if (this.peek() !== '(') return 'unknown';
    const close = this.closing(this.i);
    if (close < 0) return 'invalid';
    const inner = this.t.slice(this.i + 1, close);
    this.i = close + 1;
    const ty = this.env.typeName?.(inner);
    if (ty === 'pointer') return make(8n, true, 64);
    if (ty) return make(BigInt(ty.bits / 8), true, 64);
    const size = this.env.sizeOf?.(inner);
    return size === undefined ? 'unknown' : make(size, true, 64);
  }

  private primary(): V {
    const t = this.t[this.i];
    if (!t) return 'invalid';
    if (t.text === '(') {
      this.i++;
      const v = this.comma();
      return this.eat(')') ? v : 'invalid';
    }
    this.i++;
    switch (t.kind) {
      case 'number': {
        const v = parseIntLiteral(t.text);
        if (!v) return 'invalid';
        return this.env.cexpr ? make(v.v, false, 64) : v;
      }
      case 'char': {
        const bytes = literalBytes(t.text);
        return bytes?.length === 1 ? { char: bytes[0] } : 'invalid';
      }
      case 'string': {
        if (!this.env.cexpr) return 'invalid';
        let bytes = literalBytes(t.text);
        // Adjacent strings (and macros that are strings) concatenate.
        while (bytes && (this.t[this.i]?.kind === 'string' || this.t[this.i]?.kind === 'ident')) {
          const next = this.t[this.i];
          const more = next.kind === 'string' ? literalBytes(next.text) : this.stringOf(next.text);
          if (more === 'unknown') return 'unknown';
          if (!more) break;
          bytes = [...bytes, ...more];
          this.i++;
        }
        return bytes ? { bytes } : 'invalid';
      }
      case 'ident': {
        const v = this.env.identifier(t.text);
        if (v === undefined) return 'unknown';
        if (v === null) return 'invalid';
        if ('bytes' in v && this.env.cexpr) {
          let bytes = v.bytes;
          while (this.t[this.i]?.kind === 'string' || this.t[this.i]?.kind === 'ident') {
            const next = this.t[this.i];
            const more = next.kind === 'string' ? literalBytes(next.text) : this.stringOf(next.text);
            if (more === 'unknown') return 'unknown';
            if (!more) break;
            bytes = [...bytes, ...more];
            this.i++;
          }
          return { bytes };
        }
        return v;
      }
      default:
        return 'invalid';
    }
  }

  private stringOf(name: string): number[] | undefined | 'unknown' {
    const v = this.env.identifier(name);
    if (v === undefined) return 'unknown';
    return v && 'bytes' in v ? v.bytes : undefined;
  }
}

export function evaluate(tokens: Token[], env: ExprEnv): EvalResult {
  if (!tokens.length) return { kind: 'invalid' };
  return new Evaluator(tokens, env).run();
}
