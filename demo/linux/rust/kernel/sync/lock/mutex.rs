// SPDX-License-Identifier: GPL-2.0

//! [`Mutex`]: a sleeping lock backed by the C `struct mutex`.

use super::Backend;

/// A mutual-exclusion lock around a `T`.
pub type Mutex<T> = super::Lock<T, MutexBackend>;

/// The `struct mutex` backend of [`Mutex`].
pub struct MutexBackend;

// SAFETY: The C `struct mutex` admits one owner at a time.
unsafe impl Backend for MutexBackend {
    type State = bindings::mutex;
    type GuardState = ();

    unsafe fn init(
        ptr: *mut Self::State,
        name: *const crate::ffi::c_char,
        key: *mut bindings::lock_class_key,
    ) {
        // SAFETY: The caller guarantees that `ptr` is valid for writes and that `name` and
        // `key` outlive the mutex.
        unsafe { bindings::__mutex_init(ptr, name, key) }
    }

    unsafe fn lock(ptr: *mut Self::State) -> Self::GuardState {
        // SAFETY: The caller guarantees that `ptr` points to an initialised mutex.
        unsafe { bindings::mutex_lock(ptr) };
    }

    unsafe fn unlock(ptr: *mut Self::State, _guard_state: &Self::GuardState) {
        // SAFETY: The caller holds the mutex, so it may release it.
        unsafe { bindings::mutex_unlock(ptr) };
    }
}
