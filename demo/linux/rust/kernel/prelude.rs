// SPDX-License-Identifier: GPL-2.0

//! The `kernel` prelude: `use kernel::prelude::*;`.

#[doc(no_inline)]
pub use core::pin::Pin;

pub use crate::alloc::{flags::*, KBox};
pub use crate::error::{code::*, Error, Result};
pub use macros::module;
