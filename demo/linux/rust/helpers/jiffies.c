// SPDX-License-Identifier: GPL-2.0

#include <linux/jiffies.h>

/* Lets this file build on its own as well. */
#ifndef __rust_helper
#define __rust_helper
#endif

__rust_helper unsigned long rust_helper_msecs_to_jiffies(const unsigned int m)
{
	return msecs_to_jiffies(m);
}
