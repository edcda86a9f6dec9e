#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100, for the end-to-end test) into a cache folder
# outside the repository, offline-safe (../shared/docs/real-editors.md):
#  - npm refuses root installs of it without unsafe-perm;
#  - @vscode/ripgrep downloads rg from the network in postinstall, so we pre-seed its cache
#    with the rg binary shipped by the npm package @vscode/ripgrep-linux-x64;
#  - node-pty's postinstall runs `npx node-gyp`, which needs npm's yes=true.
# Prints the path of the code-server executable. Idempotent. With --check, installs nothing
# and fails when it is not installed.
set -euo pipefail

VERSION=4.100.3
DIR="${RFL_FFI_CODE_SERVER_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/rfl-ffi/code-server-$VERSION}"
BIN="$DIR/node_modules/.bin/code-server"
if [ -x "$BIN" ] && [ -f "$DIR/.complete" ]; then
  echo "$BIN"
  exit 0
fi
if [ "${1:-}" = "--check" ]; then
  echo "code-server $VERSION is not installed in $DIR: run scripts/install-code-server.sh (.ci/run does)" >&2
  exit 1
fi

rm -rf "$DIR"
mkdir -p "$DIR/tmp"
cd "$DIR"
export TMPDIR="$DIR/tmp"
(
  cd "$TMPDIR"
  npm pack --silent @vscode/ripgrep-linux-x64@1.18.0 >/dev/null
  tar -xzf vscode-ripgrep-linux-x64-1.18.0.tgz
  rg=$(find package -type f -name rg | head -n1)
  mkdir -p vscode-ripgrep-cache-1.15.11 rgpack
  cp "$rg" rgpack/rg
  chmod +x rgpack/rg
  tar -czf vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz -C rgpack rg
  rm -rf package rgpack vscode-ripgrep-linux-x64-1.18.0.tgz
) >&2
echo '{"name":"rfl-ffi-code-server","private":true}' > package.json
npm_config_unsafe_perm=true npm_config_yes=true \
  npm install --no-save --no-audit --no-fund --foreground-scripts "code-server@$VERSION" >&2
touch .complete
echo "$BIN"
