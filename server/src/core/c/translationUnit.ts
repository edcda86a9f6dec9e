/**
 * A C translation unit as bindgen's clang would see it, read lazily and evaluated only as
 * far as a question needs: which headers it enters (in preprocessor order), whether a stretch
 * of a header is compiled (its `#if` branches under the tree's `.config`), what a macro is at
 * a given place, and a macro expansion. Every answer is three-valued: true, false, or
 * unknown (`undefined`) when the headers alone cannot say (no `.config` yet, a header that is
 * not there, `__has_attribute`, a conflict), and an unknown never turns into a guess.
 * Work is bounded: include cycles are cut, expansions and evaluations have budgets.
 */
import { type Branch, type DefineSite, type HeaderOutline, type HeaderStructure, headerOutline, headerStructure } from './headerStructure';
import { synthetic, type Token, tokenize } from './lex';
import { evaluate, type CValue } from './constExpr';

export type Tri = boolean | undefined;

export function and3(a: Tri, b: () => Tri): Tri {
  if (a === false) return false;
  const c = b();
  if (c === false) return false;
  return a === true && c === true ? true : undefined;
}

function not3(a: Tri): Tri {
  return a === undefined ? undefined : !a;
}

/** How the translation unit reaches files; the host implements it over the disk. */
export interface IncludeSource {
  text(file: string): string | undefined;
  /** The file `#include <name>` (or `"name"`) in `from` opens, on the tree's include paths. */
  resolve(name: string, system: boolean, from: string): string | undefined;
}

interface TranslationUnitOptions {
  /** What the compiler reads first, in order: the forced `-include`s, then the root header. */
  roots: string[];
  /** Macros of the command line and of the compiler: name → replacement text. */
  predefined: ReadonlyMap<string, string>;
  /** Kconfig's output (`include/generated/autoconf.h`): present, it says which CONFIG_ macros are off. */
  configHeader: string;
  /** Names that may be the compiler's own macros although no header defines them: unknown, not absent. */
  maybeCompilerMacro?: (name: string) => boolean;
  /** Names surely undefined for this compile although nothing in the unit says so. */
  surelyUndefined?: (name: string) => boolean;
  /** Header structures, outlines and word filters by file, shared with other units over the same files. */
  structures?: Map<string, HeaderStructure>;
  outlines?: Map<string, HeaderOutline>;
  wordFilters?: Map<string, Uint32Array>;
}

/** A token inside a macro expansion, with the macros it may not expand again. */
export interface XToken extends Token {
  hide?: readonly string[];
}

type MacroStatus =
  | { kind: 'none' }
  | { kind: 'macro'; def: DefineSite; file: string }
  | { kind: 'unknown'; candidates: { def: DefineSite; file: string }[] };

interface Site {
  file: string;
  def: DefineSite;
}

/** A place in the translation unit: a file and an offset in it. */
interface Place {
  file: string;
  offset: number;
}

/** How kconfig.h includes Kconfig's output. */
const CONFIG_INCLUDE = 'generated/autoconf.h';

/** What one expansion may still cost, and why it stopped when it did. */
export interface ExpansionBudget {
  left: number;
  failed?: string;
}

/** Bounds on one expansion: a hostile macro cannot make it loop or explode. */
export const EXPANSION_BUDGET = 200_000;
const MAX_DEPTH = 48;

/** Attributes that change what bindgen emits; any other attribute can be dropped. */
const SIGNIFICANT_ATTRIBUTES = new Set(['aligned', 'packed', 'mode', 'vector_size', 'transparent_union', 'warn_unused_result']);

export function attributeName(name: string): string {
  return name.replace(/^__(.*)__$/, '$1');
}

const UNKNOWN = '\u0000unknown';
const UNKNOWN_TOKEN: XToken = synthetic('ident', UNKNOWN);

