// SPDX-License-Identifier: GPL-2.0

//! A sample that keeps a few numbers on the heap.

use kernel::prelude::*;

module! {
    type: RustHello,
    name: "rust_hello",
    author: "rfl-ffi fixtures",
    description: "Keeps a few numbers on the heap",
    license: "GPL",
}

struct RustHello {
    primes: KBox<[u32; 4]>,
}

impl kernel::Module for RustHello {
    fn init() -> Result<Self> {
        let primes = KBox::new([2, 3, 5, 7], GFP_KERNEL)?;
        Ok(RustHello { primes })
    }
}
