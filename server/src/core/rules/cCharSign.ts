/**
 * c-char-sign: C `char` used with a sign it does not have on every arch of the tree
 * (ffi-domain §3, §5.3; docs/rules.md#c-char-sign). The tree model says what C `char` is
 * (unsigned under the Makefile's -funsigned-char, else each arch's ABI) and which mapping the
 * bindings' `c_char` follows; `core::ffi::c_char` follows each arch's ABI in any tree. Every case
 * is judged per arch of the tree and reported only where it differs on one of them:
 *
 * - `core::ffi::c_char` written in a kernel-mapping tree, whose bindings say `u8`;
 * - comparisons against the sign (`c < 0`, `c == -1` …) of a C `char`: they depend on the arch
 *   where the char is `i8` on some arches and `u8` on others, and are constant (or rejected by
 *   rustc) where it is `u8` on all of them;
 * - bytes ≥ 0x80 put into a char that is `i8` on some arches and `u8` on others;
 * - sign-dependent arithmetic on such a char: widening (`as`, `From`, `Into`) and `>>`;
 * - `i8` or `u8` written where the C side is `char`: arguments for `char *` and `char`
 *   parameters (statics, consts and locals among them), fields bindgen types `c_char`, `let`s
 *   given a C `char`, and hand-written or exported `extern "C"` functions.
 */
import type { Arch, Mapping } from '../archTable';
import { cTypeOnUnknownArch, cTypeToRust } from '../archTable';
import { treeArchNames } from '../tree';
import type { Rule, RuleContext } from './rule';
import type { Fix, Range } from '../model';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import { type RustType, pathType, stripGlobal, typeToString } from '../types/rustType';
import type { ArchTypes } from '../types/resolve';
import { isUnsuffixedInt, pathSegments } from '../types/resolve';
import { byteLiteralValue, byteStringBytes, intLiteralValue } from '../types/literals';
import { castsIn, mappingName, removeCastFix, snippet, type Cast } from './casts';
import type { BindingFunction } from '../index/bindings';
import type { HeaderDecl } from '../index/headers';

/** The arches of the tree on which a char type is `i8`, and those on which it is `u8`. */
interface Sides {
  i8: Arch[];
  u8: Arch[];
}

function sidesOf(per: ArchTypes): Sides | undefined {
  const sides: Sides = { i8: [], u8: [] };
  for (const [arch, t] of per) {
    const s = typeToString(t);
    if (s !== 'i8' && s !== 'u8') return undefined;
    sides[s].push(arch);
  }
  return sides;
}

function isMixed(s: Sides): boolean {
  return s.i8.length > 0 && s.u8.length > 0;
}

/** A C `char` value: its sides, and the mapping its `c_char` follows. */
interface CharValue {
  sides: Sides;
  mapping: Mapping;
}

const WIDE_INTEGER = /^(i|u)(16|32|64|128|size)$/;
/**
 * A value written with `i8` or `u8` (`as i8`, `0i8`, `[0u8; 4]`): assignments and struct
 * literals are checked only then, so that not every field write costs a type lookup.
 */
const WRITES_I8_OR_U8 = /[iu]8\b/;
const COMPARISONS: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=', '==': '==', '!=': '!=' };

/** A function this call reaches whose parameters are known: a binding, or a function of this file. */
interface Callee {
  /** How the message names it: `bindings::__mutex_init`, or `init_mutex` for a local function. */
  display: string;
  params: { name: string; type: RustType | undefined }[];
}

/** A function of this file: its parameters' type nodes, resolved where it is called. */
interface LocalFunction {
  name: string;
  params: { name: string; typeNode: SyntaxNode | null }[];
}

const localFunctions = new WeakMap<SyntaxNode, Map<string, LocalFunction>>();

/**
 * Top-level functions of the file, by name: a local wrapper that declares a C `char *`
 * parameter (`*const kernel::ffi::c_char`, as the raw-binding-use fix writes one) receives
 * what it passes on to C, so `*const i8` handed to it is the same hazard as handed to C.
 */
