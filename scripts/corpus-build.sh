#!/usr/bin/env bash
# Builds the test corpus, a real kernel tree with its generated bindings in place, from
# Debian's linux-source-6.12 package: what ../shared/corpus/linux-6.12 holds, for machines
# that do not have it. The same recipe as ../shared/corpus/regenerate.sh: an x86_64
# defconfig, `make prepare`, the three generated files from scripts/corpus-bindgen.sh, then
# the subset the tests read (rust/, the Rust drivers and samples, Documentation/rust, and the
# C headers bindings_helper.h, helpers.c and uapi_helper.h include).
# Needs: apt-get download (any user), gcc make flex bison bc libelf-dev libssl-dev xz-utils,
# clang and bindgen; about 3 minutes. Nothing of the kernel goes into the repository.
# Usage: scripts/corpus-build.sh [OUT]   (default .cache/linux-6.12)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/.cache/linux-6.12}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# The tests' expectations (positions in test/corpus-rust-rules.expected.json …) were taken on
# 6.12.117, the version of ../shared/corpus: take it while the archive has it.
version=6.12.117-1~deb12u1
echo "corpus: downloading linux-source-6.12 (apt-get download)" >&2
if ! apt-get download "linux-source-6.12=$version" >/dev/null 2>&1; then
  echo "corpus: warning: linux-source-6.12 $version is gone from the archive; the newest one may move positions the corpus tests expect" >&2
  apt-get download linux-source-6.12 >/dev/null
fi
dpkg -x linux-source-6.12_*.deb x
tar -C "$work" -xf x/usr/src/linux-source-6.12.tar.xz
cd linux-source-6.12
echo "corpus: make defconfig prepare" >&2
make defconfig >/dev/null
make -j"$(nproc)" prepare >/dev/null
echo "corpus: bindgen" >&2
bash "$here/scripts/corpus-bindgen.sh" .
mapfile -t CF < "$here/scripts/corpus-cflags"
for src in rust/bindings/bindings_helper.h rust/helpers/helpers.c rust/uapi/uapi_helper.h; do
  clang "${CF[@]}" -M -x c "$src" 2>/dev/null | tr ' \\' '\n\n' | grep -E '\.h$' || true
done | sed 's#^\./##' | sort -u > "$work/headers.txt"
rm -rf "$out.tmp"; mkdir -p "$out.tmp"
cp --parents -r rust samples/rust "$out.tmp"/
cp --parents Makefile .config Documentation/rust/*.rst drivers/net/phy/ax88796b_rust.rs \
  drivers/net/phy/qt2025.rs drivers/block/rnull.rs drivers/gpu/drm/drm_panic_qr.rs \
  mm/kasan/kasan_test_rust.rs "$out.tmp"/
xargs -a "$work/headers.txt" -I{} cp --parents {} "$out.tmp"/
rm -rf "$out"; mv "$out.tmp" "$out"
echo "corpus written to $out" >&2
