// SPDX-License-Identifier: GPL-2.0

//! Time, counted in jiffies.

/// A jiffies value: C `unsigned long`.
pub type Jiffies = crate::ffi::c_ulong;

/// The current jiffies value.
pub fn jiffies() -> Jiffies {
    // SAFETY: `jiffies` is always readable; a volatile read is how C reads it too.
    unsafe { core::ptr::read_volatile(core::ptr::addr_of!(bindings::jiffies)) }
}

/// Converts milliseconds to jiffies, rounding up.
pub fn msecs_to_jiffies(msecs: u32) -> Jiffies {
    // SAFETY: `__msecs_to_jiffies` only does arithmetic on its argument.
    unsafe { bindings::__msecs_to_jiffies(msecs) }
}
