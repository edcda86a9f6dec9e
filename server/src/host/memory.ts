/**
 * Freeing memory at once, where a host knows that much just became garbage.
 */

type Collector = (options?: { type: 'major' | 'minor' }) => void;

let gc: Collector | null | undefined;

/**
 * A garbage collection now, for what V8 would collect later than it should because it does not
 * see its size: large buffers (their bytes are outside its heap) that lived long enough to be
 * old (a full collection), or tree-sitter trees, whose native memory goes with their young
 * wrappers (a minor one). V8's collector is exposed once (`--expose-gc` set, then read from a
 * new context); where it cannot be, this does nothing.
 */
export function collectGarbage(type: 'major' | 'minor' = 'major'): void {
  if (gc === undefined) {
    try {
      // Loaded here, not with the module: most starts never collect.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const v8 = require('node:v8') as typeof import('node:v8');
      v8.setFlagsFromString('--expose-gc');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exposed: unknown = (require('node:vm') as typeof import('node:vm')).runInNewContext('gc');
      // The flag set back once the collector is had: V8 takes a code cache (loader.ts) only
      // under the flags it was made with, and the collector stays.
      v8.setFlagsFromString('--no-expose-gc');
      gc = typeof exposed === 'function' ? (exposed as Collector) : null;
    } catch {
      gc = null;
    }
  }
  // Node 20's collector runs a minor collection for `{ type: 'major' }` (--trace-gc): a full one is asked for with no options.
  if (type === 'minor') gc?.({ type });
  else gc?.();
}
