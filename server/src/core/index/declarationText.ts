/**
 * An item's declaration as text, the way `rfl-ffi bindings` prints it and the corpus test
 * compares the headers-only model with bindgen: for a generated file, the item around its
 * name without attributes, doc comments or the `extern "C" {` around it; and a normal form
 * in which rustfmt's line breaks and trailing commas do not count.
 */

/** The item whose name sits on `line` (0-based) of a generated file, as written. */
export function generatedItemText(text: string, line: number): string | undefined {
  let start = 0;
  for (let i = 0; i < line; i++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return undefined;
  }
  // The item starts where its name's line does (bindgen writes `pub fn name(` on one line; lib.rs `type name =`).
  let pub = start;
  while (text[pub] === ' ' || text[pub] === '\t') pub++;
  if (!/^(pub\s|type\s|const\s|static\s|fn\s|struct\s|union\s)/.test(text.slice(pub, pub + 8))) return undefined;
  let depth = 0;
  for (let i = pub; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (c === '(' || c === '[' || c === '{' || c === '<') depth++;
    else if (c === ')' || c === ']' || c === '>') depth--;
    else if (c === '}') {
      if (--depth === 0 && /^pub\s+(struct|union)\b/.test(text.slice(pub, pub + 12))) return text.slice(pub, i + 1);
    } else if (c === ';' && depth === 0) return text.slice(pub, i + 1);
    // `->` is no bracket.
    if (c === '>' && text[i - 1] === '-') depth++;
  }
  return undefined;
}

/** One space where words meet, none around punctuation, no trailing comma before a closing bracket. */
export function normalizeDeclaration(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/ ?([(){}[\]<>,;:*&=!]|->) ?/g, '$1')
    .replace(/,([)}\]>])/g, '$1')
    .trim();
}