function localFunctionsOf(root: SyntaxNode): Map<string, LocalFunction> {
  let fns = localFunctions.get(root);
  if (!fns) {
    fns = new Map();
    for (const item of root.namedChildren) {
      if (item.type !== 'function_item') continue;
      const name = item.childForFieldName('name')?.text;
      if (!name) continue;
      const params = (item.childForFieldName('parameters')?.namedChildren ?? []).filter((p) => p.type === 'parameter').map((p) => ({
        name: p.childForFieldName('pattern')?.text ?? '_',
        typeNode: p.childForFieldName('type'),
      }));
      fns.set(name, { name, params });
    }
    localFunctions.set(root, fns);
  }
  return fns;
}

/** `0`, or a negative literal such as `-1` (down to -128), and its value. */
function signLiteral(n: SyntaxNode): number | undefined {
  if (n.type === 'integer_literal') return isUnsuffixedInt(n) && intLiteralValue(n.text) === 0 ? 0 : undefined;
  const digits = n.namedChildren[0];
  if (n.type !== 'unary_expression' || n.children[0]?.type !== '-' || digits?.type !== 'integer_literal' || !isUnsuffixedInt(digits)) return undefined;
  const v = intLiteralValue(digits.text);
  return v !== undefined && v >= 1 && v <= 128 ? -v : undefined;
}

/** The value of an integer or byte literal (`200`, `0xE9u8`, `b'\xe9'`). */
function literalValue(n: SyntaxNode): number | undefined {
  return n.type === 'integer_literal' ? intLiteralValue(n.text) : n.type === 'char_literal' ? byteLiteralValue(n.text) : undefined;
}

/** The byte a literal puts into a char when it is 0x80..=0xff. */
function highByte(n: SyntaxNode): number | undefined {
  const v = literalValue(n);
  return v !== undefined && v >= 0x80 && v <= 0xff ? v : undefined;
}

function hex(b: number): string {
  return `0x${b.toString(16).padStart(2, '0')}`;
}

/**
 * The `i8` or `u8` a written type holds where the C side has `char`: `charSide` and `written`
 * walked together through pointers, references, arrays and slices.
 */
function writtenForChar(ctx: RuleContext, charSide: RustType, written: RustType): { prim: 'i8' | 'u8'; char: RustType; shape: string } | undefined {
  const c = ctx.types.expandAlias(charSide);
  const w = ctx.types.expandAlias(written);
  if (c.kind === 'pointer' && w.kind === 'pointer') {
    const inner = writtenForChar(ctx, c.pointee, w.pointee);
    return inner && { ...inner, shape: `${inner.shape} *` };
  }
  if (c.kind === 'reference' && w.kind === 'reference') return writtenForChar(ctx, c.referent, w.referent);
  if ((c.kind === 'array' || c.kind === 'slice') && (w.kind === 'array' || w.kind === 'slice')) {
    const inner = writtenForChar(ctx, c.element, w.element);
    return inner && { ...inner, shape: `${inner.shape}[${c.kind === 'array' ? c.length : ''}]` };
  }
  if (!ctx.types.cCharMapping(c) || w.kind !== 'path' || w.args.length) return undefined;
  const prim = stripGlobal(w.segments).join('::');
  return prim === 'i8' || prim === 'u8' ? { prim, char: c, shape: 'char' } : undefined;
}

