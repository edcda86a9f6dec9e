/**
 * c-char-sign: C `char` is unsigned in the kernel (`-funsigned-char`), while `core::ffi::c_char`
 * follows each target's ABI (`i8` on x86_64, loongarch64, um) — ffi-domain §3 and §5.3.
 * Flags `core::ffi::c_char` in kernel-mapping trees, `*const i8` handed to C `char *`
 * parameters, widenings and sign tests whose result depends on the arch, and `0x80..=0xff`
 * literals cast to a char that is signed somewhere.
 */
import type { Arch } from '../archTable';
import { cTypeToRust } from '../archTable';
import type { Rule, RuleContext } from './rule';
import type { Fix, Range } from '../model';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import { type RustType, stripGlobal, typeFromNode, typeToString } from '../types/rustType';
import type { ArchTypes } from '../types/resolve';
import { pathSegments, isUnsuffixedInt } from '../types/resolve';
import { castsIn, snippet } from './casts';
import type { BindingFunction } from '../index/bindings';
import type { HeaderDecl } from '../index/headers';

const SIGN_TESTS = new Set(['<', '>=']);

/** Arches of the tree on which `core::ffi::c_char` is `i8`, and those on which it is `u8`. */
function charSides(ctx: RuleContext): { signed: Arch[]; unsigned: Arch[] } {
  const signed = ctx.model.arches.filter((a) => cTypeToRust('c_char', a, 'core') === 'i8');
  return { signed, unsigned: ctx.model.arches.filter((a) => !signed.includes(a)) };
}

function edit(ctx: RuleContext, range: Range, newText: string, title: string): Fix {
  return { title, edits: [{ file: ctx.file, edits: [{ range, newText }] }] };
}

/** The kernel's own `c_char`, as this crate spells it. */
function kernelCChar(ctx: RuleContext): string {
  return ctx.crate.kind === 'kernel' ? 'crate::ffi::c_char' : 'kernel::ffi::c_char';
}

/** Signed on some arches and unsigned on others: a char whose sign is the arch's choice. */
function mixedSign(per: ArchTypes): { i8: Arch[]; u8: Arch[] } | undefined {
  const i8: Arch[] = [];
  const u8: Arch[] = [];
  for (const [a, t] of per) {
    const s = typeToString(t);
    if (s === 'i8') i8.push(a);
    else if (s === 'u8') u8.push(a);
    else return undefined;
  }
  return i8.length && u8.length ? { i8, u8 } : undefined;
}

function isI8Pointer(n: SyntaxNode | null | undefined): n is SyntaxNode {
  return n?.type === 'pointer_type' && n.childForFieldName('type')?.text === 'i8';
}

/** A binding parameter that C declares `char *` (`*const ffi::c_char`). */
function isCharPointerParam(t: RustType | undefined): boolean {
  if (t?.kind !== 'pointer' || t.pointee.kind !== 'path') return false;
  const segs = stripGlobal(t.pointee.segments);
  return segs[segs.length - 1] === 'c_char' && segs[segs.length - 2] === 'ffi';
}

/** A function this call reaches whose parameters are known: a binding, or a function of this file. */
interface Callee {
  /** How the message names it: `bindings::__mutex_init`, or `init_mutex` for a local function. */
  display: string;
  params: { name: string; type: RustType }[];
}

const localFunctions = new WeakMap<SyntaxNode, Map<string, Callee>>();

/**
 * Top-level functions of the file, by name: a local wrapper that declares a C `char *`
 * parameter (`*const kernel::ffi::c_char`, as the raw-binding-use fix writes one) receives
 * what it passes on to C, so `*const i8` handed to it is the same hazard.
 */
function localFunctionsOf(root: SyntaxNode): Map<string, Callee> {
  let fns = localFunctions.get(root);
  if (!fns) {
    fns = new Map();
    for (const item of root.namedChildren) {
      if (item.type !== 'function_item') continue;
      const name = item.childForFieldName('name')?.text;
      if (!name) continue;
      const params = (item.childForFieldName('parameters')?.namedChildren ?? []).filter((p) => p.type === 'parameter').map((p) => ({
        name: p.childForFieldName('pattern')?.text ?? '_',
        type: typeFromNode(p.childForFieldName('type') ?? p),
      }));
      fns.set(name, { display: name, params });
    }
    localFunctions.set(root, fns);
  }
  return fns;
}

function charPointerFix(ctx: RuleContext, typeNode: SyntaxNode): Fix {
  const mut = typeNode.text.includes('mut') ? 'mut' : 'const';
  const cchar = ctx.model.mapping === 'kernel' ? kernelCChar(ctx) : 'core::ffi::c_char';
  return edit(ctx, nodeRange(typeNode), `*${mut} ${cchar}`, `Use \`*${mut} ${cchar}\``);
}

