/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_COMPILER_TYPES_H
#define __LINUX_COMPILER_TYPES_H

/* Sparse annotations: nothing for the compiler. */
#define __user
#define __force
#define __bitwise

#define __must_check		__attribute__((__warn_unused_result__))
#define __always_inline		inline __attribute__((__always_inline__))
#define __realloc_size(x)	__attribute__((__alloc_size__(x)))

#endif /* __LINUX_COMPILER_TYPES_H */
