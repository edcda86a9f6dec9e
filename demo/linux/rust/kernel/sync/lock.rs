// SPDX-License-Identifier: GPL-2.0

//! Locks whose state lives in a C object.

pub mod mutex;

use crate::alloc::{Flags, KBox};
use crate::error::Result;
use core::cell::UnsafeCell;
use core::ffi::CStr;
use core::ops::{Deref, DerefMut};

/// A lockdep class key; lockdep tells locks apart by it. Lives in a `static`.
pub struct LockClassKey(UnsafeCell<bindings::lock_class_key>);

// SAFETY: Only the C side uses the key, and it synchronises itself.
unsafe impl Sync for LockClassKey {}

impl LockClassKey {
    /// A fresh key.
    pub const fn new() -> Self {
        Self(UnsafeCell::new(bindings::lock_class_key {
            name: core::ptr::null(),
        }))
    }
}

/// The C side of a lock.
///
/// # Safety
///
/// Between `lock` and `unlock`, the caller must have the lock to itself.
pub unsafe trait Backend {
    /// The C lock object.
    type State: Default;
    /// What `lock` hands on to `unlock`.
    type GuardState;

    /// Initialises the C lock object.
    ///
    /// # Safety
    ///
    /// `ptr` must be valid for writes and never move; `name` and `key` must outlive it.
    unsafe fn init(
        ptr: *mut Self::State,
        name: *const crate::ffi::c_char,
        key: *mut bindings::lock_class_key,
    );

    /// Acquires the lock.
    ///
    /// # Safety
    ///
    /// `ptr` must point to a lock that [`Backend::init`] initialised.
    unsafe fn lock(ptr: *mut Self::State) -> Self::GuardState;

    /// Releases the lock.
    ///
    /// # Safety
    ///
    /// The caller must hold the lock, and `guard_state` must come from the matching `lock`.
    unsafe fn unlock(ptr: *mut Self::State, guard_state: &Self::GuardState);
}

/// A `T` behind a lock of backend `B`.
pub struct Lock<T, B: Backend> {
    state: UnsafeCell<B::State>,
    data: UnsafeCell<T>,
}

// SAFETY: The lock lets one thread at a time at `data`.
unsafe impl<T: Send, B: Backend> Sync for Lock<T, B> {}

impl<T, B: Backend> Lock<T, B> {
    /// Allocates a lock around `data` and initialises it where it will stay.
    pub fn new_boxed(
        data: T,
        name: &'static CStr,
        key: &'static LockClassKey,
        flags: Flags,
    ) -> Result<KBox<Self>> {
        let lock = KBox::new(
            Lock {
                state: UnsafeCell::new(B::State::default()),
                data: UnsafeCell::new(data),
            },
            flags,
        )?;
        // SAFETY: The KBox gives the state a fixed address; `name` and `key` are static.
        unsafe { B::init(lock.state.get(), name.as_ptr().cast(), key.0.get()) };
        Ok(lock)
    }

    /// Acquires the lock; it is released when the guard is dropped.
    pub fn lock(&self) -> Guard<'_, T, B> {
        // SAFETY: `new_boxed` initialised the state.
        let state = unsafe { B::lock(self.state.get()) };
        Guard { lock: self, state }
    }
}

/// Holds a [`Lock`] until dropped.
pub struct Guard<'a, T, B: Backend> {
    lock: &'a Lock<T, B>,
    state: B::GuardState,
}

impl<T, B: Backend> Deref for Guard<'_, T, B> {
    type Target = T;

    fn deref(&self) -> &T {
        // SAFETY: The guard holds the lock.
        unsafe { &*self.lock.data.get() }
    }
}

impl<T, B: Backend> DerefMut for Guard<'_, T, B> {
    fn deref_mut(&mut self) -> &mut T {
        // SAFETY: The guard holds the lock, and `&mut self` makes the access unique.
        unsafe { &mut *self.lock.data.get() }
    }
}

impl<T, B: Backend> Drop for Guard<'_, T, B> {
    fn drop(&mut self) {
        // SAFETY: The guard holds the lock; `self.state` came from the matching `lock`.
        unsafe { B::unlock(self.lock.state.get(), &self.state) };
    }
}
