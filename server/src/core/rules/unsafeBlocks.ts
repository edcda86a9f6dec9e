/**
 * `unsafe` blocks as fixes change them: which operations in a block need it (so that a fix
 * that makes a call safe can tell whether the block may go, and rustc will not warn
 * `unused_unsafe`), the `// SAFETY:` comment that justifies a block (kernel convention,
 * ffi-domain §6), and the edits that make `unsafe { bindings::X(a) }` a call of something safe.
 */
import type { TextEdit } from '../model';
import { nodeRange, type SyntaxNode } from '../parse';
import type { TypeResolver } from '../types/resolve';

/** Methods that are safe whatever they are called on (raw pointers' and slices' own, and conversions). */
const SAFE_METHODS = new Set([
  'cast', 'cast_mut', 'cast_const', 'is_null', 'addr', 'as_ptr', 'as_mut_ptr', 'as_char_ptr', 'len', 'is_empty',
  'wrapping_add', 'wrapping_sub', 'wrapping_offset', 'into', 'try_into', 'clone',
]);

/** Macros that are safe to invoke (their expansions carry their own `unsafe` where they need one). */
const SAFE_MACROS = new Set([
  'pr_emerg', 'pr_alert', 'pr_crit', 'pr_err', 'pr_warn', 'pr_notice', 'pr_info', 'pr_debug', 'pr_cont',
  'dev_emerg', 'dev_alert', 'dev_crit', 'dev_err', 'dev_warn', 'dev_notice', 'dev_info', 'dev_dbg',
  'c_str', 'b_str', 'assert', 'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'matches', 'format_args',
]);

/**
 * Whether a macro invocation needs no `unsafe`: a safe macro whose arguments only read locals
 * and constants (no call, no `*`, which may be a dereference; tokens are all we see of them).
 */
function isSafeMacro(n: SyntaxNode, types: TypeResolver): boolean {
  const name = n.childForFieldName('macro')?.text.split('::').pop() ?? '';
  if (!SAFE_MACROS.has(name)) return false;
  const safeTokens = (tt: SyntaxNode): boolean => tt.children.every((t, i) => {
    if (t.type === '*') return false;
    if (t.type === 'token_tree') return tt.children[i - 1]?.type !== 'identifier' && safeTokens(t);
    if (t.type !== 'identifier') return true;
    const prev = tt.children[i - 1]?.type;
    // A field after `.`, or a path's later segment, is read through what precedes it.
    return prev === '.' || prev === '::' || types.isLocalBinding(t.text, t) || /^[A-Z][A-Z0-9_]*$/.test(t.text) && types.valueNeedsUnsafe(t) === false;
  });
  const args = n.namedChildren.find((c) => c.type === 'token_tree');
  return !args || safeTokens(args);
}

/** Where an identifier is not a value being read: patterns and the names they bind. */
function isPatternPosition(n: SyntaxNode): boolean {
  const p = n.parent;
  if (!p) return false;
  if (p.type.endsWith('pattern') || p.type === 'closure_parameters' || p.type === 'parameter') return true;
  return p.type === 'let_declaration' && p.childForFieldName('pattern')?.id === n.id;
}

/**
 * The operations under `root` that may need `unsafe`: calls of functions not known to be safe
 * (binding functions, `unsafe fn`s, anything unknown), methods other than a few always-safe
 * ones, macros but a few safe ones, dereferences, field reads of what may be a union, and reads of extern or
 * `static mut` statics or of anything unknown. Known safe: functions of the file and of `core`
 * declared safe, the kernel crate's safe functions, locals, consts. `madeSafe`: a call that a
 * fix turns into a safe one (its arguments still count).
 */
