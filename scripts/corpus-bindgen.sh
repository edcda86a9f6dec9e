#!/usr/bin/env bash
# Regenerates a kernel tree's three generated bindings files the way rust/Makefile makes
# them (flags as in ../shared/corpus/regenerate.sh), with Debian's bindgen 0.60 and clang 14:
# the build step after helpers change, for the tests that are about bindgen. The corpus
# ships them built in place; this rewrites them in a copy.
# Usage: scripts/corpus-bindgen.sh TREE [OUT]   (OUT: the objtree to write into, default TREE)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
corpus=$(cd "$1" && pwd)
out=$(mkdir -p "${2:-$corpus}" && cd "${2:-$corpus}" && pwd)
command -v bindgen >/dev/null || { echo "corpus-bindgen: bindgen not installed (apt-get install bindgen clang)" >&2; exit 1; }
mkdir -p "$out/rust/bindings" "$out/rust/uapi"
cd "$corpus"
# The kernel's C flags for an x86_64 build (also used by the tests that compile the corpus's
# helpers), plus what rust/Makefile adds for bindgen.
mapfile -t CF < "$here/scripts/corpus-cflags"
CF+=(-D__BINDGEN__)
COMMON=(--use-core --with-derive-default --ctypes-prefix ffi --no-layout-tests
        --no-debug '.*' --enable-function-attribute-detection --size_t-is-usize)
mapfile -t PARAMS < <(grep -Ev '^#|^$' rust/bindgen_parameters | tr ' ' '\n')
bindgen rust/bindings/bindings_helper.h "${PARAMS[@]}" "${COMMON[@]}" \
  -o "$out/rust/bindings/bindings_generated.rs" -- "${CF[@]}" 2>/dev/null
sed -Ei 's/pub const RUST_CONST_HELPER_([a-zA-Z0-9_]*)/pub const \1/g' "$out/rust/bindings/bindings_generated.rs"
bindgen rust/uapi/uapi_helper.h "${PARAMS[@]}" "${COMMON[@]}" \
  -o "$out/rust/uapi/uapi_generated.rs" -- "${CF[@]}" 2>/dev/null
bindgen rust/helpers/helpers.c --blocklist-type '.*' --allowlist-var '' \
  --allowlist-function 'rust_helper_.*' "${COMMON[@]}" \
  -o "$out/rust/bindings/bindings_helpers_generated.rs" -- "${CF[@]}" \
  -Wno-missing-prototypes -Wno-missing-declarations 2>/dev/null
sed -Ei 's/pub fn rust_helper_([a-zA-Z0-9_]*)/#[link_name="rust_helper_\1"]\n    pub fn \1/g' \
  "$out/rust/bindings/bindings_helpers_generated.rs"
