// SPDX-License-Identifier: GPL-2.0

//! Synchronisation primitives.

pub mod lock;
pub mod refcount;

pub use lock::mutex::Mutex;
pub use lock::LockClassKey;
pub use refcount::Refcount;
