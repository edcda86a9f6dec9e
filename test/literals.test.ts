import { describe, expect, it } from 'vitest';
import { byteLiteralValue, byteStringBytes, intLiteralValue } from '../server/src/core/types/literals';

describe('literal values', () => {
  it.each([
    ['200', 200], ['0xE9u8', 0xe9], ['0b1000_0000', 0x80], ['0o377', 0xff], ['1_000i32', 1000], ['0x1f32', 0x1f32],
  ])('integer %s is %d', (text, value) => {
    expect(intLiteralValue(text)).toBe(value);
  });

  it('reads no value from what is not an integer literal', () => {
    expect([intLiteralValue('1.5'), intLiteralValue('x'), intLiteralValue('0xZZ')]).toEqual([undefined, undefined, undefined]);
  });

  it.each([
    ["b'a'", 0x61], ["b'\\xe9'", 0xe9], ["b'\\n'", 0x0a], ["b'\\''", 0x27], ["b'\\\\'", 0x5c], ["b'\\0'", 0],
  ])('byte %s is %d', (text, value) => {
    expect(byteLiteralValue(text)).toBe(value);
  });

  it('reads a char literal as no byte', () => {
    expect([byteLiteralValue("'a'"), byteLiteralValue("b'ab'")]).toEqual([undefined, undefined]);
  });

  it('reads the bytes of byte strings: escapes, line continuations, raw strings', () => {
    expect(byteStringBytes('b"caf\\xe9\\0"')).toEqual([0x63, 0x61, 0x66, 0xe9, 0]);
    expect(byteStringBytes('b"a\\\n    b"')).toEqual([0x61, 0x62]);
    expect(byteStringBytes('br"\\x"')).toEqual([0x5c, 0x78]);
    expect(byteStringBytes('br#"a"b"#')).toEqual([0x61, 0x22, 0x62]);
    expect([byteStringBytes('"abc"'), byteStringBytes('c"abc"'), byteStringBytes('b"\\q"')]).toEqual([undefined, undefined, undefined]);
  });
});
