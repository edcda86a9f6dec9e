/**
 * Typedefs that differ by arch and config (ffi-domain §3, "Types that no mapping table
 * covers"): the value each arch gives the Kconfig symbols that decide a typedef's width, and
 * which header definition of a typedef applies on an arch. The generated bindings record one
 * arch and one `.config`; this is how the other arches of the tree are known, or known to be
 * unknown. Data beside archTable.ts; the per-arch type view (types/perArch.ts) asks here.
 */
import { type Arch, kernelArchName, pointerBits } from './archTable';
import { headerArch, type TypedefDecl } from './index/headers';

/** How an arch sets a symbol: always, never, or only with one of these Kconfig options. */
type SymbolValue = boolean | { selectedBy: string[] };

/** Kconfig options a 32-bit arch may enable, per arch. */
function selectedOn(arch: Arch, by: Partial<Record<Arch, string[]>>): SymbolValue {
  const options = by[arch];
  return options ? { selectedBy: options } : false;
}

/**
 * The symbols typedef conditions use, per arch (6.12 and mainline Kconfig): mm/Kconfig makes
 * PHYS_ADDR_T_64BIT `def_bool 64BIT`, and ARM_LPAE (arm) and PHYS_64BIT (powerpc) select it;
 * kernel/dma/Kconfig makes ARCH_DMA_ADDR_T_64BIT `def_bool 64BIT || PHYS_ADDR_T_64BIT`, and
 * arm's XEN selects it too. Any other symbol is unknown, and so is what depends on it.
 */
const SYMBOLS: Record<string, (arch: Arch) => SymbolValue> = {
  CONFIG_64BIT: (a) => pointerBits(a) === 64,
  CONFIG_PHYS_ADDR_T_64BIT: (a) =>
    pointerBits(a) === 64 || selectedOn(a, { arm: ['CONFIG_ARM_LPAE'], powerpc: ['CONFIG_PHYS_64BIT'] }),
  CONFIG_ARCH_DMA_ADDR_T_64BIT: (a) =>
    pointerBits(a) === 64 || selectedOn(a, { arm: ['CONFIG_ARM_LPAE', 'CONFIG_XEN'], powerpc: ['CONFIG_PHYS_64BIT'] }),
};

/** `BITS_PER_LONG` (include/asm-generic/bitsperlong.h) and its uapi twin: the word size. */
const WORD_SIZE = new Set(['BITS_PER_LONG', '__BITS_PER_LONG']);

/** Symbols assumed set (true) or unset on an arch where a Kconfig option decides them. */
export type Assumptions = ReadonlyMap<string, boolean>;
export const NO_ASSUMPTIONS: Assumptions = new Map();

/** Whether a condition is about the config or the arch (not an include guard, `__KERNEL__` …). */
export function isConfigCondition(cond: string): boolean {
  return /\bCONFIG_\w+|\b(?:__)?BITS_PER_LONG\b/.test(cond);
}

/** The config symbols a condition names. */
function symbolsIn(cond: string): string[] {
  return [...new Set(cond.match(/\bCONFIG_\w+/g) ?? [])];
}

/** A symbol's value on an arch under `assume`: undefined when it cannot be known. */
function symbolValue(sym: string, arch: Arch | undefined, assume: Assumptions): boolean | undefined {
  const value = arch && SYMBOLS[sym]?.(arch);
  if (value === undefined) return undefined;
  return typeof value === 'boolean' ? value : assume.get(sym);
}

/** The Kconfig options that set `sym` on `arch`, where it is a choice there. */
function choiceSymbol(sym: string, arch: Arch): string[] | undefined {
  const value = SYMBOLS[sym]?.(arch);
  return typeof value === 'object' ? value.selectedBy : undefined;
}

// ---- preprocessor conditions, three-valued (undefined: cannot be decided) ----

type Value = boolean | number | undefined;

class ConditionEvaluator {
  private readonly tokens: string[];
  private i = 0;

  constructor(text: string, private readonly arch: Arch | undefined, private readonly assume: Assumptions) {
    this.tokens = text.match(/\w+|&&|\|\||[=!<>]=|[()!<>]/g) ?? [];
  }

