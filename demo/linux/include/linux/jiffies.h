/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>

#define HZ	250

extern unsigned long volatile jiffies;

unsigned long __msecs_to_jiffies(const unsigned int m);
unsigned int jiffies_to_msecs(const unsigned long j);

static inline unsigned long msecs_to_jiffies(const unsigned int m)
{
	return __msecs_to_jiffies(m);
}

#endif /* _LINUX_JIFFIES_H */
