#!/usr/bin/env bash
# Runs the Playwright suite in Debian's Chromium (installing it when missing), against the real
# local WordPress that e2e/global-setup.ts brings up. Extra arguments go to `playwright test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Chromium is missing; run as root: apt-get update && apt-get install -y --no-install-recommends chromium" >&2
    exit 1
  fi
  echo "[e2e] installing Debian's chromium" >&2
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
fi

# WordPress first: the servers Playwright starts read its Application Password (.pressfront/).
bash backend/wp.sh up >/dev/null

# The data cache outlives servers (stale-while-revalidate). The suite resets WordPress to the seed,
# so answers cached by an earlier run would be stale on the first request: start without them.
rm -rf .next/cache/fetch-cache

exec npx playwright test "$@"
