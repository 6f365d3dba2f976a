#!/usr/bin/env bash
# Debian's Chromium, installed when missing (as root); otherwise the command to run is printed.
# Playwright's own browser download cannot work here. A browser of the developer's own at
# CHROMIUM_PATH is used as it is.
#   chromium-package.sh          the headless shell the e2e suite drives (Debian's
#                                chromium-headless-shell: the same Blink, without the browser
#                                around it — a third of the CPU per test context of full Chromium)
#   chromium-package.sh --full   the whole browser, which the benchmarks measure (what readers run)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && exit 0
browser=chromium-headless-shell
[ "${1:-}" = --full ] && browser=chromium
ensure_debian_packages "[chromium]" "${PRESSFRONT_STATE_DIR:-.pressfront}/logs/apt-$browser.log" \
  "$browser" fonts-dejavu-core
