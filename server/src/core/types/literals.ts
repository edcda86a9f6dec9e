/**
 * The values of Rust literals as written: integers (any base, `_`, a type suffix), byte
 * literals `b'…'` and byte strings `b"…"` / `br"…"`, whose bytes the `c_char` rules judge.
 */

/** The value of an integer literal (`200`, `0xE9u8`, `0b1000_0000`), or undefined. */
export function intLiteralValue(text: string): number | undefined {
  const m = /^(0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*)(?:[iu](?:8|16|32|64|128|size))?$/i.exec(text);
  if (!m) return undefined;
  const digits = m[1].replace(/_/g, '');
  const v = /^0[xob]/i.test(digits) ? Number(digits.toLowerCase()) : Number(digits);
  return Number.isSafeInteger(v) ? v : undefined;
}

const UTF8 = new TextEncoder();

const SIMPLE_ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, '\\': 0x5c, '0': 0, "'": 0x27, '"': 0x22 };

/** The bytes between the quotes of a byte literal or byte string, with escapes decoded. */
function unescapeBytes(body: string): number[] | undefined {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      out.push(...UTF8.encode(c));
      continue;
    }
    const e = body[++i];
    if (e === 'x') {
      const hex = body.slice(i + 1, i + 3);
      if (!/^[0-9a-f]{2}$/i.test(hex)) return undefined;
      out.push(parseInt(hex, 16));
      i += 2;
    } else if (e === '\n' || e === '\r') {
      // A line continuation: the newline and the next line's leading whitespace are dropped.
      while (i + 1 < body.length && /\s/.test(body[i + 1])) i++;
    } else if (e !== undefined && e in SIMPLE_ESCAPES) {
      out.push(SIMPLE_ESCAPES[e]);
    } else {
      return undefined;
    }
  }
  return out;
}

/** The value of a byte literal `b'x'`, `b'\xe9'`, or undefined for anything else. */
export function byteLiteralValue(text: string): number | undefined {
  if (!text.startsWith("b'") || !text.endsWith("'")) return undefined;
  const bytes = unescapeBytes(text.slice(2, -1));
  return bytes?.length === 1 ? bytes[0] : undefined;
}

/** The bytes of a byte string `b"…"` or raw byte string `br"…"`/`br#"…"#`, or undefined. */
export function byteStringBytes(text: string): number[] | undefined {
  const raw = /^br(#*)"([\s\S]*)"\1$/.exec(text);
  if (raw) return [...UTF8.encode(raw[2])];
  if (!text.startsWith('b"') || !text.endsWith('"') || text.length < 3) return undefined;
  return unescapeBytes(text.slice(2, -1));
}