function i8PointerMessage(ctx: RuleContext, what: string): string {
  const kernel = ctx.model.mapping === 'kernel';
  return `${what} is a C \`char *\`, but \`i8\` is a signed char: ` +
    (kernel ? 'kernel C `char` is unsigned (-funsigned-char) and `c_char` is `u8` on every arch, so this does not type-check'
      : `\`core::ffi::c_char\` is \`u8\` on ${charSides(ctx).unsigned.join(', ') || 'some arches'}, where this does not type-check`) +
    '; write `c_char`';
}

export const cCharSign: Rule = {
  meta: {
    code: 'c-char-sign',
    language: 'rust',
    defaultSeverity: 'warning',
    description: 'A C `char` treated as signed, or with a sign that depends on the arch.',
    fixable: true,
    machineFix: true,
  },
  check(ctx) {
    if (ctx.crate.kind === 'bindings' || ctx.crate.kind === 'uapi' || ctx.crate.kind === 'ffi') return;
    const types = ctx.types;
    const sides = charSides(ctx);
    const reported = new Set<number>();
    const report = (node: SyntaxNode, message: string, fix?: Fix) => {
      if (reported.has(node.id)) return;
      reported.add(node.id);
      ctx.report({ range: nodeRange(node), message, fixes: fix ? [fix] : [] });
    };

    // core::ffi::c_char where C's char is the kernel's unsigned one.
    if (ctx.model.mapping === 'kernel' && sides.signed.length) {
      // The paths inside `core::ffi::c_char` are shorter, so no match hides another.
      for (const n of descendantsOf(ctx.nodes, ['scoped_type_identifier', 'scoped_identifier'])) {
        const segs = stripGlobal(pathSegments(n));
        if (segs.join('::') !== 'core::ffi::c_char') continue;
        report(n,
          `\`core::ffi::c_char\` is \`i8\` on ${sides.signed.join(', ')} and \`u8\` on ${sides.unsigned.join(', ') || 'no arch of this tree'}, ` +
          'but kernel C is built with -funsigned-char, so its `char` is `u8` everywhere: use the kernel\'s `c_char`',
          edit(ctx, nodeRange(n), kernelCChar(ctx), `Use \`${kernelCChar(ctx)}\``));
      }
    }

    const kinds = ['call_expression', 'binary_expression', 'type_cast_expression', 'function_signature_item', 'function_item'];
    for (const n of descendantsOf(ctx.nodes, kinds, ['function_signature_item'])) {
      switch (n.type) {
        case 'call_expression':
          checkCharPointerArgs(n);
          break;
        case 'binary_expression':
          checkSignTest(n);
          break;
        case 'type_cast_expression':
          checkHighLiteral(n);
          break;
        case 'function_signature_item':
          if (n.parent?.parent?.type === 'foreign_mod_item') checkCParams(n, 'declares');
          break;
        case 'function_item':
          if (isExportedToC(n)) checkCParams(n, 'exports');
          break;
      }
    }

    for (const cast of castsIn(ctx)) {
      const mixed = mixedSign(cast.source);
      const target = [...cast.target.values()].map(typeToString);
      if (!mixed || !target.every((t) => /^(i|u)(16|32|64|128|size)$/.test(t))) continue;
      report(cast.node,
        `\`${snippet(cast.value)}\` is a C \`char\` that is \`i8\` on ${mixed.i8.join(', ')} and \`u8\` on ${mixed.u8.join(', ')}: ` +
        `\`as ${cast.typeNode.text}\` sign-extends bytes ≥ 0x80 on the first and zero-extends them on the second ` +
        '(kernel C, built with -funsigned-char, zero-extends)');
    }

    function calleeOf(callee: SyntaxNode): Callee | undefined {
      const binding = types.bindingFunctionOf(callee);
      if (binding) return { display: `bindings::${binding.name}`, params: binding.params };
      return callee.type === 'identifier' ? localFunctionsOf(ctx.tree.rootNode).get(callee.text) : undefined;
    }

    function checkCharPointerArgs(call: SyntaxNode): void {
      const callee = call.childForFieldName('function');
      const fn = callee && calleeOf(callee);
      if (!fn) return;
      const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => !a.type.endsWith('comment')) ?? [];
      args.forEach((arg, i) => {
        if (!isCharPointerParam(fn.params[i]?.type)) return;
        const what = `\`${fn.params[i].name}\` of \`${fn.display}\``;
        if (arg.type === 'type_cast_expression') {
          const ty = arg.childForFieldName('type');
          if (isI8Pointer(ty)) report(ty, i8PointerMessage(ctx, what), charPointerFix(ctx, ty));
        } else if (arg.type === 'identifier') {
          const binder = types.localBinder(arg.text, arg);
          // Declared `*const i8` and initialised elsewhere: which char type fits is a judgement.
          if (binder && isI8Pointer(binder.typeNode)) report(binder.typeNode, i8PointerMessage(ctx, `\`${arg.text}\`, passed as ${what},`));
        }
      });
    }

    function checkSignTest(n: SyntaxNode): void {
      const op = n.childForFieldName('operator')?.type;
      const l = n.childForFieldName('left');
      const r = n.childForFieldName('right');
      if (!op || !SIGN_TESTS.has(op) || !l || !r || r.text !== '0') return;
      const per = types.typeOfExpression(l);
      const mixed = per && mixedSign(per);
      if (!mixed) return;
      const outcome = op === '<' ? 'always false' : 'always true';
      report(n,
        `\`${snippet(n)}\` tests the sign of a C \`char\`: it is \`i8\` on ${mixed.i8.join(', ')} but \`u8\` on ` +
        `${mixed.u8.join(', ')}, where the test is ${outcome}; kernel C chars are unsigned`);
    }

    function checkHighLiteral(n: SyntaxNode): void {
      const value = n.childForFieldName('value');
      const ty = n.childForFieldName('type');
      if (!value || !ty || !isUnsuffixedInt(value)) return;
      const v = Number(value.text.replace(/_/g, ''));
      if (!(v >= 0x80 && v <= 0xff)) return;
      const t = types.typeOfTypeNode(ty);
      const mixed = t && mixedSign(t);
      if (!mixed) return;
      report(n,
        `\`${value.text}\` does not fit a signed char: \`as ${ty.text}\` gives ${v - 256} on ${mixed.i8.join(', ')} and ${v} on ` +
        `${mixed.u8.join(', ')}; kernel C chars are unsigned`);
    }

    /** `*const i8` parameters of a function C calls or Rust declares, when C says `char *`. */
    function checkCParams(fnNode: SyntaxNode, how: 'declares' | 'exports'): void {
      const name = fnNode.childForFieldName('name')?.text;
      if (!name) return;
      const binding: BindingFunction | undefined = ctx.index.bindings.functions.get(name);
      // The C declaration is looked up only for an `i8` pointer: the lookup may read many headers.
      let header: HeaderDecl | null | undefined = null;
      const params = fnNode.childForFieldName('parameters')?.namedChildren.filter((p) => p.type === 'parameter') ?? [];
      params.forEach((p, i) => {
        const ty = p.childForFieldName('type');
        if (!isI8Pointer(ty)) return;
        if (header === null) header = ctx.index.headers.find(name)[0];
        const cText = header?.params[i]?.text;
        const knownChar = isCharPointerParam(binding?.params[i]?.type)
          || (cText !== undefined && /\bchar\s*\*/.test(cText) && !/\b(signed|unsigned)\s+char\b/.test(cText));
        const pname = p.childForFieldName('pattern')?.text ?? `#${i + 1}`;
        const usedAsCString = how === 'exports' && usedAsCStr(fnNode, pname);
        if (!knownChar && !usedAsCString) return;
        const what = how === 'declares' ? `parameter \`${pname}\` of the hand-written declaration of \`${name}\`` : `parameter \`${pname}\` of \`${name}\`, which C calls,`;
        report(ty, i8PointerMessage(ctx, what), knownChar ? charPointerFix(ctx, ty) : undefined);
      });
    }
  },
};

function isExportedToC(fn: SyntaxNode): boolean {
  const mods = fn.namedChildren.find((c) => c.type === 'function_modifiers');
  if (!mods || !/extern\s+"C"/.test(mods.text)) return false;
  for (let s = fn.previousNamedSibling; s?.type === 'attribute_item'; s = s.previousNamedSibling) {
    if (/no_mangle|export_name/.test(s.text)) return true;
  }
  return false;
}

/** The pointer is read as a NUL-terminated C string (`CStr::from_char_ptr(p)`). */
function usedAsCStr(fn: SyntaxNode, param: string): boolean {
  return fn.descendantsOfType('call_expression').some((c) => {
    const callee = c.childForFieldName('function')?.text ?? '';
    const args = c.childForFieldName('arguments')?.namedChildren ?? [];
    return /(^|::)from_char_ptr$/.test(callee) && args[0]?.text === param;
  });
}
