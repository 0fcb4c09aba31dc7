#!/usr/bin/env bash
# Makes sure a Chromium exists for the end-to-end tests: Playwright's own, CHROMIUM_PATH,
# or Debian's /usr/bin/chromium, which it installs when running as root with apt-get.
set -euo pipefail
[ -n "${CHROMIUM_PATH:-}" ] && exit 0
[ -x /usr/bin/chromium ] && exit 0
ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium-*/chrome-linux*/chrome >/dev/null 2>&1 && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the end-to-end tests..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found: run 'sudo apt-get install chromium' or set CHROMIUM_PATH." >&2
exit 1
