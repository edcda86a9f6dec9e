/* SPDX-License-Identifier: GPL-2.0 WITH Linux-syscall-note */
#ifndef _UAPI_LINUX_RUST_MISC_H
#define _UAPI_LINUX_RUST_MISC_H

#include <linux/types.h>

#define RUST_MISC_NAME_LEN	16

#define RUST_MISC_FLAG_RO	0x1
#define RUST_MISC_FLAG_SHARED	0x2

enum rust_misc_state {
	RUST_MISC_IDLE,
	RUST_MISC_BUSY,
};

struct rust_misc_info {
	__u32 version;
	__u32 flags;
	__u64 capacity;
	char name[RUST_MISC_NAME_LEN];
};

#endif /* _UAPI_LINUX_RUST_MISC_H */
