// SPDX-License-Identifier: GPL-2.0

//! The `kernel` crate.
//!
//! Safe abstractions over the kernel's C API. Drivers, samples and tests build on this crate;
//! only the code in here calls into `bindings`.

#![no_std]

extern crate self as kernel;

pub use ffi;

pub mod alloc;
pub mod error;
pub mod prelude;
pub mod sync;
pub mod time;

#[doc(hidden)]
pub use bindings;
pub use macros;
pub use uapi;

/// The type a `module!` invocation names: built on load, dropped on unload.
pub trait Module: Sized {
    /// Called when the module is loaded.
    fn init() -> error::Result<Self>;
}
