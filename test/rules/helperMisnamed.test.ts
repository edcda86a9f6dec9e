import { helperMisnamed } from '../../server/src/core/rules/helperMisnamed';
import { ruleTable } from '../support/ruleTester';
import { MUTEX_C_612, splitTree } from '../support/trees';

const wrap = (header: string, body: string) => `// SPDX-License-Identifier: GPL-2.0

#include <${header}>

${body}`;

/** A 2026-style tree holding one helper file. */
const tree = (file: string, text: string) => splitTree({ [file]: text }, { defineRustHelper: true });

const opposite = (helper: string, callee: string, swaps: string) =>
  `\`rust_helper_${helper}\` calls \`${callee}\`, the opposite of \`${helper}\` (${swaps}): Rust's \`bindings::${helper}\` ` +
  `does the opposite of what it says; make it call \`${helper}\``;

// Helpers that call a function of another name on purpose, in the shapes mainline uses.

const ASSERT_IS_HELD = wrap('linux/spinlock.h', `__rust_helper void rust_helper_spin_assert_is_held(spinlock_t *lock)
{
	lockdep_assert_held(lock);
}
`);

const UNDERSCORED = wrap('linux/sched.h', `__rust_helper void rust_helper_might_resched(void)
{
	__might_resched(__FILE__, __LINE__, 0);
}
`);

const INLINE_VARIANT = wrap('linux/uaccess.h', `__rust_helper unsigned long rust_helper__copy_from_user(void *to, const void __user *from,
							unsigned long n)
{
	return _inline_copy_from_user(to, from, n);
}
`);

const WITH_KEY = wrap('linux/rwsem.h', `__rust_helper void rust_helper_init_rwsem_with_key(struct rw_semaphore *sem, const char *name,
						   struct lock_class_key *key)
{
	__init_rwsem(sem, name, key);
}
`);

const MACRO_VALUE = wrap('linux/pci.h', `__rust_helper u16 rust_helper_pci_dev_id(struct pci_dev *dev)
{
	return PCI_DEVID(dev->bus->number, dev->devfn);
}
`);

const OTHER_WORD = wrap('linux/atomic.h', `__rust_helper int rust_helper_atomic_inc_return(atomic_t *v)
{
	return atomic_add_return(1, v);
}
`);

const WIDER_PREDICATE = wrap('linux/err.h', `__rust_helper bool rust_helper_IS_ERR(__force const void *ptr)
{
	return IS_ERR_OR_NULL(ptr);
}
`);

const CASTED = wrap('linux/refcount.h', `__rust_helper refcount_t rust_helper_REFCOUNT_INIT(int n)
{
	return (refcount_t)REFCOUNT_INIT(n);
}
`);

const CONFIG_DEPENDENT = wrap('linux/spinlock.h', `__rust_helper void rust_helper___spin_lock_init(spinlock_t *lock, const char *name,
						struct lock_class_key *key)
{
#ifdef CONFIG_DEBUG_SPINLOCK
	__raw_spin_lock_init(spinlock_check(lock), name, key, LD_WAIT_CONFIG);
#else
	spin_lock_init(lock);
#endif
}
`);

const NOT_A_CALL = wrap('linux/sched.h', `__rust_helper struct task_struct *rust_helper_get_current(void)
{
	return current;
}
`);

// Slips.

const SPIN_UNLOCK_CALLS_LOCK = wrap('linux/spinlock.h', `__rust_helper void rust_helper_spin_lock(spinlock_t *lock)
{
	spin_lock(lock);
}

__rust_helper void rust_helper_spin_unlock(spinlock_t *lock)
{
	spin_lock(lock);
}
`);

const REFCOUNT_DEC_CALLS_INC = wrap('linux/refcount.h', `__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}

__rust_helper void rust_helper_refcount_dec(refcount_t *r)
{
	refcount_inc(r);
}
`);

const TO_USER_CALLS_FROM = wrap('linux/uaccess.h', `__rust_helper unsigned long rust_helper_copy_to_user(void __user *to, const void *from,
						     unsigned long n)
{
	return copy_from_user(to, from, n);
}
`);

const IRQRESTORE_CALLS_IRQSAVE = wrap('linux/irqflags.h', `__rust_helper void rust_helper_local_irq_restore(unsigned long flags)
{
	local_irq_save(flags);
}
`);

const KUNMAP_CALLS_KMAP = wrap('linux/highmem.h', `__rust_helper void rust_helper_kunmap(struct page *page)
{
	kmap(page);
}
`);

const SPIN_UNLOCK_IRQRESTORE_CALLS_LOCK_IRQSAVE = wrap('linux/spinlock.h', `__rust_helper void rust_helper_spin_unlock_irqrestore(spinlock_t *lock,
						      unsigned long flags)
{
	spin_lock_irqsave(lock, flags);
}
`);

const SWAPPED_BODIES = wrap('linux/slab.h', `__rust_helper void *rust_helper_kmalloc(size_t size, gfp_t flags)
{
	return kzalloc(size, flags);
}

__rust_helper void *rust_helper_kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags);
}
`);

