// SPDX-License-Identifier: GPL-2.0

//! Memory allocation.

pub mod kbox;

pub use kbox::KBox;

/// Allocation flags: a `gfp_t` mask.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Flags(bindings::gfp_t);

impl Flags {
    /// The `gfp_t` value.
    pub fn as_raw(self) -> bindings::gfp_t {
        self.0
    }
}

/// The allocation flags drivers pass.
pub mod flags {
    use super::Flags;

    /// May sleep and reclaim memory: the usual choice in process context.
    pub const GFP_KERNEL: Flags = Flags(bindings::GFP_KERNEL);
    /// Never sleeps: for atomic context.
    pub const GFP_ATOMIC: Flags = Flags(bindings::GFP_ATOMIC);
    /// Zeroes the memory.
    pub const __GFP_ZERO: Flags = Flags(bindings::__GFP_ZERO);
}