export function unsafeOperations(root: SyntaxNode, types: TypeResolver, madeSafe?: SyntaxNode): SyntaxNode[] {
  const ops: SyntaxNode[] = [];
  const isPath = (n: SyntaxNode) => n.type === 'identifier' || n.type === 'scoped_identifier';
  const scan = (n: SyntaxNode | null): void => {
    if (!n) return;
    switch (n.type) {
      case 'function_item':
      case 'line_comment':
      case 'block_comment':
        return;
      case 'macro_invocation':
        if (!isSafeMacro(n, types)) ops.push(n);
        return;
      case 'call_expression': {
        const callee = n.childForFieldName('function');
        if (n.id !== madeSafe?.id && callee) {
          if (callee.type === 'field_expression') {
            if (!SAFE_METHODS.has(callee.childForFieldName('field')?.text ?? '')) ops.push(n);
            scan(callee.childForFieldName('value'));
          } else if (isPath(callee) || callee.type === 'generic_function') {
            if (types.callNeedsUnsafe(callee) !== false) ops.push(n);
          } else {
            ops.push(n);
            scan(callee);
          }
        }
        scan(n.childForFieldName('arguments'));
        return;
      }
      case 'unary_expression':
        if (n.children[0]?.type === '*') ops.push(n);
        break;
      case 'field_expression':
        // A field of something of unknown type may be a union's.
        if (!types.typeOf(n)) ops.push(n);
        scan(n.childForFieldName('value'));
        return;
      case 'identifier':
      case 'scoped_identifier':
        if (!isPatternPosition(n) && types.valueNeedsUnsafe(n) !== false) ops.push(n);
        return;
      case 'type_cast_expression':
        scan(n.childForFieldName('value'));
        return;
      case 'let_declaration':
        scan(n.childForFieldName('value'));
        scan(n.childForFieldName('alternative'));
        return;
      case 'closure_expression':
        scan(n.childForFieldName('body'));
        return;
    }
    for (const c of n.namedChildren) scan(c);
  };
  scan(root);
  return ops;
}

/** The nearest `unsafe` block around `n` within its function (closures inherit it). */
function enclosingUnsafeBlock(n: SyntaxNode): SyntaxNode | undefined {
  for (let p = n.parent; p && p.type !== 'function_item'; p = p.parent) if (p.type === 'unsafe_block') return p;
  return undefined;
}

/** The statement (a child of a block) that holds `n`. */
function statementOf(n: SyntaxNode): SyntaxNode | undefined {
  let cur = n;
  while (cur.parent && cur.parent.type !== 'block') {
    if (cur.parent.type === 'function_item' || cur.parent.type === 'source_file') return undefined;
    cur = cur.parent;
  }
  return cur.parent ? cur : undefined;
}

/** A `// SAFETY:` comment: its lines' text (without `//`), and the whole lines it stands on. */
export interface SafetyComment {
  lines: string[];
  from: number;
  to: number;
}

/**
 * The `// SAFETY:` comment on the lines right above the statement holding `block`, when that
 * statement holds no other `unsafe` block (the comment is then this block's alone): from its
 * `SAFETY:` line to the last comment line above the statement.
 */
function safetyCommentOf(block: SyntaxNode, text: string): SafetyComment | undefined {
  const stmt = statementOf(block);
  if (!stmt || stmt.descendantsOfType('unsafe_block').length !== 1) return undefined;
  const run: SyntaxNode[] = [];
  let line = stmt.startPosition.row;
  for (let c = stmt.previousNamedSibling; c?.type === 'line_comment' && c.endPosition.row === line - 1; c = c.previousNamedSibling) {
    run.unshift(c);
    line = c.startPosition.row;
  }
  const first = run.findIndex((c) => /^\/\/\s*SAFETY:/.test(c.text));
  if (first < 0) return undefined;
  const from = text.lastIndexOf('\n', run[first].startIndex - 1) + 1;
  // Each comment alone on its line, the statement first on its own.
  if (run.slice(first).some((c) => text.slice(text.lastIndexOf('\n', c.startIndex - 1) + 1, c.startIndex).trim() !== '')) return undefined;
  const to = text.lastIndexOf('\n', stmt.startIndex - 1) + 1;
  if (text.slice(to, stmt.startIndex).trim() !== '') return undefined;
  return { lines: run.slice(first).map((c) => c.text.replace(/^\/\/\s?/, '').trimEnd()), from, to };
}

/** What happens to the `unsafe` block around a call a fix makes safe. */
export interface SafeCallEdit {
  /** The edits at the call site. */
  edits: TextEdit[];
  /** The block's `// SAFETY:` comment when the block went with it. */
  safety?: SafetyComment;
}

