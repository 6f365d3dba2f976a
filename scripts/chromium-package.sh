#!/usr/bin/env bash
# A Chromium for the e2e suite and the benchmarks. Debian's, installed when missing where root can
# (Playwright's own browser download cannot work on this network); where it is not there and
# cannot be installed (no root, no apt), Playwright's own, when `npx playwright install chromium`
# has fetched it; otherwise it stops with that command. A browser of the developer's own at
# CHROMIUM_PATH is used as it is. scripts/lib/chromium.ts picks the same one for the tests.
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
if [ -x "/usr/bin/$browser" ] || { [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; }; then
  ensure_debian_packages "[chromium]" "${PRESSFRONT_STATE_DIR:-.pressfront}/logs/apt-$browser.log" \
    "$browser" fonts-dejavu-core
  exit 0
fi
if node -e "process.exit(require('node:fs').existsSync(require('playwright-core').chromium.executablePath()) ? 0 : 1)" 2>/dev/null; then
  exit 0
fi
echo "[chromium] error: no Chromium here, and Debian's needs root to install: run npx playwright install chromium (Playwright's own), or set CHROMIUM_PATH" >&2
exit 1
