/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_REFCOUNT_H
#define _LINUX_REFCOUNT_H

#include <linux/types.h>

typedef struct refcount_struct {
	atomic_t refs;
} refcount_t;

static inline void refcount_set(refcount_t *r, int n)
{
	__atomic_store_n(&r->refs.counter, n, __ATOMIC_RELAXED);
}

static inline void refcount_inc(refcount_t *r)
{
	__atomic_fetch_add(&r->refs.counter, 1, __ATOMIC_RELAXED);
}

static inline void refcount_dec(refcount_t *r)
{
	__atomic_fetch_sub(&r->refs.counter, 1, __ATOMIC_RELEASE);
}

static inline bool refcount_dec_and_test(refcount_t *r)
{
	return __atomic_sub_fetch(&r->refs.counter, 1, __ATOMIC_ACQ_REL) == 0;
}

#endif /* _LINUX_REFCOUNT_H */
