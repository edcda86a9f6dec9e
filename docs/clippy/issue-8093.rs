// SPDX-License-Identifier: GPL-2.0
//! rust-clippy #8093: an alias of a cfg-dependent alias is still cfg-dependent.

pub type Jiffies = core::ffi::c_ulong;

pub fn to_u64(j: Jiffies) -> u64 {
    j as u64
}