  run(): boolean | undefined {
    const v = this.or();
    return this.i === this.tokens.length ? truth(v) : undefined;
  }

  private peek(): string | undefined {
    return this.tokens[this.i];
  }

  private or(): Value {
    let v = this.and();
    while (this.peek() === '||') {
      this.i++;
      const r = this.and();
      v = truth(v) === true || truth(r) === true ? true : truth(v) === false && truth(r) === false ? false : undefined;
    }
    return v;
  }

  private and(): Value {
    let v = this.comparison();
    while (this.peek() === '&&') {
      this.i++;
      const r = this.comparison();
      v = truth(v) === false || truth(r) === false ? false : truth(v) === true && truth(r) === true ? true : undefined;
    }
    return v;
  }

  private comparison(): Value {
    const l = this.unary();
    const op = this.peek();
    if (!op || !['==', '!=', '<', '>', '<=', '>='].includes(op)) return l;
    this.i++;
    const r = this.unary();
    if (typeof l !== 'number' || typeof r !== 'number') return undefined;
    switch (op) {
      case '==': return l === r;
      case '!=': return l !== r;
      case '<': return l < r;
      case '>': return l > r;
      case '<=': return l <= r;
      default: return l >= r;
    }
  }

  private unary(): Value {
    const t = this.tokens[this.i++];
    if (t === '!') {
      const v = truth(this.unary());
      return v === undefined ? undefined : !v;
    }
    if (t === '(') {
      const v = this.or();
      return this.tokens[this.i++] === ')' ? v : undefined;
    }
    if (t === 'defined' || t === 'IS_ENABLED' || t === 'IS_BUILTIN') {
      const paren = this.peek() === '(';
      if (paren) this.i++;
      const sym = this.tokens[this.i++];
      if (paren && this.tokens[this.i++] !== ')') return undefined;
      return sym ? this.symbol(sym) : undefined;
    }
    if (t === undefined) return undefined;
    if (/^\d+$/.test(t)) return Number(t);
    if (WORD_SIZE.has(t)) return this.arch && pointerBits(this.arch);
    return t.startsWith('CONFIG_') ? this.symbol(t) : undefined;
  }

  private symbol(sym: string): Value {
    if (WORD_SIZE.has(sym)) return this.arch ? true : undefined;
    return symbolValue(sym, this.arch, this.assume);
  }
}

function truth(v: Value): boolean | undefined {
  return typeof v === 'number' ? v !== 0 : v;
}

/** Whether a preprocessor condition holds on `arch` under `assume`; undefined when it cannot be decided. */
export function conditionHolds(cond: string, arch: Arch | undefined, assume: Assumptions): boolean | undefined {
  return new ConditionEvaluator(cond, arch, assume).run();
}

// ---- which definition of a typedef applies on an arch ----

export type TypedefOnArch =
  /** Not config- or arch-dependent: the generated bindings say what it is. */
  | { kind: 'fixed' }
  /** This definition applies; `decisive` are the symbols its conditions test, with their value there. */
  | { kind: 'defined'; decl: TypedefDecl; decisive: [string, boolean][] }
  /** A config choice on this arch decides it: which definition applies depends on `symbols`. */
  | { kind: 'choice'; symbols: string[]; candidates: TypedefDecl[] }
  | { kind: 'unknown'; why: string };

function configConditions(decl: TypedefDecl): string[] {
  return decl.conditions.filter(isConfigCondition);
}

function where(decl: TypedefDecl): string {
  return `${decl.path}:${decl.line + 1}`;
}

/**
 * Which of a typedef's header definitions applies on `arch` (undefined: an arch the table
 * does not know). A typedef with a definition under `arch/<dir>/` is an arch's own: each
 * arch takes its own header's, and an arch whose headers the tree lacks is unknown.
 */
