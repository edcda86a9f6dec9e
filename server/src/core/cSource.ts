/**
 * Kernel C is full of annotation macros (`__rust_helper`, `__force`, `__must_check`,
 * `__realloc_size(2)`, `__user` …) that tree-sitter-c, having no preprocessor, reads as
 * stray identifiers. We blank them out (same length, so positions hold) before parsing,
 * and keep slicing the original text wherever the user's spelling matters.
 */
import { parseC, type SyntaxTree } from './parse';

const BARE = [
  '__rust_helper', '__force', '__must_check', '__noreturn', '__user', '__iomem', '__percpu', '__rcu',
  '__always_inline', '__init', '__exit', 'notrace', '__cold', '__pure', '__malloc', '__maybe_unused',
  '__always_unused', '__attribute_const__', '__flatten', '__weak', '__nocfi', '__visible', 'asmlinkage',
  '__sched', '__kprobes', '__ref', '__bitwise', '__safe', '__kernel', '__nocast', '__latent_entropy',
  '__randomize_layout', '__packed', '__nonstring', '__deprecated', 'noinline', 'noinstr', '__no_kcsan',
  '__no_sanitize_or_inline', '__no_profile', '__cpuidle', '__init_or_module', '__sched',
  '__const', '__inline', '__inline__', '__private', '__must_be_array', '__nostackprotector',
];
const WITH_ARGS = [
  '__realloc_size', '__alloc_size', '__printf', '__scanf', '__section', '__aligned', '__must_hold',
  '__acquires', '__releases', '__counted_by', '__attribute__', '__cond_acquires', '__assume_aligned',
  '__diagnose_as', '__malloc_like', '__access',
];

const BARE_RE = new RegExp(`\\b(?:${BARE.join('|')})\\b`, 'g');
const ARGS_RE = new RegExp(`\\b(?:${WITH_ARGS.join('|')})\\s*\\(`, 'g');

function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/** Whether the name at `offset` is the subject of a preprocessor line (`#define __rust_helper`). */
function isMacroSubject(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^\s*#\s*(?:define|undef|ifdef|ifndef)\s+$|\bdefined\s*\(?\s*$/.test(text.slice(lineStart, offset));
}

/** Replaces annotation macros by spaces; offsets and line breaks are unchanged. */
export function maskKernelAnnotations(text: string): string {
  let out = text.replace(BARE_RE, (m: string, offset: number) => (isMacroSubject(text, offset) ? m : blank(m)));
  ARGS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const pieces: string[] = [];
  let last = 0;
  while ((m = ARGS_RE.exec(out))) {
    if (isMacroSubject(out, m.index)) continue;
    let depth = 0;
    let end = m.index + m[0].length - 1;
    for (; end < out.length; end++) {
      const c = out[end];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
    }
    if (end >= out.length) break;
    pieces.push(out.slice(last, m.index), blank(out.slice(m.index, end + 1)));
    last = end + 1;
    ARGS_RE.lastIndex = last;
  }
  if (pieces.length) out = pieces.join('') + out.slice(last);
  return out;
}

/** Parses kernel C with its annotation macros masked (`old`: the tree before an edit, for incremental parsing). */
export function parseKernelC(text: string, old?: SyntaxTree): SyntaxTree {
  return parseC(maskKernelAnnotations(text), old);
}
