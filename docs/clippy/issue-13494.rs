// SPDX-License-Identifier: GPL-2.0
//! rust-clippy #13494: the second cast of `x as c_int as c_int` does nothing.

use core::ffi::c_int;

pub fn errno(e: u32) -> c_int {
    e as c_int as c_int
}
