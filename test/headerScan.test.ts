/** The doc comment scanHeader attaches to each declaration of a header. */
import { describe, expect, it } from 'vitest';
import { scanHeader } from '../server/src/core/index/headerScan';

const docs = (text: string) => scanHeader('/t/include/linux/x.h', 'linux/x.h', text).map((d) => [d.name, d.doc]);

describe('header doc comments', () => {
  it('takes the comment directly above a declaration, and only that', () => {
    expect(docs([
      '/** Locks. */',
      'static inline void a(void) {}',
      '// one',
      '// two',
      'static inline void b(void) {}',
      '// far away',
      '',
      'static inline void c(void) {}',
      '  // indented',
      '#define E(x) (x)',
      'int f(int); /* trailing */ int g(int);',
      '',
    ].join('\n'))).toEqual([
      ['a', '/** Locks. */'],
      ['b', '// one\n// two'],
      ['c', undefined],
      ['E', '  // indented'],
      ['f', undefined],
      ['g', '/* trailing */'],
    ]);
  });

  it('reads CRLF and lone-CR headers the same way', () => {
    const lf = '/* block */\nstatic inline void d(void) {}\n// line\nint e(void);\n';
    expect(docs(lf.replace(/\n/g, '\r\n'))).toEqual([['d', '/* block */'], ['e', '// line']]);
    expect(docs(lf.replace(/\n/g, '\r'))).toEqual([['d', '/* block */'], ['e', '// line']]);
  });

  it('gives each of 3,000 declarations of one large header its own comment', () => {
    const n = 3000;
    const text = Array.from({ length: n }, (_, i) => `/** f${i} does ${i}. */\nextern int f${i}(int a);\n`).join('\n');
    const found = docs(text);
    expect(found).toHaveLength(n);
    expect(found.filter(([name, doc]) => doc !== `/** ${name} does ${String(name).slice(1)}. */`)).toEqual([]);
  });
});
