#!/usr/bin/env bash
# Renders images/icon.svg to images/icon.png (128x128, transparent corners) with Debian's headless Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --user-data-dir="$profile" --hide-scrollbars \
  --default-background-color=00000000 --window-size=128,128 --screenshot=images/icon.png images/icon.svg 2>/dev/null