const BLOCK_LIKE = new Set(['block', 'unsafe_block', 'if_expression', 'match_expression', 'loop_expression', 'while_expression', 'for_expression']);

const endsStatement = (n: SyntaxNode) => n.text.trimEnd().endsWith(';') || BLOCK_LIKE.has((n.type === 'expression_statement' ? n.namedChildren[0] : n)?.type ?? '');

/**
 * The edits that make `call` call `callee` (a safe function) instead. When that leaves its
 * `unsafe` block nothing that needs it, the block goes and its `// SAFETY:` comment with it:
 * `unsafe { bindings::X(a) as usize }` becomes `f(a) as usize`; a block of several statements
 * gives them to the enclosing block, one level less indented (or, when it declares something
 * that would outlive it, stays a plain block). Otherwise only the callee's path changes.
 */
export function makeCallSafe(call: SyntaxNode, callee: string, text: string, types: TypeResolver, at: (offset: number) => { line: number; character: number }): SafeCallEdit {
  const path = call.childForFieldName('function')!;
  const withCallee = (from: number, to: number) => text.slice(from, path.startIndex) + callee + text.slice(path.endIndex, to);
  const block = enclosingUnsafeBlock(call);
  const inner = block?.namedChildren.find((c) => c.type === 'block');
  if (!block || !inner || unsafeOperations(inner, types, call).length) return { edits: [{ range: nodeRange(path), newText: callee }] };
  const safety = safetyCommentOf(block, text);
  const done = (edits: TextEdit[]): SafeCallEdit => ({
    edits: safety ? [...edits, { range: { start: at(safety.from), end: at(safety.to) }, newText: '' }] : edits,
    safety,
  });
  const body = inner.namedChildren.filter((c) => !c.type.endsWith('comment'));
  const outer = block.parent;
  // One expression: `unsafe { E }` is `E`; `unsafe { E; };` is `E;` (only as a statement: its value is `()`).
  const only = body.length === 1 && !inner.namedChildren.some((c) => c.type.endsWith('comment')) ? body[0] : undefined;
  const statement = only?.type === 'expression_statement' && only.text.trimEnd().endsWith(';');
  const expr = statement ? only!.namedChildren[0] : only;
  if (expr && (!statement || outer?.type === 'expression_statement')) {
    const semicolon = statement && !outer!.text.trimEnd().endsWith(';') ? ';' : '';
    return done([{ range: nodeRange(block), newText: withCallee(expr.startIndex, expr.endIndex) + semicolon }]);
  }
  const stmt = outer?.type === 'expression_statement' ? outer : block;
  const lineStart = text.lastIndexOf('\n', stmt.startIndex - 1) + 1;
  const nl = text.indexOf('\n', stmt.endIndex);
  const lineEnd = nl < 0 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
  const alone = text.slice(lineStart, stmt.startIndex).trim() === '' && text.slice(stmt.endIndex, lineEnd).trim() === '';
  const declares = body.some((c) => c.type === 'let_declaration' || c.type.endsWith('_item') || c.type === 'macro_definition');
  if (stmt.parent?.type !== 'block' || !alone || declares || !body.length) {
    return done([{ range: nodeRange(path), newText: callee }, { range: { start: at(block.startIndex), end: at(inner.startIndex) }, newText: '' }]);
  }
  // The statements, one level less indented; a tail made a statement when the block's value was dropped.
  const indent = text.slice(lineStart, stmt.startIndex);
  const open = inner.startIndex + 1;
  const close = inner.endIndex - 1;
  const lines = withCallee(open, close).split(/\r?\n/);
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const innerIndent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  const last = body[body.length - 1];
  const isTail = stmt.parent.namedChildren.filter((c) => !c.type.endsWith('comment')).pop()?.id === stmt.id && !stmt.text.trimEnd().endsWith(';');
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const spliced = lines.map((l) => (l.trim() ? indent + l.slice(innerIndent) : '')).join(eol) + (isTail || endsStatement(last) ? '' : ';');
  return done([{ range: { start: at(lineStart), end: at(lineEnd) }, newText: spliced }]);
}
