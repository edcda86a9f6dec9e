// SPDX-License-Identifier: GPL-2.0

//! [`KBox`]: one value in `kmalloc` memory.

use super::Flags;
use crate::error::{code::ENOMEM, Result};
use core::ops::{Deref, DerefMut};
use core::ptr::NonNull;

/// An owned `T` in memory from `krealloc`.
pub struct KBox<T>(NonNull<T>);

impl<T> KBox<T> {
    /// Allocates memory with `flags` and moves `value` into it.
    pub fn new(value: T, flags: Flags) -> Result<Self> {
        let size = core::mem::size_of::<T>().max(1);
        // SAFETY: With a null pointer, `krealloc` is a plain allocation of `size` bytes.
        let raw = unsafe { bindings::krealloc(core::ptr::null(), size, flags.as_raw()) };
        let ptr = NonNull::new(raw.cast::<T>()).ok_or(ENOMEM)?;
        // SAFETY: `ptr` is valid for writes of `size` bytes; kmalloc memory is aligned for the
        // types this crate boxes.
        unsafe { ptr.as_ptr().write(value) };
        Ok(KBox(ptr))
    }
}

impl<T> Deref for KBox<T> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: `self.0` points to an initialised `T` that this box owns.
        unsafe { self.0.as_ref() }
    }
}

impl<T> DerefMut for KBox<T> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: As in `deref`; `&mut self` makes the access unique.
        unsafe { self.0.as_mut() }
    }
}

impl<T> Drop for KBox<T> {
    fn drop(&mut self) {
        // SAFETY: `self.0` points to an initialised `T` that is not used after this.
        unsafe { core::ptr::drop_in_place(self.0.as_ptr()) };
        // SAFETY: `self.0` came from `krealloc` and is freed once.
        unsafe { bindings::kfree(self.0.as_ptr().cast()) };
    }
}
