/**
 * A seeded, reproducible generator of the edits a person makes while typing in a kernel
 * file: tokens typed, deleted and replaced, brackets left open, `as` casts half typed, blocks
 * pasted from other files, non-ASCII text, CRLF and lone CR line ends. Edits depend only on the seed
 * and the texts, never on what a server answers, so a seed replays exactly.
 */
import { lineStarts, positionAt } from '../../server/src/core/text';
import type { Range } from '../../server/src/core/model';

/** mulberry32: small, fast, and the same sequence on every platform. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  chance(p: number): boolean {
    return this.next() < p;
  }
}

export type EditKind = 'insert-token' | 'delete-token' | 'replace-token' | 'delete-span' | 'bracket' | 'half-cast' | 'paste' | 'unicode' | 'crlf';

/** An edit in UTF-16 offsets of the text it applies to. */
export interface OffsetEdit {
  kind: EditKind;
  from: number;
  to: number;
  text: string;
}

const RUST_TOKENS = [
  'as', 'usize', 'u64', 'i32', 'i8', 'c_int', 'c_char', 'ffi::c_ulong', 'core::ffi::c_char', 'bindings::',
  'kernel::bindings::mutex_lock', 'bindings::mutex_lock(p)', 'unsafe', 'unsafe extern "C"', 'fn', 'let', 'mut', '*const',
  '*mut', '->', '::', ';', ',', '=', 'x', '0x80', '// SAFETY: fuzz\n', '// rfl-ffi: allow(unnecessary-cast)\n', 'impl',
  'pub', '#[repr(C)]', '"', "'", '/*', '*/', 'r#"', '&', 'self', 'use kernel::bindings::*;\n', 'match', '=>', '?',
];

const C_TOKENS = [
  '__rust_helper', '__rust_helper ', 'rust_helper_mutex_lock', 'rust_helper_', 'void', 'int', 'unsigned long', 'static',
  'inline', '#include "slab.c"\n', '#include "aaa.c"\n', '#include <linux/mutex.h>\n', '#define __rust_helper\n', 'return',
  ';', ',', '*', 'struct mutex', '/*', '*/', '//', '"', '\\', '#if 0\n', '#endif\n', 'EXPORT_SYMBOL_GPL(x);',
  '/* rfl-ffi: allow(missing-rust-helper) */', '__must_check', '__realloc_size(2', '__attribute__((', 'const',
];

const BRACKETS = ['(', ')', '{', '}', '[', ']', '<', '>'];
const HALF_CASTS = [' as', ' as ', ' as u', ' as usi', ' as *const ', ' as *mut c_', ' as c_', ' as core::ffi::', ' as ffi::c_ul'];
const UNICODE = ['🦀', '中文注释', 'é', 'e\u0301', '\u200b', '𝒳', '😀🏽', 'ÿ', '한국어', '\u00a0'];

const TOKEN_RE = /[A-Za-z_][A-Za-z0-9_]*|0x[0-9a-fA-F]+|\d+|::|->|=>|\S/y;

/** Moves an offset off the inside of a CRLF or a surrogate pair: a client never points there. */
export function snapOffset(text: string, offset: number): number {
  let o = Math.max(0, Math.min(offset, text.length));
  if (o > 0 && o < text.length) {
    if (text.charCodeAt(o - 1) === 13 && text.charCodeAt(o) === 10) o--;
    const prev = text.charCodeAt(o - 1);
    if (prev >= 0xd800 && prev <= 0xdbff) o--;
  }
  return o;
}

function tokenAt(text: string, offset: number): [number, number] | undefined {
  let i = offset;
  while (i < text.length && /\s/.test(text[i])) i++;
  TOKEN_RE.lastIndex = i;
  const m = TOKEN_RE.exec(text);
  if (!m) return undefined;
  let end = i + m[0].length;
  // \S matched half a surrogate pair: take the whole character.
  if (m[0].length === 1 && /[\ud800-\udbff]/.test(m[0])) end++;
  return [i, end];
}

function lineStartNear(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** A block of 1–20 whole lines from one of `sources`. */
function pastedBlock(rng: Rng, sources: readonly string[]): string {
  const lines = rng.pick(sources).split('\n');
  const start = rng.int(lines.length);
  const count = 1 + rng.int(20);
  return lines.slice(start, start + count).join('\n') + '\n';
}

export function nextEdit(rng: Rng, text: string, language: 'rust' | 'c', pasteSources: readonly string[], grownTooMuch: boolean): OffsetEdit {
  const at = snapOffset(text, rng.int(text.length + 1));
  const vocabulary = language === 'rust' ? RUST_TOKENS : C_TOKENS;
  const kinds: EditKind[] = grownTooMuch
    ? ['delete-token', 'delete-span', 'delete-span', 'replace-token']
    : ['insert-token', 'insert-token', 'delete-token', 'replace-token', 'delete-span', 'bracket', 'half-cast', 'paste', 'unicode', 'crlf'];
  const kind = rng.pick(kinds);
  const insert = (s: string): OffsetEdit => ({ kind, from: at, to: at, text: s });
  switch (kind) {
    case 'insert-token':
      return insert((rng.chance(0.5) ? ' ' : '') + rng.pick(vocabulary) + (rng.chance(0.5) ? ' ' : ''));
    case 'delete-token':
    case 'replace-token': {
      const tok = tokenAt(text, at);
      if (!tok) return insert(rng.pick(vocabulary));
      return { kind, from: tok[0], to: tok[1], text: kind === 'delete-token' ? '' : rng.pick(vocabulary) };
    }
    case 'delete-span': {
      const to = snapOffset(text, at + 1 + rng.int(200));
      return { kind, from: at, to, text: '' };
    }
    case 'bracket':
      return insert(rng.pick(BRACKETS).repeat(1 + rng.int(5)));
    case 'half-cast': {
      // Right after an identifier or a closing paren, where a cast is typed.
      const tok = tokenAt(text, at);
      const where = tok ? tok[1] : at;
      return { kind, from: where, to: where, text: rng.pick(HALF_CASTS) };
    }
    case 'paste': {
      const where = lineStartNear(text, at);
      return { kind, from: where, to: where, text: pastedBlock(rng, pasteSources) };
    }
    case 'unicode':
      return insert(rng.pick(UNICODE));
    case 'crlf': {
      // Turn the end of this line into CRLF, or type a CRLF (now and then an old Mac CR) here.
      const eol = text.indexOf('\n', at);
      if (eol > 0 && text[eol - 1] !== '\r' && rng.chance(0.6)) return { kind, from: eol, to: eol + 1, text: '\r\n' };
      return insert(rng.chance(0.8) ? '\r\n' : '\r');
    }
  }
}

export function applyOffsetEdit(text: string, e: OffsetEdit): string {
  return text.slice(0, e.from) + e.text + text.slice(e.to);
}

/** The LSP range of an offset edit in the text before it. */
export function lspRange(text: string, e: OffsetEdit): Range {
  const starts = lineStarts(text);
  return { start: positionAt(starts, e.from), end: positionAt(starts, e.to) };
}
