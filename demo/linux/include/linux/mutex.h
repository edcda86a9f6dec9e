/* SPDX-License-Identifier: GPL-2.0 */
#ifndef __LINUX_MUTEX_H
#define __LINUX_MUTEX_H

#include <linux/types.h>

struct lock_class_key {
	const char *name;
};

struct mutex {
	atomic_long_t owner;
	struct lock_class_key *key;
};

void __mutex_init(struct mutex *lock, const char *name,
		  struct lock_class_key *key);
void mutex_lock_nested(struct mutex *lock, unsigned int subclass);
int __must_check mutex_trylock(struct mutex *lock);
void mutex_unlock(struct mutex *lock);

/* With lockdep, every lock call carries a subclass. */
#define mutex_lock(lock)	mutex_lock_nested(lock, 0)

static inline bool mutex_is_locked(struct mutex *lock)
{
	return __atomic_load_n(&lock->owner.counter, __ATOMIC_RELAXED) != 0;
}

#endif /* __LINUX_MUTEX_H */
