// SPDX-License-Identifier: GPL-2.0
/*
 * C macros and inline functions have no symbol that Rust could link to.
 * Each helper here wraps one of them in a real function, which bindgen
 * exposes to Rust as `bindings::<wrapped name>`.
 *
 * Sorted alphabetically.
 */

/*
 * bindgen has to see plain declarations; everywhere else the helpers may be
 * inlined into their Rust callers.
 */
#ifdef __BINDGEN__
#define __rust_helper
#else
#define __rust_helper inline
#endif

#include "err.c"
#include "mutex.c"
#include "slab.c"
#include "refcount.c"
