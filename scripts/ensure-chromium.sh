#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (browsers cannot be downloaded here). Install it when
# it is missing and we may (root); otherwise say exactly what to run.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium not found at $chromium_path: installing Debian's chromium package..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium not found at $chromium_path. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH)." >&2
exit 1
