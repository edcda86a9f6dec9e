/**
 * The per-file parts of the index as plain JSON, for the host's persisted cache: the
 * generated bindings (the expensive part) and the kernel crate's binding uses. Types are
 * stored once in a table and referenced by number, and the file path, written once per
 * entry, is not repeated per item. Decoding checks the shape and returns undefined for
 * anything unexpected, so a damaged cache is rebuilt rather than trusted.
 */
import type { Range } from '../model';
import type { RustType } from '../types/rustType';
import type { BindingField, BindingSource, BindingsFile } from './bindings';
import type { BindingUse } from './kernelCrate';

/** Bumped whenever the shape of an entry or of what the indexers produce changes. */
export const PERSIST_FORMAT = 2;

type PackedRange = [number, number, number, number];

interface PackedBindings {
  source: BindingSource;
  types: RustType[];
  functions: [string, PackedRange, [string, number][], number, boolean, string | null, boolean, boolean][];
  statics: [string, PackedRange, number, boolean][];
  consts: [string, PackedRange, number, string][];
  aliases: [string, PackedRange, number][];
  structs: [string, PackedRange, 'struct' | 'union', [string, number][]][];
  problem: BindingsFile['problem'] | null;
}

function packRange(r: Range): PackedRange {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

function unpackRange(r: PackedRange): Range {
  return { start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } };
}

export function packBindings(f: BindingsFile): PackedBindings {
  const types: RustType[] = [];
  const ids = new Map<string, number>();
  const id = (t: RustType): number => {
    const key = JSON.stringify(t);
    let n = ids.get(key);
    if (n === undefined) {
      n = types.push(t) - 1;
      ids.set(key, n);
    }
    return n;
  };
  return {
    source: f.source,
    types,
    functions: f.functions.map((fn) => [
      fn.name, packRange(fn.nameRange), fn.params.map((p) => [p.name, id(p.type)]), id(fn.returnType),
      fn.variadic, fn.linkName ?? null, fn.mustUse, fn.unsafeExtern,
    ]),
    statics: f.statics.map((s) => [s.name, packRange(s.nameRange), id(s.type), s.mutable]),
    consts: f.consts.map((c) => [c.name, packRange(c.nameRange), id(c.type), c.value]),
    aliases: f.aliases.map((a) => [a.name, packRange(a.nameRange), id(a.target)]),
    structs: f.structs.map((s) => [s.name, packRange(s.nameRange), s.kind, [...s.fields.values()].map((x) => [x.name, id(x.type)])]),
    problem: f.problem ?? null,
  };
}

/** Throws on a malformed entry; the caller treats that as "not cached". */
export function unpackBindings(file: string, p: PackedBindings): BindingsFile {
  const { source, types } = p;
  const type = (n: number): RustType => {
    const t = types[n];
    if (!t || typeof t.kind !== 'string') throw new Error('bad type reference');
    return t;
  };
  // Object literals written out in full (no spreads): this runs for every item of a warm start.
  const range = (name: string, r: PackedRange): Range => {
    if (typeof name !== 'string' || !Array.isArray(r) || r.length !== 4) throw new Error('bad item');
    return unpackRange(r);
  };
  const out: BindingsFile = {
    file,
    source,
    functions: p.functions.map(([name, r, params, ret, variadic, linkName, mustUse, unsafeExtern]) => ({
      name, file, nameRange: range(name, r), source, params: params.map(([n, t]) => ({ name: n, type: type(t) })), returnType: type(ret),
      variadic, linkName: linkName ?? undefined, mustUse, unsafeExtern,
    })),
    statics: p.statics.map(([name, r, t, mutable]) => ({ name, file, nameRange: range(name, r), source, type: type(t), mutable })),
    consts: p.consts.map(([name, r, t, value]) => ({ name, file, nameRange: range(name, r), source, type: type(t), value })),
    aliases: p.aliases.map(([name, r, t]) => ({ name, file, nameRange: range(name, r), source, target: type(t) })),
    structs: p.structs.map(([name, r, kind, fields]) => ({
      name, file, nameRange: range(name, r), source, kind, fields: new Map<string, BindingField>(fields.map(([n, t]) => [n, { name: n, type: type(t) }])),
    })),
  };
  if (p.problem) out.problem = p.problem;
  return out;
}

type PackedUse = Omit<BindingUse, 'file' | 'range' | 'useRange'> & { range: PackedRange; useRange: PackedRange };

export function packUses(uses: BindingUse[]): PackedUse[] {
  return uses.map(({ file: _file, range, useRange, ...rest }) => ({ ...rest, range: packRange(range), useRange: packRange(useRange) }));
}

export function unpackUses(file: string, packed: PackedUse[]): BindingUse[] {
  return packed.map(({ range, useRange, ...rest }) => {
    if (typeof rest.binding !== 'string') throw new Error('bad use');
    return { ...rest, file, range: unpackRange(range), useRange: unpackRange(useRange) };
  });
}

export type PackedPart = { kind: 'bindings'; data: PackedBindings } | { kind: 'kernel'; data: PackedUse[] };
