// SPDX-License-Identifier: GPL-2.0

//! C types, as the kernel's C code has them.
//!
//! [`core::ffi`] follows the C ABI of each target, which the kernel departs from: its C is
//! built with `-funsigned-char`, and `long` is pointer-sized on every architecture it runs
//! Rust on. The aliases here are therefore the same everywhere.

#![no_std]
#![allow(non_camel_case_types)]

/// C `char`: unsigned, since the kernel builds with `-funsigned-char`.
pub type c_char = u8;
/// C `signed char`.
pub type c_schar = i8;
/// C `unsigned char`.
pub type c_uchar = u8;
/// C `short`.
pub type c_short = i16;
/// C `unsigned short`.
pub type c_ushort = u16;
/// C `int`.
pub type c_int = i32;
/// C `unsigned int`.
pub type c_uint = u32;
/// C `long`: the kernel's `intptr_t`, so pointer-sized.
pub type c_long = isize;
/// C `unsigned long`: pointer-sized, like `c_long`.
pub type c_ulong = usize;
/// C `long long`.
pub type c_longlong = i64;
/// C `unsigned long long`.
pub type c_ulonglong = u64;

pub use core::ffi::c_void;
