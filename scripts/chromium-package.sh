#!/usr/bin/env bash
# Debian's Chromium, which the e2e suite drives (Playwright's own browser download cannot work
# here): installed when missing (as root); otherwise the command to run is printed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing; run as root: apt-get update && apt-get install -y --no-install-recommends chromium" >&2
  exit 1
fi
echo "[e2e] installing Debian's chromium" >&2
DEBIAN_FRONTEND=noninteractive apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
