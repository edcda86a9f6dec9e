// SPDX-License-Identifier: GPL-2.0

//! Kernel errors.

use crate::ffi::c_int;

/// Error codes.
pub mod code {
    use super::Error;

    /// Out of memory.
    pub const ENOMEM: Error = Error(-12);
    /// Invalid argument.
    pub const EINVAL: Error = Error(-22);
}

/// A negative errno.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Error(c_int);

impl Error {
    /// Wraps a negative errno; anything else becomes `EINVAL`.
    pub fn from_errno(errno: c_int) -> Error {
        if (-4095..0).contains(&errno) {
            Error(errno)
        } else {
            code::EINVAL
        }
    }

    /// The negative errno.
    pub fn to_errno(self) -> c_int {
        self.0
    }
}

/// The result of fallible kernel functions.
pub type Result<T = (), E = Error> = core::result::Result<T, E>;

/// Turns a C `int` return value (zero or a negative errno) into a [`Result`].
pub fn to_result(err: c_int) -> Result {
    if err < 0 {
        Err(Error::from_errno(err))
    } else {
        Ok(())
    }
}

/// Turns a C pointer that may hold an `ERR_PTR` into a [`Result`].
pub fn from_err_ptr<T>(ptr: *mut T) -> Result<*mut T> {
    // SAFETY: `IS_ERR` only looks at the value of the pointer.
    if unsafe { bindings::IS_ERR(ptr.cast()) } {
        // SAFETY: `ptr` encodes an errno, which is all `PTR_ERR` reads.
        let errno = unsafe { bindings::PTR_ERR(ptr.cast()) };
        // An `ERR_PTR` holds -MAX_ERRNO..-1, so the conversion never fails.
        return Err(c_int::try_from(errno).map_or(code::EINVAL, Error::from_errno));
    }
    Ok(ptr)
}
