#!/usr/bin/env bash
# `npm run test:setup`: installs what the full test suite needs on Debian or Ubuntu, so that
# no test tier is skipped (test/support/tiers.ts):
#   - the apt packages: clang and bindgen (clang and bindgen tiers), rustc and rust-clippy when
#     no Rust toolchain is on PATH (rustc tier), chromium and what
#     code-server's native modules compile with (e2e-vscode), neovim (e2e-neovim), Emacs with
#     lsp-mode, eglot and rust-mode (e2e-emacs), Vim with ALE (e2e-vim), tmux for both, and,
#     when the corpus must be built, the kernel's build dependencies. As root they are installed;
#     otherwise the exact `sudo apt-get install …` line is printed and the script fails.
#   - code-server 4.100.3, into ~/.cache/rfl-ffi (scripts/install-code-server.sh);
#   - a kernel tree for the corpus tier, when none is found ($RFL_FFI_CORPUS,
#     ../shared/corpus/linux-6.12, .cache/linux-6.12): built into .cache/linux-6.12 from
#     Debian's linux-source-6.12 (scripts/corpus-build.sh).
# Idempotent: what is there already is kept. A few seconds when everything is present; about
# 2 minutes for the packages and code-server, and 3 more for the corpus.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
export DEBIAN_FRONTEND=noninteractive

corpus_found() {
  local d
  for d in ${RFL_FFI_CORPUS:+"$RFL_FFI_CORPUS"} "$here/../shared/corpus/linux-6.12" "$here/.cache/linux-6.12"; do
    [ -f "$d/rust/bindings/bindings_helper.h" ] && [ -f "$d/rust/bindings/bindings_generated.rs" ] && return 0
  done
  return 1
}

packages=(clang bindgen chromium neovim build-essential python3 libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev
  emacs-nox elpa-lsp-mode elpa-eglot elpa-rust-mode vim vim-ale tmux git)
corpus_found || packages+=(flex bison bc libelf-dev libssl-dev xz-utils)
# rustc and clippy (rustc tier): Debian's, unless a toolchain (rustup's) is on PATH already.
command -v rustc >/dev/null && command -v clippy-driver >/dev/null || packages+=(rustc rust-clippy)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "test:setup: these Debian packages are missing; install them, then run npm run test:setup again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "test:setup: apt-get install ${missing[*]}" >&2
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

echo "test:setup: code-server" >&2
bash scripts/install-code-server.sh >/dev/null

if ! corpus_found; then
  echo "test:setup: no kernel tree for the corpus tier; building .cache/linux-6.12" >&2
  bash scripts/corpus-build.sh "$here/.cache/linux-6.12"
fi
echo "test:setup: done; npm test runs every tier" >&2
