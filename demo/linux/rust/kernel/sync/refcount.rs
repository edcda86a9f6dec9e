// SPDX-License-Identifier: GPL-2.0

//! [`Refcount`]: a saturating reference count, the C `refcount_t`.

use core::cell::UnsafeCell;

/// A `refcount_t`.
#[repr(transparent)]
pub struct Refcount(UnsafeCell<bindings::refcount_t>);

// SAFETY: `refcount_t` is updated with atomic operations only.
unsafe impl Sync for Refcount {}

impl Refcount {
    /// A count of `n`.
    pub fn new(n: i32) -> Self {
        let r = Self(UnsafeCell::new(bindings::refcount_t::default()));
        // SAFETY: `r.0` is valid for writes and not shared yet.
        unsafe { bindings::refcount_set(r.0.get(), n) };
        r
    }

    /// Takes one more reference.
    pub fn inc(&self) {
        // SAFETY: `self.0` is a valid `refcount_t`.
        unsafe { bindings::refcount_inc(self.0.get()) };
    }

    /// Drops a reference; `true` when it was the last one.
    #[must_use]
    pub fn dec_and_test(&self) -> bool {
        // SAFETY: `self.0` is a valid `refcount_t`.
        unsafe { bindings::refcount_dec_and_test(self.0.get()) }
    }
}
