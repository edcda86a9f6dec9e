/**
 * `rfl-ffi bindings NAME… [--from-headers] [--format text|json] [--tree DIR] [--objtree DIR]`:
 * what `bindings::NAME` is in the tree's bindings, or would be once bindgen has run (the
 * headers-only model): its kind, its Rust declaration as the generated file holds it, and
 * where it comes from.
 */
import * as path from 'node:path';
import { displayLocation } from '../core/features/hover';
import type { BindingsItems, ItemKind, Located } from '../core/index/bindings';
import { generatedItemText } from '../core/index/declarationText';
import type { DerivedItems, UnknownReason } from '../core/index/headerBindings';
import { readText } from '../host/files';
import { type LoadedProject, loadProject, resolveSrctree } from '../host/kernelTree';
import { type CommandSpec, type ParsedCommand, UsageError, stringValue } from './args';
import { type Command, FROM_HEADERS, type Io, OBJTREE, TREE } from './command';

export type BindingKind = 'function' | 'static' | 'const' | 'type' | 'struct' | 'union' | 'unknown';

export interface BindingEntry {
  name: string;
  kind: BindingKind;
  /** The item as the generated file holds (or would hold) it, without attributes and doc comments. */
  declaration: string | null;
  /** `file:line`: the generated item, or the C declaration (header or helper) it is derived from. */
  source: string | null;
}

const KINDS: [ItemKind, (it: Located) => BindingKind][] = [
  ['functions', () => 'function'],
  ['statics', () => 'static'],
  ['consts', () => 'const'],
  ['aliases', () => 'type'],
  ['structs', (it) => ((it as { kind?: string }).kind === 'union' ? 'union' : 'struct')],
];

function isDerived(f: BindingsItems): f is DerivedItems {
  return 'derive' in f;
}

/** What `bindings::name` resolves to, kind by kind; one `unknown` entry (and why) when nothing. */
function bindingEntries(project: LoadedProject, name: string, read: (file: string) => string | undefined): { entries: BindingEntry[]; why: UnknownReason[] } {
  const b = project.index.bindings;
  const tables = { functions: b.functions, statics: b.statics, consts: b.consts, aliases: b.aliases, structs: b.structs };
  const entries: BindingEntry[] = [];
  for (const [kind, label] of KINDS) {
    const item = tables[kind].get(name) as Located | undefined;
    if (!item) continue;
    const part = item.fromHeaders ? b.files.find((f) => f.source === item.source && isDerived(f)) : undefined;
    const declaration = part && isDerived(part)
      ? part.derive(name).items.find((i) => i.kind === kind)?.declaration
      : generatedItemText(read(item.file) ?? '', item.nameRange.start.line)?.trim();
    entries.push({ name, kind: label(item), declaration: declaration ?? null, source: displayLocation(project.model, item.file, item.nameRange.start.line) });
  }
  if (entries.length) return { entries, why: [] };
  const why = b.files.filter(isDerived).flatMap((f) => f.derive(name).unknown);
  const at = why.find((w) => w.file && w.range);
  return {
    entries: [{ name, kind: 'unknown', declaration: null, source: at ? displayLocation(project.model, at.file!, at.range!.start.line) : null }],
    why,
  };
}

function formatText(entries: BindingEntry[], why: Map<string, UnknownReason[]>): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${e.name}: ${e.kind}${e.source ? ` (${e.source})` : ''}`);
    if (e.declaration) out.push(...e.declaration.split('\n').map((l) => `    ${l}`));
    else {
      const reasons = why.get(e.name) ?? [];
      out.push(`    ${reasons.length ? `unknown: ${[...new Set(reasons.map((r) => r.why))].join('; ')}` : 'not in the bindings'}`);
    }
  }
  return out.join('\n');
}

const BINDINGS: CommandSpec = {
  name: 'bindings',
  operands: 'NAME…',
  summary: 'Prints what bindings::NAME is: its kind, Rust declaration and origin.',
  details: 'From bindgen\'s generated files, or, before the first build (or with --from-headers), as bindgen would ' +
    'generate it from the C headers; a name that cannot be derived for certain is unknown, and says why.',
  options: [
    { ...TREE, help: 'the kernel source tree (default: found from the working directory, walking up)' },
    OBJTREE, FROM_HEADERS,
    { name: 'format', value: 'text|json', help: 'text (default) or json' },
  ],
  example: 'rfl-ffi bindings mutex_lock GFP_KERNEL --tree ~/linux --from-headers',
};

function runBindings(args: ParsedCommand, io: Io): number {
  const format = stringValue(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format is text or json');
  const positionals = args.positionals;
  if (!positionals.length) throw new UsageError('bindings needs at least one name (what Rust writes after `bindings::`)');
  const srctree = resolveSrctree(path.resolve(io.cwd, stringValue(args, 'tree') ?? '.'));
  const project = loadProject(srctree, { objtree: stringValue(args, 'objtree'), fromHeaders: args.values['from-headers'] === true });
  for (const n of project.notes) if (n.severity !== 'info') io.err(`rfl-ffi: ${n.severity}: ${n.message}`);
  if (project.notes.some((n) => n.severity === 'error')) return 2;
  const texts = new Map<string, string | undefined>();
  const read = (file: string) => {
    if (!texts.has(file)) {
      const r = readText(file);
      texts.set(file, r.ok ? r.text : undefined);
    }
    return texts.get(file);
  };
  const entries: BindingEntry[] = [];
  const why = new Map<string, UnknownReason[]>();
  for (const name of positionals) {
    const r = bindingEntries(project, name, read);
    entries.push(...r.entries);
    if (r.why.length) why.set(name, r.why);
  }
  io.out(format === 'json' ? JSON.stringify({ bindings: entries }, null, 2) : formatText(entries, why));
  return 0;
}

export const bindings: Command = { spec: BINDINGS, run: runBindings };
