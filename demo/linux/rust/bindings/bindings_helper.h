/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The C headers `bindgen` reads to generate the `bindings` crate.
 *
 * Sorted alphabetically.
 */

#include <linux/err.h>
#include <linux/gfp.h>
#include <linux/jiffies.h>
#include <linux/mutex.h>
#include <linux/refcount.h>
#include <linux/slab.h>

/* Macros `bindgen` cannot evaluate, turned into typed constants. */
const size_t RUST_CONST_HELPER_KMALLOC_MAX_SIZE = KMALLOC_MAX_SIZE;
const gfp_t RUST_CONST_HELPER_GFP_ATOMIC = GFP_ATOMIC;
const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;
const gfp_t RUST_CONST_HELPER___GFP_ZERO = __GFP_ZERO;
