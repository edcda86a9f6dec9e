/**
 * helper-misnamed: `rust_helper_X` is what Rust calls `bindings::X` (the sed in rust/Makefile
 * strips the prefix). Helpers often call a function of another name on purpose (ffi-domain §4:
 * `lockdep_assert_held()` for `*_assert_is_held`, `__X` or `_inline_X` for `X`, a macro that
 * computes the value), so only two clear slips are reported: a body that calls the opposite of
 * its name (`refcount_inc` in `rust_helper_refcount_dec`), and two sibling helpers whose
 * bodies are swapped. Anything else says nothing.
 */
import type { Rule } from './rule';
import type { Helper } from '../index/helpers';
import { isHelperFile } from '../tree';
import { helpersInFile } from './helperFile';

/** Words a slip swaps for each other. `un…` for a word (`lock`/`unlock`, `map`/`unmap`) is an opposite too. */
const OPPOSITE_WORDS: readonly [string, string][] = [
  ['inc', 'dec'], ['increment', 'decrement'], ['get', 'put'], ['enable', 'disable'], ['set', 'clear'],
  ['add', 'sub'], ['add', 'del'], ['add', 'remove'], ['start', 'stop'], ['read', 'write'], ['to', 'from'],
  ['acquire', 'release'], ['up', 'down'], ['on', 'off'], ['save', 'restore'], ['alloc', 'free'],
  ['push', 'pop'], ['in', 'out'], ['min', 'max'], ['first', 'last'], ['next', 'prev'], ['open', 'close'],
  ['attach', 'detach'], ['load', 'store'], ['enter', 'exit'], ['begin', 'end'], ['suspend', 'resume'],
];

const OPPOSITES = new Map<string, Set<string>>();
for (const [a, b] of OPPOSITE_WORDS) {
  for (const [x, y] of [[a, b], [b, a]]) {
    if (!OPPOSITES.has(x)) OPPOSITES.set(x, new Set());
    OPPOSITES.get(x)!.add(y);
  }
}

/** Part of a word is compared only when it is this long: `irqsave`/`irqrestore`, `kmap`/`kunmap`. */
const MIN_PART = 3;

/** The two opposite words by which `a` and `b` differ (whole, or inside a word), if they do. */
function swappedWords(a: string, b: string): [string, string] | undefined {
  if (OPPOSITES.get(a)?.has(b)) return [a, b];
  for (const [x, ys] of OPPOSITES) {
    if (x.length < MIN_PART) continue;
    for (let i = a.indexOf(x); i >= 0; i = a.indexOf(x, i + 1)) {
      const [prefix, suffix] = [a.slice(0, i), a.slice(i + x.length)];
      for (const y of ys) if (y.length >= MIN_PART && b === prefix + y + suffix) return [x, y];
    }
  }
  // `un` before a word: `unlock` for `lock`, `kunmap` for `kmap`.
  for (const [long, short] of [[a, b], [b, a]]) {
    for (let i = long.indexOf('un'); i >= 0; i = long.indexOf('un', i + 1)) {
      if (long.length - i - 2 < MIN_PART || long.slice(0, i) + long.slice(i + 2) !== short) continue;
      const word = long.slice(i + 2);
      return long === a ? [`un${word}`, word] : [word, `un${word}`];
    }
  }
  return undefined;
}

const words = (name: string) => name.toLowerCase().split('_').filter(Boolean);

/**
 * The pairs of words by which the helper's name and its callee differ, when every word that
 * differs is swapped for its opposite; undefined for any other difference.
 */
function oppositeOfName(name: string, callee: string): [string, string][] | undefined {
  const [wa, wb] = [words(name), words(callee)];
  if (wa.length !== wb.length) return undefined;
  const swaps: [string, string][] = [];
  for (let k = 0; k < wa.length; k++) {
    if (wa[k] === wb[k]) continue;
    const swap = swappedWords(wa[k], wb[k]);
    if (!swap) return undefined;
    swaps.push(swap);
  }
  return swaps.length ? swaps : undefined;
}

const quoted = (swaps: [string, string][]) => swaps.map(([x, y]) => `\`${y}\` for \`${x}\``).join(' and ');

export const helperMisnamed: Rule = {
  meta: {
    code: 'helper-misnamed',
    language: 'c',
    defaultSeverity: 'warning',
    description: '`rust_helper_X` calls the opposite of `X`, or two helpers\' bodies are swapped.',
    fixable: false,
    machineFix: false,
  },
  check(ctx) {
    if (!isHelperFile(ctx.model, ctx.file)) return;
    const helpers = helpersInFile(ctx);
    const byRustName = new Map<string, Helper>(helpers.map((h) => [h.rustName, h]));
    for (const h of helpers) {
      if (!h.forwardsTo || !h.forwardsToRange || h.forwardsTo === h.rustName) continue;
      const call = { file: ctx.file, range: h.forwardsToRange, message: `the call to \`${h.forwardsTo}\`` };
      const sibling = byRustName.get(h.forwardsTo);
      if (sibling && sibling !== h && sibling.forwardsTo === h.rustName) {
        ctx.report({
          range: h.nameRange,
          message:
            `\`${h.name}\` calls \`${h.forwardsTo}\` and \`${sibling.name}\` (line ${sibling.nameRange.start.line + 1}) calls ` +
            `\`${h.rustName}\`: the two bodies are swapped, so Rust's \`bindings::${h.rustName}\` runs \`${h.forwardsTo}\`; ` +
            `make it call \`${h.rustName}\``,
          related: [call],
        });
        continue;
      }
      const swaps = oppositeOfName(h.rustName, h.forwardsTo);
      if (!swaps) continue;
      ctx.report({
        range: h.nameRange,
        message:
          `\`${h.name}\` calls \`${h.forwardsTo}\`, the opposite of \`${h.rustName}\` (${quoted(swaps)}): Rust's ` +
          `\`bindings::${h.rustName}\` does the opposite of what it says; make it call \`${h.rustName}\``,
        related: [call],
      });
    }
  },
};
