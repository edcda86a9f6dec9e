/**
 * Freeing memory at once, where a host knows that much just became garbage.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

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
      v8.setFlagsFromString('--expose-gc');
      const exposed: unknown = vm.runInNewContext('gc');
      gc = typeof exposed === 'function' ? (exposed as Collector) : null;
    } catch {
      gc = null;
    }
  }
  // Node 20's collector runs a minor collection for `{ type: 'major' }` (--trace-gc): a full one is asked for with no options.
  if (type === 'minor') gc?.({ type });
  else gc?.();
}
