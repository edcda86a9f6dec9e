/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/gfp.h>
#include <linux/types.h>

#define KMALLOC_SHIFT_MAX	22
#define KMALLOC_MAX_SIZE	((size_t)1 << KMALLOC_SHIFT_MAX)

void * __must_check __kmalloc(size_t size, gfp_t flags);
void * __must_check __realloc_size(2)
krealloc_noprof(const void *objp, size_t new_size, gfp_t flags);
void kfree(const void *objp);

#define krealloc(...)	krealloc_noprof(__VA_ARGS__)

static __always_inline void *kmalloc(size_t size, gfp_t flags)
{
	return __kmalloc(size, flags);
}

static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

#endif /* _LINUX_SLAB_H */
