#!/usr/bin/env bash
# Runs the Playwright suite in Debian's Chromium (installing it when missing), against the real
# local WordPress (installed, started and seeded here when it is not running; stopped again at the
# end if this run started it). Extra arguments go to `playwright test`. When the run is over, no
# process it started may survive it: that is checked, and a survivor fails the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. scripts/lib/common.sh
ensure_node_modules

bash scripts/chromium-package.sh

# The smoke set alone (PRESSFRONT_E2E_SMOKE=1) starts its own server from the production build;
# playwright.config.ts then has no theme servers to make one.
if [ "${PRESSFRONT_E2E_SMOKE:-}" = 1 ] && [ "${PRESSFRONT_E2E_BUILT:-}" != 1 ]; then
  npm run --silent build
fi

# Every port the run's servers listen on (one per theme, then the specs' own): refuse a busy one
# with its name rather than test whatever answers there.
for port in $(npx tsx e2e/support/print-ports.ts); do
  require_free_port "$port" "one of the e2e servers'" PRESSFRONT_E2E_PORT
done

# Every process this run starts inherits this mark; whatever still carries it at the end survived.
PRESSFRONT_E2E_RUN="$(od -An -tx1 -N8 /dev/urandom | tr -d ' \n')"
export PRESSFRONT_E2E_RUN

started_wp=0
local_wordpress_running || started_wp=1
# Not ours to stop: if a spec restarts it, it stays the developer's (backend/wp.sh).
[ "$started_wp" = 0 ] && export PRESSFRONT_E2E_KEEP_WP=1
finish() {
  local status=$?
  [ "$started_wp" = 1 ] && bash backend/wp.sh down >/dev/null 2>&1
  bash scripts/leftovers.sh "$PRESSFRONT_E2E_RUN" || status=1
  exit "$status"
}
trap finish EXIT

# WordPress first: the servers Playwright starts read its Application Password (.pressfront/).
bash backend/wp.sh up >/dev/null

npx playwright test "$@"