export function typedefOn(decls: TypedefDecl[], arch: Arch | undefined, assume: Assumptions): TypedefOnArch {
  const perArch = decls.some((d) => headerArch(d.path) !== undefined);
  // Unconditional, or the same type whatever the config (an attribute aside).
  if (!perArch && (!decls.some((d) => configConditions(d).length) || new Set(decls.map((d) => d.type)).size === 1)) return { kind: 'fixed' };
  const name = decls[0].name;
  if (!arch) return { kind: 'unknown', why: `\`${name}\` depends on the arch` };
  const candidates = perArch ? decls.filter((d) => headerArch(d.path) === kernelArchName(arch)) : decls;
  if (!candidates.length) return { kind: 'unknown', why: `\`${name}\` is each arch's own type, and the tree has no header defining it there` };
  const active: TypedefDecl[] = [];
  const choices = new Set<string>();
  for (const d of candidates) {
    const conds = configConditions(d);
    const values = conds.map((c) => conditionHolds(c, arch, assume));
    if (values.includes(false)) continue;
    if (values.every((v) => v === true)) {
      active.push(d);
      continue;
    }
    const open = conds.filter((_, i) => values[i] === undefined).flatMap(symbolsIn).filter((s) => choiceSymbol(s, arch) && !assume.has(s));
    if (!open.length) return { kind: 'unknown', why: `\`#if ${conds.find((_, i) => values[i] === undefined)}\` (${where(d)}) cannot be decided on ${arch}` };
    open.forEach((s) => choices.add(s));
  }
  if (choices.size) return { kind: 'choice', symbols: [...choices], candidates };
  const types = new Set(active.map((d) => d.type));
  if (types.size !== 1) {
    return { kind: 'unknown', why: active.length ? `\`${name}\` has ${active.length} definitions on ${arch} (${active.map(where).join(', ')})` : `no definition of \`${name}\` applies on ${arch}` };
  }
  const decl = active[0];
  const decisive: [string, boolean][] = [];
  for (const s of new Set(configConditions(decl).flatMap(symbolsIn))) {
    const v = symbolValue(s, arch, assume);
    if (v !== undefined) decisive.push([s, v]);
  }
  return { kind: 'defined', decl, decisive };
}

// ---- the config choices of an arch ----

/** One choice of the symbols that decide some typedefs on an arch: `without CONFIG_ARM_LPAE`. */
export interface ConfigChoice {
  assume: Assumptions;
  /** Empty when nothing is a choice. */
  label: string;
}

function phrase(value: boolean, options: string[]): string {
  if (value) return `with ${options.join(' or ')}`;
  return options.length === 1 ? `without ${options[0]}` : `with neither ${options.join(' nor ')}`;
}

/**
 * The distinct settings of `symbols` on `arch`, from every setting of the Kconfig options
 * that select them (so that, on arm, PHYS_ADDR_T_64BIT without ARCH_DMA_ADDR_T_64BIT never
 * occurs). One choice with no assumptions when none of them is a choice there.
 */
export function configChoices(arch: Arch, symbols: Iterable<string>): ConfigChoice[] {
  const selectors = new Map<string, string[]>();
  for (const s of symbols) {
    const by = choiceSymbol(s, arch);
    if (by) selectors.set(s, by);
  }
  if (!selectors.size) return [{ assume: NO_ASSUMPTIONS, label: '' }];
  const options = [...new Set([...selectors.values()].flat())];
  const seen = new Map<string, ConfigChoice>();
  for (let bits = (1 << options.length) - 1; bits >= 0; bits--) {
    const enabled = new Set(options.filter((_, i) => bits & (1 << i)));
    const assume = new Map([...selectors].map(([s, by]) => [s, by.some((o) => enabled.has(o))]));
    const key = [...assume.values()].join();
    if (seen.has(key)) continue;
    // A symbol whose value another one implies goes unsaid (with LPAE implies the DMA symbol set).
    const implied = (s: string) => [...selectors.keys()].some((t) => {
      if (t === s || assume.get(t) !== assume.get(s)) return false;
      const [small, large] = assume.get(s) ? [selectors.get(t)!, selectors.get(s)!] : [selectors.get(s)!, selectors.get(t)!];
      return small.length < large.length && small.every((o) => large.includes(o));
    });
    const phrases = [...new Set([...selectors].filter(([s]) => !implied(s)).map(([s, by]) => phrase(assume.get(s)!, by)))];
    seen.set(key, { assume, label: phrases.join(', ') });
  }
  return [...seen.values()];
}
