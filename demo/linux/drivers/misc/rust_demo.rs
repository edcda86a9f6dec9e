// SPDX-License-Identifier: GPL-2.0

//! A driver that calls into C directly instead of through the `kernel` crate.

use kernel::bindings;
use kernel::prelude::*;

module! {
    type: RustDemo,
    name: "rust_demo",
    author: "rfl-ffi demo",
    description: "Calls C directly",
    license: "GPL",
}

struct RustDemo {
    lock: KBox<bindings::mutex>,
    key: KBox<bindings::lock_class_key>,
    hits: u64,
}

/// Initialises `lock`, naming it for lockdep.
fn init_lock(lock: *mut bindings::mutex, key: *mut bindings::lock_class_key) {
    let name: *const i8 = c"rust_demo".as_ptr();
    // SAFETY: `lock` and `key` are boxed by the caller and outlive the mutex; `name` is static.
    unsafe { bindings::__mutex_init(lock, name, key) };
}

/// Counts one hit with `lock` held.
fn bump(lock: *mut bindings::mutex, hits: &mut u64) {
    // SAFETY: `init_lock` initialised `lock`.
    unsafe { bindings::mutex_lock(lock) };
    *hits += 1;
    // SAFETY: This thread took `lock` just above.
    unsafe { kernel::bindings::mutex_unlock(lock) };
}

/// A timeout of `ms` milliseconds, in jiffies.
fn timeout(ms: u32) -> usize {
    // SAFETY: `__msecs_to_jiffies` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }
}

/// The size in bytes of `pages` pages.
fn pages_to_bytes(pages: core::ffi::c_ulong) -> u64 {
    pages as u64 * 4096
}

/// Whether a C string starts with an ASCII byte.
fn starts_ascii(s: *const core::ffi::c_char) -> bool {
    // SAFETY: Callers pass a NUL-terminated string, so its first byte is readable.
    let first = unsafe { *s };
    (first as i32) < 0x80
}

/// A scratch buffer for one request.
fn scratch() -> *mut core::ffi::c_void {
    // SAFETY: `GFP_KERNEL` may sleep, which module init allows.
    unsafe { bindings::kmalloc(64, bindings::GFP_KERNEL) }
}

impl kernel::Module for RustDemo {
    fn init() -> Result<Self> {
        let mut lock = KBox::new(bindings::mutex::default(), GFP_KERNEL)?;
        let mut key = KBox::new(bindings::lock_class_key::default(), GFP_KERNEL)?;
        init_lock(&mut *lock, &mut *key);
        let mut hits = 0;
        bump(&mut *lock, &mut hits);
        if scratch().is_null() || !starts_ascii(c"demo".as_ptr()) {
            return Err(ENOMEM);
        }
        let _budget = (pages_to_bytes(4), timeout(100), ticks_to_ms(25));
        Ok(RustDemo { lock, key, hits })
    }
}

/// How many milliseconds `ticks` jiffies last.
fn ticks_to_ms(ticks: kernel::ffi::c_ulong) -> u32 {
    // SAFETY: `jiffies_to_msecs` only does arithmetic.
    unsafe { bindings::jiffies_to_msecs(ticks) }
}
