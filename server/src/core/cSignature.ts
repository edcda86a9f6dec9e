/**
 * C function signatures read from tree-sitter-c nodes of masked kernel C (cSource.ts):
 * the name, the parameters as written, and the return type with the qualifiers a wrapper
 * must keep. Shared by the helper index and the header scan.
 */
import type { SyntaxNode } from './parse';

export interface CParam {
  /** The parameter's declaration as written, qualifiers kept (`const void __user *from`). */
  text: string;
  name?: string;
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The identifier a declarator declares. */
export function declaratorName(decl: SyntaxNode | null): SyntaxNode | undefined {
  let d = decl;
  while (d) {
    if (d.type === 'identifier') return d;
    if (d.type === 'function_declarator' || d.type === 'pointer_declarator' || d.type === 'parenthesized_declarator'
      || d.type === 'array_declarator' || d.type === 'attributed_declarator') {
      d = d.childForFieldName('declarator') ?? d.namedChildren.find((c) => c.type.endsWith('declarator') || c.type === 'identifier') ?? null;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The outermost function declarator inside a declarator (`*f(…)` → `f(…)`). */
export function functionDeclarator(decl: SyntaxNode | null): SyntaxNode | undefined {
  let d = decl;
  while (d && d.type !== 'function_declarator') d = d.childForFieldName('declarator');
  return d ?? undefined;
}

/** Parameters of a function declarator, `(void)` giving none; `variadic` for `...`. */
export function functionParams(text: string, fnDecl: SyntaxNode): { params: CParam[]; variadic: boolean } {
  const params: CParam[] = [];
  let variadic = false;
  for (const p of fnDecl.childForFieldName('parameters')?.namedChildren ?? []) {
    if (p.type === 'variadic_parameter') {
      variadic = true;
      continue;
    }
    if (p.type !== 'parameter_declaration') continue;
    const ptext = collapse(text.slice(p.startIndex, p.endIndex));
    if (ptext === 'void') continue;
    params.push({ text: ptext, name: declaratorName(p.childForFieldName('declarator'))?.text });
  }
  // tree-sitter-c reads `...` as an anonymous token in some versions.
  if (!variadic && fnDecl.childForFieldName('parameters')?.children.some((c) => c.type === '...')) variadic = true;
  return { params, variadic };
}

/**
 * Where a definition really starts: tree-sitter saw the masked text, so annotations such
 * as `__rust_helper` or `__force` before the return type are outside its node.
 */
export function definitionStart(text: string, masked: string, nodeStart: number): number {
  let i = nodeStart;
  while (i > 0 && /\s/.test(masked[i - 1])) i--;
  while (i < nodeStart && /\s/.test(text[i])) i++;
  return i;
}

/** Tidies the spelling of a return type: one space, `void *`, `char **`. */
export function tidyType(s: string): string {
  return collapse(s).replace(/\s*\*\s*$/, ' *').replace(/\s+\*/g, ' *').replace(/\*\s+\*/g, '**');
}

/** Address-space qualifiers: part of a type wherever it is spelt. */
export const ADDRESS_SPACES: ReadonlySet<string> = new Set(['__user', '__iomem', '__percpu', '__rcu']);
/** Annotations a wrapper keeps on its return type: address spaces and what bindgen or callers rely on. */
const KEPT_ANNOTATIONS = new Set([...ADDRESS_SPACES, '__force', '__must_check', '__malloc', '__alloc_size', '__realloc_size']);
const STORAGE_WORDS = /\b(?:static|inline|extern)\b/g;

/**
 * The return type of a function as a wrapper should spell it, from the text before its name
 * (`head`, original spelling) and the same span of masked text: storage class, `inline` and
 * annotations about the original (`__always_inline`, `notrace`, `__attribute__((…))`) go;
 * `const`, `__iomem`, `__user`, `__must_check` and allocation attributes stay.
 */
export function wrapperReturnType(head: string, maskedHead: string, kept: ReadonlySet<string> = KEPT_ANNOTATIONS): string {
  let out = '';
  let i = 0;
  while (i < head.length) {
    if (maskedHead[i] === head[i] || /\s/.test(head[i])) {
      out += head[i++];
      continue;
    }
    // An annotation blanked by the mask: it runs while the mask shows blanks over non-blanks.
    let j = i;
    while (j < head.length && maskedHead[j] !== head[j]) j++;
    const annotation = head.slice(i, j);
    const word = /^\w+/.exec(annotation)?.[0] ?? '';
    if (kept.has(word)) out += annotation;
    i = j;
  }
  return tidyType(out.replace(STORAGE_WORDS, ' '));
}
