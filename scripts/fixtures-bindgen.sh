#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Regenerates the bindgen output committed in the rfl-ffi fixture trees, the way the
# kernel's rust/Makefile does (see also ../shared/corpus/regenerate.sh), with Debian's
# bindgen 0.60.1 and clang 14:
#
#   rust/bindings/bindings_generated.rs          from rust/bindings/bindings_helper.h
#   rust/bindings/bindings_helpers_generated.rs  from rust/helpers/helpers.c (or rust/helpers.c)
#   rust/uapi/uapi_generated.rs                  from rust/uapi/uapi_helper.h
#
# The fixture headers are self-contained, so clang needs only the tree's include/, and
# arch/x86/include (bindgen runs on x86_64, as the kernel's does there) where a tree has it,
# with include/linux/kconfig.h forced in as Kbuild does (it brings generated/autoconf.h).
#
# Usage:
#   scripts/fixtures-bindgen.sh [--prefix ffi|core::ffi] [--unsafe-extern] [--forced-includes] TREE
#   scripts/fixtures-bindgen.sh --all      # the trees of test/fixtures and demo/
#
#   --prefix           bindgen's --ctypes-prefix: `ffi` (trees with rust/ffi.rs, default)
#                      or `core::ffi` (older trees).
#   --unsafe-extern    rewrite `extern "C" {` as `unsafe extern "C" {`, as newer bindgen
#                      emits (Rust 2024 style).
#   --forced-includes  also read include/linux/compiler_types.h first, as a kernel compile
#                      does (`-include`): the header-shapes fixture relies on it.
set -euo pipefail

if [[ ${1:-} == --all ]]; then
	here=$(cd "$(dirname "$0")" && pwd)
	root=$(dirname "$here")
	"$0" --prefix ffi "$root/test/fixtures/linux-6.12-style"
	"$0" --prefix ffi --unsafe-extern "$root/test/fixtures/linux-2026"
	"$0" --prefix core::ffi "$root/test/fixtures/linux-legacy"
	"$0" --prefix core::ffi "$root/test/fixtures/linux-core-ffi"
	"$0" --prefix core::ffi "$root/test/fixtures/linux-6.1-style"
	"$0" --prefix ffi "$root/test/fixtures/linux-arches"
	"$0" --prefix ffi "$root/demo/linux"
	exit 0
fi

prefix=ffi
unsafe_extern=0
forced=0
tree=
while [[ $# -gt 0 ]]; do
	case $1 in
	--prefix) prefix=$2; shift 2 ;;
	--prefix=*) prefix=${1#--prefix=}; shift ;;
	--unsafe-extern) unsafe_extern=1; shift ;;
	--forced-includes) forced=1; shift ;;
	-h|--help) sed -n '3,23p' "$0"; exit 0 ;;
	-*) echo "unknown option: $1" >&2; exit 2 ;;
	*) tree=$1; shift ;;
	esac
done
[[ -n $tree && -d $tree ]] || { echo "usage: $0 [--prefix P] [--unsafe-extern] TREE" >&2; exit 2; }
tree=$(cd "$tree" && pwd)
cd "$tree"

# C flags as the tree builds with them: -funsigned-char only where its Makefile adds it (6.2+);
# arch/x86/include and the forced kconfig.h where a tree has them.
CF=(-nostdinc)
[[ -d arch/x86/include ]] && CF+=(-I"$tree/arch/x86/include")
CF+=(-I"$tree/include" -D__KERNEL__ -D__BINDGEN__ -std=gnu11)
if grep -Eq '^KBUILD_CFLAGS.*-funsigned-char' Makefile; then
	CF+=(-funsigned-char)
fi
[[ -f include/linux/kconfig.h ]] && CF+=(-include "$tree/include/linux/kconfig.h")
if [[ $forced == 1 ]]; then
	CF+=(-include "$tree/include/linux/compiler_types.h")
fi
COMMON=(--use-core --with-derive-default --ctypes-prefix "$prefix" --no-layout-tests
	--no-debug '.*' --enable-function-attribute-detection --size_t-is-usize)
PARAMS=()
if [[ -f rust/bindgen_parameters ]]; then
	mapfile -t PARAMS < <(grep -Ev '^#|^$' rust/bindgen_parameters | tr ' ' '\n')
fi

if [[ -f rust/helpers/helpers.c ]]; then
	helpers=rust/helpers/helpers.c
else
	helpers=rust/helpers.c
fi

bindgen rust/bindings/bindings_helper.h "${PARAMS[@]}" "${COMMON[@]}" \
	-o rust/bindings/bindings_generated.rs -- "${CF[@]}"
sed -Ei 's/pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)/pub const \1/g' \
	rust/bindings/bindings_generated.rs

# The uapi crate came in 6.5: older trees have none.
generated=(rust/bindings/bindings_generated.rs rust/bindings/bindings_helpers_generated.rs)
if [[ -f rust/uapi/uapi_helper.h ]]; then
	bindgen rust/uapi/uapi_helper.h "${PARAMS[@]}" "${COMMON[@]}" \
		-o rust/uapi/uapi_generated.rs -- "${CF[@]}"
	generated+=(rust/uapi/uapi_generated.rs)
fi

bindgen "$helpers" --blocklist-type '.*' --allowlist-var '' \
	--allowlist-function 'rust_helper_.*' "${COMMON[@]}" \
	-o rust/bindings/bindings_helpers_generated.rs -- "${CF[@]}" \
	-Wno-missing-prototypes -Wno-missing-declarations
sed -Ei 's/pub fn rust_helper_([a-zA-Z0-9_]*)/#[link_name="rust_helper_\1"]\n    pub fn \1/g' \
	rust/bindings/bindings_helpers_generated.rs

if [[ $unsafe_extern == 1 ]]; then
	sed -i 's/^extern "C" {$/unsafe extern "C" {/' "${generated[@]}"
fi

suffix=; [[ $unsafe_extern == 1 ]] && suffix=", unsafe extern"
echo "generated: $tree (prefix $prefix$suffix)"
