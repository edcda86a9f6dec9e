/**
 * Freeing memory at once, where a host knows that much just became garbage.
 */
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection now. For what V8 would collect only when it next needs old space:
 * large buffers (their bytes are outside its heap, so they hardly hasten that) that lived long
 * enough to be old. V8's collector is exposed once (`--expose-gc` set, then read from a new
 * context); where it cannot be, this does nothing.
 */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const exposed: unknown = vm.runInNewContext('gc');
      gc = typeof exposed === 'function' ? (exposed as () => void) : null;
    } catch {
      gc = null;
    }
  }
  gc?.();
}
