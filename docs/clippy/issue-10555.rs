// SPDX-License-Identifier: GPL-2.0
//! rust-clippy #10555: `c_ulong as u64` is needed where `c_ulong` is `u32` (32-bit arm).

pub fn bytes(pages: core::ffi::c_ulong) -> u64 {
    pages as u64 * 4096
}
