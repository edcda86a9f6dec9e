import { describe, expect, it } from 'vitest';
import { maskKernelAnnotations, parseKernelC } from '../server/src/core/cSource';

describe('kernel C annotations', () => {
  it('blanks annotations in place, keeping offsets and line breaks', () => {
    const src = 'void * __must_check __realloc_size(2)\nrust_helper_krealloc(const void __user *p)\n{\n}\n';
    const masked = maskKernelAnnotations(src);
    const spaces = (s: string) => ' '.repeat(s.length);
    expect(masked).toBe(`void * ${spaces('__must_check __realloc_size(2)')}\nrust_helper_krealloc(const void ${spaces('__user')} *p)\n{\n}\n`);
    expect(parseKernelC(src).rootNode.hasError).toBe(false);
  });

  it('leaves the macro being defined or tested alone', () => {
    const src = '#ifndef __rust_helper\n#define __rust_helper inline\n#endif\n#if defined(__must_check)\n#define __alloc_size(x) __attribute__((alloc_size(x)))\n#endif\n';
    const attr = '__attribute__((alloc_size(x)))';
    expect(maskKernelAnnotations(src)).toBe(src.replace(attr, ' '.repeat(attr.length)));
    expect(parseKernelC('#ifndef __rust_helper\n#define __rust_helper inline\n#endif\n').rootNode.hasError).toBe(false);
  });
});
