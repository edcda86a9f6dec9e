/**
 * Synthetic large bindings, as a distribution kernel's build generates them: a generated
 * file followed by `copies - 1` copies of itself whose item names are suffixed (`_x1` …),
 * so that every copy defines new names. The benchmark's 8× corpus rows and the test of a
 * large file edited while the server runs both use it.
 */
const ITEM_NAME = /(pub (?:const|type|struct|union|fn|static(?: mut)?) [A-Za-z_][A-Za-z0-9_]*)/g;

export function multipliedBindings(text: string, copies: number): string {
  const out = [text];
  for (let k = 1; k < copies; k++) out.push(text.replace(ITEM_NAME, `$1_x${k}`));
  return out.join('\n');
}
