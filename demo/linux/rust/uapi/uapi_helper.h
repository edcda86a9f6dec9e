/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The UAPI headers `bindgen` reads to generate the `uapi` crate.
 *
 * Sorted alphabetically.
 */

#include <uapi/linux/rust_misc.h>
