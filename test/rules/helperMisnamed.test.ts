import { helperMisnamed } from '../../server/src/core/rules/helperMisnamed';
import { ruleTable } from '../support/ruleTester';
import { MUTEX_C_612, splitTree } from '../support/trees';

const wrap = (body: string) => `// SPDX-License-Identifier: GPL-2.0

#include <linux/spinlock.h>

${body}`;

const SPIN_UNLOCK_CALLS_LOCK = wrap(`void rust_helper_spin_unlock(spinlock_t *lock)
{
	spin_lock(lock);
}
`);

const CASTED = wrap(`refcount_t rust_helper_REFCOUNT_INIT(int n)
{
	return (refcount_t)REFCOUNT_INIT(n);
}
`);

const CONFIG_DEPENDENT = wrap(`void rust_helper___spin_lock_init(spinlock_t *lock, const char *name,
				  struct lock_class_key *key)
{
#ifdef CONFIG_DEBUG_SPINLOCK
	__raw_spin_lock_init(spinlock_check(lock), name, key, LD_WAIT_CONFIG);
#else
	spin_lock_init(lock);
#endif
}
`);

const NOT_A_CALL = wrap(`struct task_struct *rust_helper_get_current(void)
{
	return current;
}
`);

const RETURN_WRONG = wrap(`bool rust_helper_IS_ERR(__force const void *ptr)
{
	return IS_ERR_OR_NULL(ptr);
}
`);

ruleTable(helperMisnamed, {
  valid: [
    { name: 'forwards to its own name', tree: splitTree({ 'mutex.c': MUTEX_C_612 }, { defineRustHelper: false }), file: 'rust/helpers/mutex.c' },
    { name: 'forwarding through a cast', tree: splitTree({ 'refcount.c': CASTED }, { defineRustHelper: false }), file: 'rust/helpers/refcount.c' },
    { name: 'config-dependent body is not judged', tree: splitTree({ 'spinlock.c': CONFIG_DEPENDENT }, { defineRustHelper: false }), file: 'rust/helpers/spinlock.c' },
    { name: 'a macro value, not a call', tree: splitTree({ 'task.c': NOT_A_CALL }, { defineRustHelper: false }), file: 'rust/helpers/task.c' },
  ],
  invalid: [
    {
      name: 'unlock helper that locks',
      tree: splitTree({ 'spinlock.c': SPIN_UNLOCK_CALLS_LOCK }, { defineRustHelper: false }),
      file: 'rust/helpers/spinlock.c',
      errors: [{
        span: [4, 5, 4, 28],
        message: '`rust_helper_spin_unlock` forwards to `spin_lock`, not `spin_unlock`: Rust calls it as `bindings::spin_unlock` ' +
          'and gets `spin_lock`; rename it `rust_helper_spin_lock` or make it call `spin_unlock`',
      }],
    },
    {
      name: 'returning a different predicate',
      tree: splitTree({ 'err.c': RETURN_WRONG }, { defineRustHelper: false }),
      file: 'rust/helpers/err.c',
      errors: [{
        span: [4, 5, 4, 23],
        message: '`rust_helper_IS_ERR` forwards to `IS_ERR_OR_NULL`, not `IS_ERR`: Rust calls it as `bindings::IS_ERR` ' +
          'and gets `IS_ERR_OR_NULL`; rename it `rust_helper_IS_ERR_OR_NULL` or make it call `IS_ERR`',
      }],
    },
  ],
});
