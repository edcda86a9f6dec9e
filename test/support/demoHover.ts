/** What the server's hover says of `bindings::mutex_lock` in the demo tree (a helper-backed macro), for the tests that ask for it. */
export const DEMO_MUTEX_LOCK_HOVER = [
  '```c\n__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n```',
  'C helper at `rust/helpers/mutex.c:5`, marked `__rust_helper`, so it is inlined into Rust under `CONFIG_RUST_INLINE_HELPERS`.',
  'It wraps `mutex_lock`, declared at `include/linux/mutex.h:23`:',
  '```c\n#define mutex_lock(lock)\n```',
  '```rust\npub fn mutex_lock(lock: *mut mutex)\n```',
  'Generated at `rust/bindings/bindings_helpers_generated.rs:17`.',
  'Wrapped by the `kernel` crate:\n- `MutexBackend::lock` in `kernel::sync::lock::mutex` (`rust/kernel/sync/lock/mutex.rs:28`)',
].join('\n\n');