ruleTable(helperMisnamed, {
  valid: [
    { name: 'forwards to its own name', tree: splitTree({ 'mutex.c': MUTEX_C_612 }, { defineRustHelper: false }), file: 'rust/helpers/mutex.c' },
    { name: 'intentional: `*_assert_is_held` asserts with lockdep_assert_held()', tree: tree('spinlock.c', ASSERT_IS_HELD), file: 'rust/helpers/spinlock.c' },
    { name: 'intentional: X calls __X', tree: tree('sched.c', UNDERSCORED), file: 'rust/helpers/sched.c' },
    { name: 'intentional: X calls _inline_X', tree: tree('uaccess.c', INLINE_VARIANT), file: 'rust/helpers/uaccess.c' },
    { name: 'intentional: the function under a `_with_key` variant', tree: tree('rwsem.c', WITH_KEY), file: 'rust/helpers/rwsem.c' },
    { name: 'intentional: a value computed by a macro (PCI_DEVID)', tree: tree('pci.c', MACRO_VALUE), file: 'rust/helpers/pci.c' },
    { name: 'intentional: another word that is not the opposite (inc through add)', tree: tree('atomic.c', OTHER_WORD), file: 'rust/helpers/atomic.c' },
    { name: 'in doubt: a wider predicate, not an opposite', tree: tree('err.c', WIDER_PREDICATE), file: 'rust/helpers/err.c' },
    { name: 'forwarding through a cast', tree: tree('refcount.c', CASTED), file: 'rust/helpers/refcount.c' },
    { name: 'config-dependent body is not judged', tree: tree('spinlock.c', CONFIG_DEPENDENT), file: 'rust/helpers/spinlock.c' },
    { name: 'a macro value, not a call', tree: tree('task.c', NOT_A_CALL), file: 'rust/helpers/task.c' },
  ],
  invalid: [
    {
      name: 'unlock helper that locks',
      tree: tree('spinlock.c', SPIN_UNLOCK_CALLS_LOCK),
      file: 'rust/helpers/spinlock.c',
      errors: [{ span: [9, 19, 9, 42], message: opposite('spin_unlock', 'spin_lock', '`lock` for `unlock`') }],
    },
    {
      name: 'dec helper that increments (the demo\'s slip)',
      tree: tree('refcount.c', REFCOUNT_DEC_CALLS_INC),
      file: 'rust/helpers/refcount.c',
      errors: [{ span: [9, 19, 9, 43], message: opposite('refcount_dec', 'refcount_inc', '`inc` for `dec`') }],
    },
    {
      name: 'to/from swapped',
      tree: tree('uaccess.c', TO_USER_CALLS_FROM),
      file: 'rust/helpers/uaccess.c',
      errors: [{ span: [4, 28, 4, 52], message: opposite('copy_to_user', 'copy_from_user', '`from` for `to`') }],
    },
    {
      name: 'save for restore inside a word',
      tree: tree('irqflags.c', IRQRESTORE_CALLS_IRQSAVE),
      file: 'rust/helpers/irqflags.c',
      errors: [{ span: [4, 19, 4, 48], message: opposite('local_irq_restore', 'local_irq_save', '`save` for `restore`') }],
    },
    {
      name: '`un` inside a word: kunmap calls kmap',
      tree: tree('highmem.c', KUNMAP_CALLS_KMAP),
      file: 'rust/helpers/highmem.c',
      errors: [{ span: [4, 19, 4, 37], message: opposite('kunmap', 'kmap', '`map` for `unmap`') }],
    },
    {
      name: 'two words swapped, each for its opposite',
      tree: tree('spinlock.c', SPIN_UNLOCK_IRQRESTORE_CALLS_LOCK_IRQSAVE),
      file: 'rust/helpers/spinlock.c',
      errors: [{
        span: [4, 19, 4, 53],
        message: opposite('spin_unlock_irqrestore', 'spin_lock_irqsave', '`lock` for `unlock` and `save` for `restore`'),
      }],
    },
    {
      name: 'two sibling helpers whose bodies are swapped',
      tree: tree('slab.c', SWAPPED_BODIES),
      file: 'rust/helpers/slab.c',
      errors: [
        {
          span: [4, 20, 4, 39],
          message: '`rust_helper_kmalloc` calls `kzalloc` and `rust_helper_kzalloc` (line 10) calls `kmalloc`: the two bodies are ' +
            'swapped, so Rust\'s `bindings::kmalloc` runs `kzalloc`; make it call `kmalloc`',
        },
        {
          span: [9, 20, 9, 39],
          message: '`rust_helper_kzalloc` calls `kmalloc` and `rust_helper_kmalloc` (line 5) calls `kzalloc`: the two bodies are ' +
            'swapped, so Rust\'s `bindings::kzalloc` runs `kmalloc`; make it call `kzalloc`',
        },
      ],
    },
  ],
});