/** The `i8`/`u8` node inside a written type, where the C `char` goes. */
function primitiveNode(typeNode: SyntaxNode, prim: string): SyntaxNode | undefined {
  if (typeNode.type === 'primitive_type') return typeNode.text === prim ? typeNode : undefined;
  return typeNode.descendantsOfType('primitive_type').find((p) => p.text === prim);
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
    const model = ctx.model;
    const reported = new Set<number>();
    /** Resolved once per check: the parameters of this file's functions, and struct literals' types. */
    const localCallees = new Map<string, Callee>();
    const structTypes = new Map<number, RustType | undefined>();
    const report = (node: SyntaxNode, message: string, fix?: Fix) => {
      if (reported.has(node.id)) return;
      reported.add(node.id);
      ctx.report({ range: nodeRange(node), message, fixes: fix ? [fix] : [] });
    };
    const edit = (range: Range, newText: string, title: string): Fix => ({ title, edits: [{ file: ctx.file, edits: [{ range, newText }] }] });
    /** The kernel's own `c_char` as this crate spells it, or `core::ffi::c_char` where the bindings use that. */
    const treeCChar = model.mapping === 'core' ? 'core::ffi::c_char' : ctx.crate.kind === 'kernel' ? 'crate::ffi::c_char' : 'kernel::ffi::c_char';
    /** Where kernel C chars are unsigned: the clause that ends a message about a char's sign. */
    const unsignedC = model.unsignedChar ? '; kernel C chars are unsigned' : '';
    const extendsLikeC = model.unsignedChar ? ' (kernel C, built with -funsigned-char, zero-extends)' : '';

    function charValue(n: SyntaxNode): CharValue | undefined {
      const t = types.typeOf(n);
      const mapping = t && types.cCharMapping(t);
      // On an arch the arch table does not know, only a mapping that fixes `c_char` says its sign.
      if (mapping && model.unknownArches.length && !cTypeOnUnknownArch('c_char', mapping)) return undefined;
      const sides = mapping && sidesOf(types.perArch(t));
      return mapping && sides ? { sides, mapping } : undefined;
    }

    /** `u8` on every arch of the tree: where, under which mapping, and why. */
    function unsignedEverywhere(cv: CharValue): string {
      const like = cv.mapping === 'kernel' && model.unsignedChar ? ', like kernel C `char` (-funsigned-char)' : '';
      return `\`u8\` on every arch of this tree (${treeArchNames(model).join(', ')}) under ${mappingName(cv.mapping)}${like}`;
    }

    // core::ffi::c_char where the bindings' `c_char` is the kernel's unsigned one.
    const signed = model.arches.filter((a) => cTypeToRust('c_char', a, 'core') === 'i8');
    if (model.mapping === 'kernel' && signed.length) {
      const unsigned = model.arches.filter((a) => !signed.includes(a));
      // The paths inside `core::ffi::c_char` are shorter, so no match hides another.
      for (const n of descendantsOf(ctx.nodes, ['scoped_type_identifier', 'scoped_identifier'])) {
        if (stripGlobal(pathSegments(n)).join('::') !== 'core::ffi::c_char') continue;
        report(n,
          `\`core::ffi::c_char\` is \`i8\` on ${signed.join(', ')} and \`u8\` on ${unsigned.join(', ') || 'no arch of this tree'}, ` +
          (model.unsignedChar ? 'but kernel C is built with -funsigned-char, so its `char` is `u8` on every arch'
            : 'but the kernel mapping (rust/ffi.rs) makes the bindings\' `c_char` `u8` on every arch') +
          ': use the kernel\'s `c_char`',
          edit(nodeRange(n), treeCChar, `Use \`${treeCChar}\``));
      }
    }

    const kinds = [
      'call_expression', 'binary_expression', 'compound_assignment_expr', 'type_cast_expression', 'assignment_expression',
      'field_initializer', 'let_declaration', 'function_signature_item', 'function_item',
    ];
    for (const n of descendantsOf(ctx.nodes, kinds, ['function_signature_item'])) {
      switch (n.type) {
        case 'call_expression':
          checkCallArgs(n);
          checkConversion(n);
          break;
        case 'binary_expression':
          checkComparison(n);
          checkShift(n);
          break;
        case 'compound_assignment_expr':
          checkShift(n);
          break;
        case 'type_cast_expression':
          checkHighBytes(n);
          break;
        case 'assignment_expression': {
          const value = n.childForFieldName('right');
          const left = value && WRITES_I8_OR_U8.test(value.text) ? n.childForFieldName('left') : null;
          const slot = left && types.typeOf(left);
          if (slot) checkWritten(slot, value!, `\`${snippet(left!)}\``, false);
          break;
        }
        case 'field_initializer':
          checkFieldInitializer(n);
          break;
        case 'let_declaration':
          checkLet(n);
          break;
        case 'function_signature_item':
          if (n.parent?.parent?.type === 'foreign_mod_item') checkCParams(n, 'declares');
          break;
        case 'function_item':
          if (isExportedToC(n)) checkCParams(n, 'exports');
          break;
      }
    }
    for (const cast of castsIn(ctx)) checkWideningCast(cast);

    // ---- i8 / u8 where the C side is `char` ----

    /** Why `prim` does not fit a C `char` of `charType` on `arches` (those where it differs). */
    function writtenMessage(subject: string, shape: string, prim: 'i8' | 'u8', charType: RustType, arches: Arch[]): string {
      const mapping = types.cCharMapping(charType) ?? model.mapping;
      const other = prim === 'i8' ? 'u8' : 'i8';
      const why = mapping === 'kernel'
        ? `${model.unsignedChar ? 'kernel C `char` is unsigned (-funsigned-char)' : 'the kernel mapping (rust/ffi.rs) makes `char` unsigned'} ` +
          `and \`c_char\` is \`u8\` on every arch of this tree, so this does not type-check`
        : `\`core::ffi::c_char\` is \`${other}\` on ${arches.join(', ')}, where this does not type-check`;
      return `${subject} is a C \`${shape}\`, but \`${prim}\` is ${prim === 'i8' ? 'a signed' : 'an unsigned'} char: ${why}; write \`c_char\``;
    }

    /** Arches on which a char type is not `prim`. */
    function archesOtherThan(charType: RustType, prim: string): Arch[] {
      return [...types.perArch(charType)].filter(([, t]) => typeToString(t) !== prim).map(([a]) => a);
    }

    /**
     * `value` goes where the C side is `char` (`slot`), written with `i8`/`u8`: reported at the
     * written type (a cast's, with a fix; a `let`'s or parameter's that gives `value` its type,
     * without one: what its initialiser yields decides), else at `value`.
     */
    function checkWritten(slot: RustType, value: SyntaxNode, what: string, passed: boolean): void {
      if (!holdsCChar(slot)) return;
      const valueType = types.typeOf(value);
      const found = valueType && writtenForChar(ctx, slot, valueType);
      if (!found) return;
      const arches = archesOtherThan(found.char, found.prim);
      if (!arches.length) return;
      if (value.type === 'type_cast_expression') {
        const ty = value.childForFieldName('type')!;
        const prim = primitiveNode(ty, found.prim);
        if (prim) {
          report(ty, writtenMessage(what, found.shape, found.prim, found.char, arches), castFix(value, ty, prim));
          return;
        }
      }
      if (value.type === 'identifier') {
        const binder = types.localBinder(value.text, value);
        if (binder?.typeNode && primitiveNode(binder.typeNode, found.prim)) {
          report(binder.typeNode, writtenMessage(`\`${value.text}\`, ${passed ? 'passed as' : 'stored in'} ${what},`, found.shape, found.prim, found.char, arches));
          return;
        }
      }
      report(value, writtenMessage(`\`${snippet(value)}\`, ${passed ? 'passed as' : 'stored in'} ${what},`, found.shape, found.prim, found.char, arches));
    }

    /** `e as *const i8` → `e as *const c_char`, or no cast at all where `e` already is that on every arch. */
    function castFix(cast: SyntaxNode, typeNode: SyntaxNode, prim: SyntaxNode): Fix {
      const written = typeNode.text.slice(0, prim.startIndex - typeNode.startIndex) + treeCChar + typeNode.text.slice(prim.endIndex - typeNode.startIndex);
      const value = cast.childForFieldName('value');
      const source = value && types.typeOfExpression(value);
      const pointer = typeNode.type === 'pointer_type' && typeNode.childForFieldName('type')?.id === prim.id;
      if (value && source && (pointer || typeNode.id === prim.id)) {
        const mut = typeNode.children.some((c) => c.type === 'mutable_specifier') ? 'mut' : 'const';
        const fixedOn = (a: Arch) => (pointer ? `*${mut} ` : '') + cTypeToRust('c_char', a, model.mapping);
        if ([...source].every(([a, t]) => typeToString(t) === fixedOn(a))) return removeCastFix(ctx, { node: cast, value, typeNode });
      }
      return edit(nodeRange(typeNode), written, `Use \`${written}\``);
    }

    /** Whether a type has a C `char` in it, through pointers, references, arrays and slices. */
    function holdsCChar(t: RustType): boolean {
      const d = types.expandAlias(t);
      if (d.kind === 'pointer') return holdsCChar(d.pointee);
      if (d.kind === 'reference') return holdsCChar(d.referent);
      if (d.kind === 'array' || d.kind === 'slice') return holdsCChar(d.element);
      return types.cCharMapping(d) !== undefined;
    }

    function calleeOf(callee: SyntaxNode): Callee | undefined {
      const binding = types.bindingFunctionOf(callee);
      if (binding) return { display: `bindings::${binding.name}`, params: binding.params };
      const local = callee.type === 'identifier' ? localFunctionsOf(ctx.tree.rootNode).get(callee.text) : undefined;
      if (!local) return undefined;
      let resolved = localCallees.get(local.name);
      if (!resolved) {
        resolved = { display: local.name, params: local.params.map((p) => ({ name: p.name, type: p.typeNode ? types.resolveTypeNode(p.typeNode) : undefined })) };
        localCallees.set(local.name, resolved);
      }
      return resolved;
    }

    function checkCallArgs(call: SyntaxNode): void {
      const callee = call.childForFieldName('function');
      const fn = callee && calleeOf(callee);
      if (!fn) return;
      const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => !a.type.endsWith('comment')) ?? [];
      args.forEach((arg, i) => {
        const param = fn.params[i];
        if (param?.type) checkWritten(param.type, arg, `\`${param.name}\` of \`${fn.display}\``, true);
      });
    }

    function checkFieldInitializer(n: SyntaxNode): void {
      const field = n.childForFieldName('field')?.text;
      const value = n.childForFieldName('value');
      const struct = n.parent?.parent;
      if (struct?.type !== 'struct_expression' || !value || !WRITES_I8_OR_U8.test(value.text)) return;
      if (!structTypes.has(struct.id)) structTypes.set(struct.id, types.typeOf(struct));
      const structType = structTypes.get(struct.id);
      const slot = field && structType && types.fieldTypeOf(structType, field);
      if (slot) checkWritten(slot, value, `field \`${field}\` of \`${snippet(struct.childForFieldName('name')!)}\``, false);
    }

    /** `let c: i8 = <a C char>`: the annotation is wrong where the bindings' `c_char` is `u8`. */
    function checkLet(n: SyntaxNode): void {
      const ty = n.childForFieldName('type');
      const value = n.childForFieldName('value');
      // Most `let`s declare no `i8`/`u8`: the value's type is asked for only where one is written.
      if (!ty || !value || !/\b[iu]8\b/.test(ty.text)) return;
      const declared = types.resolveTypeNode(ty);
      const valueType = types.typeOf(value);
      const found = declared && valueType && writtenForChar(ctx, valueType, declared);
      // Only the bindings' own `c_char`, which the fix writes: a `core::ffi::c_char` value in a
      // kernel-mapping tree (`c"…".as_ptr()`) is reported where it reaches the bindings.
      if (!found || types.cCharMapping(found.char) !== model.mapping) return;
      const arches = archesOtherThan(found.char, found.prim);
      const prim = primitiveNode(ty, found.prim);
      if (!arches.length || !prim) return;
      const name = n.childForFieldName('pattern')?.text ?? '_';
      report(ty, writtenMessage(`\`${snippet(value)}\`, given to \`${name}\`,`, found.shape, found.prim, found.char, arches),
        edit(nodeRange(prim), treeCChar, `Use \`${treeCChar}\``));
    }

    /** `*const i8` parameters of a function C calls or Rust declares, when C says `char *`. */
    function checkCParams(fnNode: SyntaxNode, how: 'declares' | 'exports'): void {
      const name = fnNode.childForFieldName('name')?.text;
      if (!name) return;
      const binding: BindingFunction | undefined = ctx.index.bindings.functions.get(name);
      const u8Arches = model.arches.filter((a) => cTypeToRust('c_char', a, model.mapping) === 'u8');
      if (!u8Arches.length) return;
      // The C declaration is looked up only for an `i8` pointer: the lookup may read many headers.
      let header: HeaderDecl | null | undefined = null;
      const params = fnNode.childForFieldName('parameters')?.namedChildren.filter((p) => p.type === 'parameter') ?? [];
      params.forEach((p, i) => {
        const ty = p.childForFieldName('type');
        if (ty?.type !== 'pointer_type' || ty.childForFieldName('type')?.text !== 'i8') return;
        if (header === null) header = ctx.index.headers.find(name)[0];
        const cText = header?.params[i]?.text;
        const bindingParam = binding?.params[i]?.type;
        const knownChar = (bindingParam?.kind === 'pointer' && types.cCharMapping(bindingParam.pointee) !== undefined)
          || (cText !== undefined && /\bchar\s*\*/.test(cText) && !/\b(signed|unsigned)\s+char\b/.test(cText));
        const pname = p.childForFieldName('pattern')?.text ?? `#${i + 1}`;
        const usedAsCString = how === 'exports' && usedAsCStr(fnNode, pname);
        if (!knownChar && !usedAsCString) return;
        const what = how === 'declares' ? `parameter \`${pname}\` of the hand-written declaration of \`${name}\`` : `parameter \`${pname}\` of \`${name}\`, which C calls,`;
        const treeChar = model.mapping === 'kernel' ? pathType('ffi', 'c_char') : pathType('core', 'ffi', 'c_char');
        report(ty, writtenMessage(what, 'char *', 'i8', treeChar, u8Arches),
          knownChar ? edit(nodeRange(ty), ty.text.replace(/\bi8$/, treeCChar), `Use \`${ty.text.replace(/\bi8$/, treeCChar)}\``) : undefined);
      });
    }

    // ---- comparisons against the sign ----

    function checkComparison(n: SyntaxNode): void {
      const written = n.childForFieldName('operator')?.type;
      const l = n.childForFieldName('left');
      const r = n.childForFieldName('right');
      if (!written || !(written in COMPARISONS) || !l || !r) return;
      let k = signLiteral(r);
      let [value, op, literal] = [l, written, r];
      if (k === undefined) {
        k = signLiteral(l);
        [value, op, literal] = [r, COMPARISONS[written], l];
      }
      if (k === undefined || (k === 0 && (op === '==' || op === '!='))) return;
      const cv = charValue(value);
      if (!cv || !cv.sides.u8.length) return;
      const expr = snippet(n);
      const always = k === 0 && (op === '<' || op === '>=') ? String(op === '>=') : undefined;
      if (isMixed(cv.sides)) {
        const where = `it is \`i8\` on ${cv.sides.i8.join(', ')} but \`u8\` on ${cv.sides.u8.join(', ')}, where `;
        if (k < 0) report(n, `\`${expr}\` compares a C \`char\` with a negative number: ${where}rustc rejects \`${literal.text}\` (E0600)${unsignedC}`);
        else if (always) report(n, `\`${expr}\` tests the sign of a C \`char\`: ${where}the test is always ${always} (rustc's \`unused_comparisons\`)${unsignedC}`);
        else report(n, `\`${expr}\` tests the sign of a C \`char\`: ${where}bytes ≥ 0x80 ${op === '>' ? 'pass' : 'fail'} it${unsignedC}`);
        return;
      }
      const test = byteTest(op, k);
      // Written the way round it was, so a block-like operand never starts a statement.
      const fixed = test && (value.startIndex < literal.startIndex ? `${value.text} ${test.op} ${test.byte}` : `${test.byte} ${COMPARISONS[test.op]} ${value.text}`);
      const meant = fixed ? `; on a signed char it was the byte test \`${fixed}\`` : '';
      // The byte test makes a dead branch live: a person's call, so never applied unattended.
      const fix = fixed ? { ...edit(nodeRange(n), fixed, `Compare the byte: \`${fixed}\``), suggestion: true } : undefined;
      if (always) {
        report(n, `\`${expr}\` is always ${always}: \`${snippet(value)}\` is a C \`char\`, ${unsignedEverywhere(cv)}, and rustc's ` +
          `\`unused_comparisons\` lint warns about the same comparison${meant}`, fix);
      } else if (k < 0) {
        report(n, `\`${expr}\` compares a C \`char\` with a negative number, but \`${snippet(value)}\` is ${unsignedEverywhere(cv)}: ` +
          `rustc rejects \`${literal.text}\` (E0600)${meant}`, fix);
      }
    }

    // ---- bytes ≥ 0x80 into a char whose sign depends on the arch ----

    function checkHighBytes(n: SyntaxNode): void {
      const value = n.childForFieldName('value');
      const ty = n.childForFieldName('type');
      const target = ty && ty.text !== '_' ? types.typeOfTypeNode(ty) : undefined;
      if (!value || !target) return;
      const scalar = sidesOf(target);
      if (scalar) {
        const v = highByte(value);
        if (isMixed(scalar) && v !== undefined) {
          report(n, `\`${value.text}\` does not fit a signed char: \`as ${ty!.text}\` gives ${v - 256} on ${scalar.i8.join(', ')} and ${v} on ` +
            `${scalar.u8.join(', ')}${unsignedC}`);
        }
        return;
      }
      const pointee = new Map([...target].map(([a, t]) => [a, t.kind === 'pointer' ? t.pointee : t]));
      const sides = sidesOf(pointee);
      const bytes = sides && isMixed(sides) ? pointedBytes(value) : undefined;
      const high = bytes?.filter((b) => b >= 0x80) ?? [];
      if (!high.length) return;
      const listed = [...new Set(high)].slice(0, 4).map(hex).join(', ') + (new Set(high).size > 4 ? ', …' : '');
      report(n, `\`${snippet(value)}\` points at bytes ≥ 0x80 (${listed}): read through \`${ty!.text}\` they are negative on ` +
        `${sides!.i8.join(', ')} and 128–255 on ${sides!.u8.join(', ')}${unsignedC}`);
    }

    /** The bytes behind `X.as_ptr()` when X is a byte string, an array of byte literals, or a local bound to one. */
    function pointedBytes(value: SyntaxNode): number[] | undefined {
      const fn = value.type === 'call_expression' ? value.childForFieldName('function') : undefined;
      const method = fn?.type === 'field_expression' ? fn.childForFieldName('field')?.text : undefined;
      let source = method === 'as_ptr' || method === 'as_mut_ptr' ? fn!.childForFieldName('value') : undefined;
      if (source?.type === 'identifier') source = types.localBinder(source.text, source)?.value;
      if (!source) return undefined;
      if (source.type === 'string_literal' || source.type === 'raw_string_literal') return byteStringBytes(source.text);
      if (source.type !== 'array_expression') return undefined;
      const length = source.childForFieldName('length');
      const bytes = source.namedChildren.filter((c) => c.id !== length?.id && !c.type.endsWith('comment')).map(literalValue);
      return bytes.every((b) => b !== undefined && b <= 0xff) ? (bytes as number[]) : undefined;
    }

    // ---- sign-dependent arithmetic ----

    function checkWideningCast(cast: Cast): void {
      const sides = sidesOf(cast.source);
      if (!sides || !isMixed(sides) || ![...cast.target.values()].every((t) => WIDE_INTEGER.test(typeToString(t)))) return;
      report(cast.node,
        `\`${snippet(cast.value)}\` is a C \`char\` that is \`i8\` on ${sides.i8.join(', ')} and \`u8\` on ${sides.u8.join(', ')}: ` +
        `\`as ${cast.typeNode.text}\` sign-extends bytes ≥ 0x80 on the first and zero-extends them on the second${extendsLikeC}`);
    }

    /** `i32::from(c)` and `c.into()` where `c` is a C `char` whose sign depends on the arch. */
    function checkConversion(call: SyntaxNode): void {
      const fn = call.childForFieldName('function');
      const name = fn?.childForFieldName(fn.type === 'field_expression' ? 'field' : 'name')?.text;
      if (name !== 'from' && name !== 'into') return;
      const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => !a.type.endsWith('comment')) ?? [];
      let value: SyntaxNode | undefined;
      let target: string | undefined;
      if (fn?.type === 'scoped_identifier' && args.length === 1) {
        const segs = pathSegments(fn);
        if (segs.length === 2 && segs[1] === 'from') [value, target] = [args[0], segs[0]];
      } else if (fn?.type === 'field_expression' && name === 'into' && !args.length) {
        const per = [...(types.typeOfExpression(call)?.values() ?? [])].map(typeToString);
        value = fn.childForFieldName('value') ?? undefined;
        target = per.length && per.every((t) => t === per[0]) ? per[0] : undefined;
      }
      if (!value || !target || !WIDE_INTEGER.test(target)) return;
      const cv = charValue(value);
      if (!cv || !isMixed(cv.sides)) return;
      const { i8, u8 } = cv.sides;
      if (target.startsWith('u')) {
        report(call, `\`${snippet(call)}\` does not compile on ${i8.join(', ')}: \`${snippet(value)}\` is a C \`char\` that is \`i8\` there ` +
          `(\`u8\` on ${u8.join(', ')}), and \`${target}\` has no \`From<i8>\``);
      } else {
        report(call, `\`${snippet(call)}\` widens a C \`char\` that is \`i8\` on ${i8.join(', ')} and \`u8\` on ${u8.join(', ')}: it ` +
          `sign-extends bytes ≥ 0x80 on the first and zero-extends them on the second${extendsLikeC}`);
      }
    }

    /** `c >> n` (and `c >>= n`): an arithmetic shift where the char is `i8`, a logical one where it is `u8`. */
    function checkShift(n: SyntaxNode): void {
      if (n.childForFieldName('operator')?.type !== (n.type === 'binary_expression' ? '>>' : '>>=')) return;
      const left = n.childForFieldName('left');
      const cv = left && charValue(left);
      if (!cv || !isMixed(cv.sides)) return;
      report(n, `\`${snippet(n)}\` shifts a C \`char\` that is \`i8\` on ${cv.sides.i8.join(', ')} and \`u8\` on ${cv.sides.u8.join(', ')}: ` +
        `\`>>\` copies the sign bit into bytes ≥ 0x80 on the first and shifts in zeros on the second` +
        (model.unsignedChar ? ' (kernel C, built with -funsigned-char, shifts in zeros)' : ''));
    }
  },
};

/**
 * The byte test a signed-char comparison `c <op> k` made, on an unsigned char: `c < 0` is
 * `c >= 0x80`, `c == -1` is `c == 0xff`. Undefined where no single comparison says it.
 */
function byteTest(op: string, k: number): { op: string; byte: string } | undefined {
  if ((k === 0 && op === '<') || (k === -1 && op === '<=')) return { op: '>=', byte: '0x80' };
  if ((k === 0 && op === '>=') || (k === -1 && op === '>')) return { op: '<', byte: '0x80' };
  if (k < 0 && (op === '==' || op === '!=')) return { op, byte: hex(256 + k) };
  return undefined;
}

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
