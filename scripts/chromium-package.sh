#!/usr/bin/env bash
# Debian's Chromium, which the e2e suite drives (Playwright's own browser download cannot work
# here): installed when missing (as root); otherwise the command to run is printed. A browser of
# the developer's own at CHROMIUM_PATH is used as it is.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ] && exit 0
ensure_debian_packages "[e2e]" "${PRESSFRONT_STATE_DIR:-.pressfront}/logs/apt-chromium.log" \
  chromium fonts-dejavu-core