export class TranslationUnit {
  /** Files in the order the preprocessor first enters them. */
  readonly files: string[] = [];
  readonly configKnown: boolean;
  readonly #source: IncludeSource;
  readonly #options: TranslationUnitOptions;
  readonly #structures: Map<string, HeaderStructure>;
  readonly #entered = new Set<string>();
  /** Per file, the `#include`s that open it (the includer and the directive's offset). */
  readonly #openedBy = new Map<string, { from: string; offset: number }[]>();
  /** Per file, the place of the `#include` that first opened it; roots have none. */
  readonly #firstOpen = new Map<string, { from: string; offset: number }>();
  readonly #rootIndex = new Map<string, number>();
  /** Per macro name, the files with a `#define` or `#undef` line of it (confirmed by their structure). */
  readonly #macroFiles = new Map<string, string[]>();
  readonly #unresolved: { file: string; offset: number; name?: string }[] = [];
  /** Files an `#include` reaches again while they are still being read: a cycle, unless a guard stops it. */
  readonly #cycles = new Set<string>();
  readonly #branchMemo = new Map<string, Tri>();
  readonly #fileMemo = new Map<string, Tri>();
  readonly #inProgress = new Set<string>();
  readonly #predefined = new Map<string, DefineSite>();
  readonly #eventMemo = new Map<string, { place: Place; branch?: Branch; def?: DefineSite }[]>();
  readonly #orderMemo = new Map<string, number[]>();
  #absenceCertain: boolean | undefined;
  #wordFilters: Uint32Array[] | undefined;
  #lookups = 0;
  #assumeAbsence = false;
  #depth = 0;

  constructor(source: IncludeSource, options: TranslationUnitOptions) {
    this.#source = source;
    this.#options = options;
    for (const [name, body] of options.predefined) {
      this.#predefined.set(name, { name, variadic: false, body: tokenize(body), offset: -1 });
    }
    this.#structures = options.structures ?? new Map();
    this.#walk(options.roots);
    this.configKnown = this.#entered.has(options.configHeader);
  }

  /** A header's full structure, read when a question first needs it. */
  structure(file: string): HeaderStructure | undefined {
    let s = this.#structures.get(file);
    if (!s && this.#entered.has(file)) {
      const text = this.#source.text(file);
      if (text === undefined) return undefined;
      this.#structures.set(file, (s = headerStructure(text)));
    }
    return s;
  }

  /** The branch of the `#include` at `offset` of `from`; null when the structure has no such directive (it was in a comment). */
  #includeBranch(from: string, offset: number): Branch | undefined | null {
    const inc = this.structure(from)?.includes.find((i) => i.start === offset);
    return inc ? inc.branch : null;
  }

  text(file: string): string | undefined {
    return this.#source.text(file);
  }

  /**
   * Depth first, as the preprocessor reads: each header once (the include guards' effect).
   * Only the directive lines are read here (`headerOutline`); which `#if` branch an include
   * sits in is decided later, when a question needs it.
   */
  #walk(roots: string[]): void {
    roots.forEach((r, i) => this.#rootIndex.set(r, i));
    const enter = (file: string) => {
      const text = this.#source.text(file);
      if (text === undefined) return undefined;
      this.#entered.add(file);
      this.files.push(file);
      let outline = this.#options.outlines?.get(file);
      if (!outline) {
        outline = headerOutline(text);
        this.#options.outlines?.set(file, outline);
      }
      for (const name of new Set(outline.macros)) {
        const list = this.#macroFiles.get(name);
        if (!list) this.#macroFiles.set(name, [file]);
        else list.push(file);
      }
      return outline;
    };
    for (const root of roots) {
      if (this.#entered.has(root)) continue;
      const rootOutline = enter(root);
      if (!rootOutline) continue;
      const stack = [{ file: root, includes: rootOutline.includes, next: 0 }];
      while (stack.length) {
        const top = stack[stack.length - 1];
        if (top.next >= top.includes.length) {
          stack.pop();
          continue;
        }
        const inc = top.includes[top.next++];
        const target = inc.name === undefined ? undefined : this.#source.resolve(inc.name, inc.system, top.file);
        if (!target) {
          this.#unresolved.push({ file: top.file, offset: inc.start, name: inc.name });
          continue;
        }
        let sites = this.#openedBy.get(target);
        if (!sites) this.#openedBy.set(target, (sites = []));
        sites.push({ from: top.file, offset: inc.start });
        if (this.#entered.has(target)) {
          if (stack.some((f) => f.file === target)) this.#cycles.add(target);
          continue;
        }
        const outline = enter(target);
        if (!outline) continue;
        this.#firstOpen.set(target, { from: top.file, offset: inc.start });
        stack.push({ file: target, includes: outline.includes, next: 0 });
      }
    }
  }

  /** Whether `a` comes before `b` in the preprocessed text. */
  before(a: Place, b: Place): boolean {
    return compareKeys(this.#orderKey(a), this.#orderKey(b)) < 0;
  }

  #orderKey(p: Place): number[] {
    return [...this.#fileKey(p.file), p.offset];
  }

  /** The root's index, then the offsets of the `#include`s leading from it to `file`. */
  #fileKey(file: string): number[] {
    const memo = this.#orderMemo.get(file);
    if (memo) return memo;
    const key: number[] = [];
    const start = file;
    for (let i = 0; i < 256; i++) {
      const open = this.#firstOpen.get(file);
      if (!open) break;
      key.unshift(open.offset);
      file = open.from;
    }
    key.unshift(this.#rootIndex.get(file) ?? -1);
    this.#orderMemo.set(start, key);
    return key;
  }

  /**
   * Whether the preprocessor enters `file` at all. A header in an `#include` cycle without an
   * include guard is unknown: the compiler would include it until its nesting limit and fail.
   */
  fileState(file: string): Tri {
    if (this.#cycles.has(file) && !this.structure(file)?.groups.some((g) => g.guard)) return undefined;
    if (this.#rootIndex.has(file)) return true;
    const memo = this.#fileMemo.get(file);
    if (memo !== undefined || this.#fileMemo.has(file)) return memo;
    if (this.#inProgress.has(`f:${file}`)) return false;
    this.#inProgress.add(`f:${file}`);
    let state: Tri = false;
    for (const site of this.#openedBy.get(file) ?? []) {
      const branch = this.#includeBranch(site.from, site.offset);
      if (branch === null) continue;
      const s = and3(this.fileState(site.from), () => this.branchState(site.from, branch));
      if (s === true) {
        state = true;
        break;
      }
      if (s === undefined) state = undefined;
    }
    this.#inProgress.delete(`f:${file}`);
    this.#fileMemo.set(file, state);
    return state;
  }

  /** Whether code in `branch` of `file` is compiled (the file entered, every enclosing branch taken). */
  placeState(file: string, branch: Branch | undefined): Tri {
    return and3(this.fileState(file), () => this.branchState(file, branch));
  }

  branchState(file: string, branch: Branch | undefined): Tri {
    if (!branch) return true;
    const key = `${file}\u0000${branch.group}:${branch.index}`;
    const memo = this.#branchMemo.get(key);
    if (memo !== undefined || this.#branchMemo.has(key)) return memo;
    if (this.#inProgress.has(key) || this.#depth > MAX_DEPTH) return undefined;
    this.#inProgress.add(key);
    this.#depth++;
    let state: Tri;
    try {
      const s = this.structure(file)!;
      const group = s.groups[branch.group];
      if (s.problem) state = undefined;
      else {
        state = this.branchState(file, group.parent);
        if (state !== false && !group.guard) {
          for (let i = 0; i < branch.index && state !== false; i++) {
            const earlier = group.branches[i];
            state = and3(state, () => not3(this.#condition(file, earlier)));
          }
          if (branch.kind !== 'else') state = and3(state, () => this.#condition(file, branch));
        }
      }
    } finally {
      this.#depth--;
      this.#inProgress.delete(key);
    }
    this.#branchMemo.set(key, state);
    return state;
  }

  #condition(file: string, b: Branch): Tri {
    const at = { file, offset: b.exprOffset };
    if (b.kind === 'ifdef' || b.kind === 'ifndef') {
      const name = tokenize(b.expr)[0];
      const d = name?.kind === 'ident' ? this.isDefined(name.text, at) : undefined;
      return b.kind === 'ifdef' ? d : not3(d);
    }
    const value = this.evaluateCondition(tokenize(b.expr), at);
    return value === undefined ? undefined : value.v !== 0n;
  }

  /**
   * The value of an `#if` expression: `defined`, `__has_*` (unknown), macros expanded,
   * identifiers left over are 0.
   */
  evaluateCondition(tokens: Token[], at?: Place): CValue | undefined {
    const pre = this.#replaceDefined(tokens, at);
    const expanded = this.expand(pre, at);
    if (!expanded) return undefined;
    const again = this.#replaceDefined(expanded, at);
    const result = evaluate(again, {
      // What is left after expansion is no macro: 0, as the standard says (`true` too: it is an enum here).
      identifier: (name) => (name === UNKNOWN ? undefined : { v: 0n, unsigned: false, bits: 32 }),
    });
    return result.kind === 'value' ? result.value : undefined;
  }

  #replaceDefined(tokens: readonly XToken[], at?: Place): XToken[] {
    const out: XToken[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'ident' && t.text === 'defined') {
        let j = i + 1;
        const paren = tokens[j]?.text === '(';
        if (paren) j++;
        const name = tokens[j];
        if (name?.kind !== 'ident') {
          out.push(UNKNOWN_TOKEN);
          continue;
        }
        if (paren && tokens[j + 1]?.text !== ')') {
          out.push(UNKNOWN_TOKEN);
          continue;
        }
        const d = this.isDefined(name.text, at);
        out.push(d === undefined ? UNKNOWN_TOKEN : synthetic('number', d ? '1' : '0'));
        i = paren ? j + 1 : j;
        continue;
      }
      if (t.kind === 'ident' && /^__has_/.test(t.text) && tokens[i + 1]?.text === '(') {
        const close = matching(tokens, i + 1);
        out.push(UNKNOWN_TOKEN);
        i = close < 0 ? tokens.length : close;
        continue;
      }
      out.push(t);
    }
    return out;
  }

  /** Whether `name` is a macro at `at` (anywhere in the unit when no place is given). */
  isDefined(name: string, at?: Place): Tri {
    const s = this.macro(name, at);
    return s.kind === 'none' ? false : s.kind === 'macro' ? true : undefined;
  }

  /** Whether a name nothing in the translation unit defines is surely no macro. */
  #absent(name: string): Tri {
    if (this.#options.surelyUndefined?.(name)) return true;
    if (this.#options.maybeCompilerMacro?.(name)) return undefined;
    if (name.startsWith('CONFIG_')) return this.configKnown ? true : undefined;
    if (this.#assumeAbsence) return true;
    if (this.#absenceCertain === undefined) {
      // Decided assuming it, then kept only if consistent: the missing headers must all sit in
      // branches that are not compiled (another arch's, another config's).
      this.#assumeAbsence = true;
      let certain = true;
      try {
        for (const u of this.#unresolved) {
          if (!certain) break;
          // Kconfig's output defines CONFIG_ macros only, and those are unknown without it anyway.
          if (u.name === CONFIG_INCLUDE) continue;
          const branch = this.#includeBranch(u.file, u.offset);
          if (branch !== null && this.placeState(u.file, branch) !== false) certain = false;
        }
      } finally {
        this.#assumeAbsence = false;
      }
      if (!certain) {
        this.#branchMemo.clear();
        this.#fileMemo.clear();
      }
      this.#absenceCertain = certain;
    }
    return this.#absenceCertain ? true : undefined;
  }

  /**
   * What `name` is at `at`: the last `#define` or `#undef` of it before that place that is
   * compiled decides; one whose branch is unknown, coming after, makes it unknown.
   */
  macro(name: string, at?: Place): MacroStatus {
    const pre = this.#predefined.get(name);
    if (pre) return { kind: 'macro', def: pre, file: '<command line>' };
    const events = this.#events(name);
    const candidates: Site[] = [];
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (at && !this.before(e.place, at)) continue;
      const st = this.placeState(e.place.file, e.branch);
      if (st === false) continue;
      if (st === undefined) {
        if (e.def) candidates.push({ file: e.place.file, def: e.def });
        continue;
      }
      if (candidates.length) {
        if (e.def) candidates.push({ file: e.place.file, def: e.def });
        return { kind: 'unknown', candidates };
      }
      return e.def ? { kind: 'macro', def: e.def, file: e.place.file } : { kind: 'none' };
    }
    if (candidates.length) return { kind: 'unknown', candidates };
    return this.#absent(name) ? { kind: 'none' } : { kind: 'unknown', candidates: [] };
  }

  /** The `#define`s and `#undef`s of a name in translation-unit order. */
  #events(name: string): { place: Place; branch?: Branch; def?: DefineSite }[] {
    let list = this.#eventMemo.get(name);
    if (list) return list;
    list = [];
    for (const file of this.#macroFiles.get(name) ?? []) {
      const s = this.structure(file);
      for (const d of s?.definesOf(name) ?? []) list.push({ place: { file, offset: d.offset }, branch: d.branch, def: d });
      for (const u of s?.undefs ?? []) if (u.name === name) list.push({ place: { file, offset: u.offset }, branch: u.branch });
    }
    if (list.length > 1) {
      const keys = new Map(list.map((e) => [e, this.#orderKey(e.place)]));
      list.sort((a, b) => compareKeys(keys.get(a)!, keys.get(b)!));
    }
    this.#eventMemo.set(name, list);
    return list;
  }

  /**
   * The macro expansion of `tokens` (arguments pre-expanded, `#`, `##`, `__VA_ARGS__`, the
   * hide sets of the standard's rescanning), or undefined when some macro's definition is
   * unknown here or the budget runs out.
   */
  expand(tokens: readonly XToken[], at?: Place, budget: ExpansionBudget = { left: EXPANSION_BUDGET }): XToken[] | undefined {
    if (this.#depth > MAX_DEPTH) {
      budget.failed ??= 'macros nested too deeply';
      return undefined;
    }
    this.#depth++;
    try {
      return this.#expand(tokens, at, budget);
    } finally {
      this.#depth--;
    }
  }

  #expand(tokens: readonly XToken[], at: Place | undefined, budget: ExpansionBudget): XToken[] | undefined {
    const out: XToken[] = [];
    const stack: XToken[] = [];
    for (let i = tokens.length - 1; i >= 0; i--) stack.push(tokens[i]);
    while (stack.length) {
      if (--budget.left < 0) {
        budget.failed ??= 'the expansion is too large';
        return undefined;
      }
      const t = stack.pop()!;
      if (t.kind !== 'ident' || t.text === UNKNOWN || t.hide?.includes(t.text)) {
        out.push(t);
        continue;
      }
      const status = this.macro(t.text, at);
      if (status.kind === 'none') {
        out.push(t);
        continue;
      }
      let def: DefineSite;
      if (status.kind === 'unknown') {
        const dropped = this.#droppable(status.candidates, at, budget);
        if (!dropped) {
          budget.failed ??= `\`${t.text}\` is defined under an \`#if\` that cannot be decided`;
          return undefined;
        }
        def = dropped;
      } else {
        def = status.def;
      }
      const hide = [...(t.hide ?? []), t.text];
      if (!def.params) {
        for (let i = def.body.length - 1; i >= 0; i--) stack.push(withHide(def.body[i], hide));
        continue;
      }
      if (stack[stack.length - 1]?.text !== '(') {
        out.push(t);
        continue;
      }
      const args = collectArgs(stack);
      if (!args) {
        budget.failed ??= `\`${t.text}(\` has no closing parenthesis`;
        return undefined;
      }
      const body = this.#substitute(def, args.args, at, budget);
      if (!body) return undefined;
      const hidden = [...new Set([...hide.filter((h) => args.close.hide?.includes(h) || h === t.text)])];
      for (let i = body.length - 1; i >= 0; i--) stack.push(withHide(body[i], hidden));
    }
    return out;
  }

  /**
   * A macro whose definition is not known but which, whichever it is, is only attributes
   * bindgen ignores (the `#if __has_attribute(…)` alternatives of compiler_attributes.h): it
   * can be dropped. Then a definition that expands to nothing, else undefined.
   */
  #droppable(candidates: { def: DefineSite; file: string }[], at: Place | undefined, budget: ExpansionBudget): DefineSite | undefined {
    if (!candidates.length || !this.#exhaustive(candidates)) return undefined;
    const functionLike = candidates[0].def.params !== undefined;
    for (const c of candidates) {
      if ((c.def.params !== undefined) !== functionLike) return undefined;
      const body = this.expand(c.def.body.filter((t) => !c.def.params?.includes(t.text)), at, budget);
      if (!body || !onlyIgnorableAttributes(body)) return undefined;
    }
    return { name: candidates[0].def.name, params: functionLike ? candidates[0].def.params : undefined, variadic: candidates[0].def.variadic, body: [], offset: -1 };
  }

  /** Whether exactly one of the candidates is compiled for sure: one per branch of one group with an `#else`. */
  #exhaustive(candidates: { def: DefineSite; file: string }[]): boolean {
    const { file, def } = candidates[0];
    const branch = def.branch;
    if (!branch || candidates.some((c) => c.file !== file || c.def.branch?.group !== branch.group)) return candidates.length === 1 && this.placeState(file, branch) === true;
    const group = this.structure(file)!.groups[branch.group];
    if (group.branches[group.branches.length - 1].kind !== 'else') return false;
    if (!group.branches.every((b) => candidates.some((c) => c.def.branch?.index === b.index))) return false;
    return this.placeState(file, group.parent) === true;
  }

  #substitute(def: DefineSite, args: XToken[][], at: Place | undefined, budget: ExpansionBudget): XToken[] | undefined {
    const params = def.params!;
    if (def.variadic) {
      const fixed = params.length - 1;
      if (args.length < fixed) return undefined;
      const rest = args.slice(fixed);
      const joined: XToken[] = [];
      rest.forEach((a, i) => {
        if (i) joined.push(synthetic('punct', ','));
        joined.push(...a);
      });
      args = [...args.slice(0, fixed), joined];
    } else if (args.length !== params.length && !(params.length === 0 && args.length === 1 && args[0].length === 0)) {
      budget.failed ??= `\`${def.name}\` called with ${args.length} arguments`;
      return undefined;
    }
    const body = def.body;
    const expandedArgs = new Map<number, XToken[] | undefined>();
    const expandedArg = (i: number): XToken[] | undefined => {
      if (!expandedArgs.has(i)) expandedArgs.set(i, this.expand(args[i] ?? [], at, budget));
      return expandedArgs.get(i);
    };
    const out: (XToken | null)[] = [];
    for (let i = 0; i < body.length; i++) {
      const t = body[i];
      if (t.text === '__VA_OPT__') {
        budget.failed ??= '__VA_OPT__';
        return undefined;
      }
      if (t.text === '#' && body[i + 1]?.kind === 'ident' && params.includes(body[i + 1].text)) {
        out.push(stringify(args[params.indexOf(body[i + 1].text)] ?? []));
        i++;
        continue;
      }
      const p = t.kind === 'ident' ? params.indexOf(t.text) : -1;
      if (p < 0) {
        out.push(t);
        continue;
      }
      const pasted = body[i - 1]?.text === '##' || body[i + 1]?.text === '##';
      const arg = pasted ? args[p] ?? [] : expandedArg(p);
      if (!arg) return undefined;
      if (!arg.length) out.push(null); // a placemarker for `##`
      else out.push(...arg);
    }
    const pasted = paste(out);
    if (!pasted) budget.failed ??= `\`##\` in \`${def.name}\` makes no single token`;
    return pasted;
  }

  /** The first definition of a macro in translation-unit order, among those compiled. */
  firstDefinition(name: string): { status: 'macro'; def: DefineSite; file: string } | { status: 'none' } | { status: 'unknown' } {
    if (this.#predefined.has(name)) return { status: 'unknown' };
    for (const e of this.#events(name)) {
      if (!e.def) continue;
      const st = this.placeState(e.place.file, e.branch);
      if (st === undefined) return { status: 'unknown' };
      if (st) return { status: 'macro', def: e.def, file: e.place.file };
    }
    return { status: 'none' };
  }

  /**
   * The files of the unit whose text has `name` as a word, in unit order. After the first few
   * lookups each file gets a 64k-bit filter of its words' hashes (one pass, no string made),
   * so a lookup tests a bit per file and searches the text only where the bit is set.
   */
  filesMentioning(name: string): string[] {
    // The first few lookups search the texts; the filters pay off when there are more.
    if (!this.#wordFilters && ++this.#lookups <= FILTER_AFTER) return this.files.filter((f) => mentionsWord(this.#source.text(f) ?? '', name));
    if (!this.#wordFilters) {
      const shared = this.#options.wordFilters;
      this.#wordFilters = this.files.map((f) => {
        let filter = shared?.get(f);
        if (!filter) {
          filter = wordFilter(this.#source.text(f) ?? '');
          shared?.set(f, filter);
        }
        return filter;
      });
    }
    const h = wordHash(name, 0, name.length);
    const bit = 1 << (h & 31);
    const slot = (h >>> 5) & (FILTER_WORDS - 1);
    return this.files.filter((f, i) => (this.#wordFilters![i][slot] & bit) !== 0 && mentionsWord(this.#source.text(f) ?? '', name));
  }
}

const FILTER_WORDS = 2048;
/** Lookups answered by searching every text before the word filters are built. */
const FILTER_AFTER = 8;

function wordHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The bits of the hashes of every word in `text`. */
function wordFilter(text: string): Uint32Array {
  const bits = new Uint32Array(FILTER_WORDS);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let h = 0x811c9dc5;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (!isWordChar(d)) break;
      h = Math.imul(h ^ d, 0x01000193);
      i++;
    }
    if (c >= 48 && c <= 57) continue;
    h >>>= 0;
    bits[(h >>> 5) & (FILTER_WORDS - 1)] |= 1 << (h & 31);
  }
  return bits;
}

function mentionsWord(text: string, name: string): boolean {
  let i = text.indexOf(name);
  while (i >= 0) {
    if (!isWordChar(text.charCodeAt(i - 1)) && !isWordChar(text.charCodeAt(i + name.length))) return true;
    i = text.indexOf(name, i + 1);
  }
  return false;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

function withHide(t: XToken, hide: readonly string[]): XToken {
  return { kind: t.kind, text: t.text, offset: t.offset, hide: t.hide ? [...new Set([...t.hide, ...hide])] : hide };
}

/** Index of the `)` matching the `(` at `open`, or -1. */
export function matching(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i].text;
    if (t === '(') depth++;
    else if (t === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Pops `( a, b, … )` off a reversed token stack. */
function collectArgs(stack: XToken[]): { args: XToken[][]; close: XToken } | undefined {
  stack.pop(); // (
  const args: XToken[][] = [[]];
  let depth = 0;
  while (stack.length) {
    const t = stack.pop()!;
    if (t.text === '(') depth++;
    else if (t.text === ')') {
      if (depth === 0) return { args, close: t };
      depth--;
    } else if (t.text === ',' && depth === 0) {
      args.push([]);
      continue;
    }
    args[args.length - 1].push(t);
  }
  return undefined;
}

function stringify(tokens: readonly Token[]): XToken {
  let s = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && !(prev.offset >= 0 && t.offset === prev.offset + prev.text.length)) s += ' ';
    s += t.kind === 'string' || t.kind === 'char' ? t.text.replace(/[\\"]/g, (c) => '\\' + c) : t.text;
  });
  return synthetic('string', `"${s}"`);
}

/** Applies `##` (placemarkers are null), re-lexing each pasted pair. */
function paste(tokens: (XToken | null)[]): XToken[] | undefined {
  const out: (XToken | null)[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t?.text !== '##' || i === 0 || i === tokens.length - 1) {
      out.push(t);
      continue;
    }
    const left = out.pop() ?? null;
    const right = tokens[++i];
    // GNU: `, ## __VA_ARGS__` drops the comma when the arguments are empty.
    if (left?.text === ',' && right === null) continue;
    if (left === null) out.push(right);
    else if (right === null) out.push(left);
    else {
      const joined = tokenize(left.text + right.text);
      if (joined.length !== 1) return undefined;
      out.push({ ...joined[0], offset: -1, hide: left.hide });
    }
  }
  return out.filter((t): t is XToken => t !== null);
}

/** Whether tokens are only `__attribute__((…))` groups naming attributes bindgen ignores. */
function onlyIgnorableAttributes(tokens: readonly Token[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text !== '__attribute__' && t.text !== '__attribute') return false;
    const close = matching(tokens, i + 1);
    if (close < 0) return false;
    for (let j = i + 3; j < close - 1; j++) {
      const a = tokens[j];
      const prev = tokens[j - 1].text;
      if (a.kind === 'ident' && (prev === '(' || prev === ',') && SIGNIFICANT_ATTRIBUTES.has(attributeName(a.text))) return false;
    }
    i = close;
  }
  return true;
}
